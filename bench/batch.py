"""Batch benchmark: throughput and memory of ``elemental --batch - --format ndjson``.

Side by side in one run, on the same generated input:
- mgcalc's streaming batch mode;
- ``baseline_loop.py``: a plain loop that parses each line and calls json.dumps.
The input is a product catalogue: catalogue ids and aliases with the label
strengths people buy (25-1000 mg, 0.1-2 g), drawn with a fixed seed, so lines
repeat as they do in real catalogues. A second input of all-distinct lines
shows the worst case (nothing to memoise), against the baseline on the same lines;
``check`` and ``plan`` (a client list) and ``label`` (Supplement Facts lines) run on as
many lines, to be within 3x of it. Peak RSS is compared for 100,000 and 1,000,000
lines (the budget: within 10%).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable
_SCRIPT = os.path.join(os.path.dirname(PY), "mgcalc")
MGCALC = [_SCRIPT] if os.path.exists(_SCRIPT) else [PY, "-m", "mgcalc"]
BATCH = [*MGCALC, "elemental", "--batch", "-", "--format", "ndjson"]
BASELINE = [PY, os.path.join(HERE, "baseline_loop.py")]


def catalogue_lines(count: int, seed: int = 7) -> list[str]:
    from mgcalc.core.chemistry.forms import alias_table

    names = sorted(alias_table())
    strengths = [f"{mg}mg" for mg in range(25, 1001, 25)]
    strengths += [f"{tenth / 10:g}g" for tenth in range(1, 21)]
    rng = random.Random(seed)
    return [f"{rng.choice(names)} {rng.choice(strengths)}\n" for _ in range(count)]


def distinct_lines(count: int) -> list[str]:
    from mgcalc.core.chemistry.forms import alias_table

    names = sorted(alias_table())
    return [f"{names[i % len(names)]} {1 + i / 1000:.3f}mg\n" for i in range(count)]


def people_lines(count: int, *, supplements: bool, seed: int = 11) -> list[str]:
    """A client list for check (with supplements) and plan --batch, one person a row."""
    rng = random.Random(seed)
    rows = ["sex,age,food" + (",supplement\n" if supplements else "\n")]
    for _ in range(count):
        row = f"{rng.choice(['female', 'male'])},{rng.randrange(19, 80)},{rng.randrange(100, 400)}"
        if supplements:
            row += f",{rng.choice(['glycinate', 'citrate', 'oxide'])} {rng.randrange(1, 9)}00mg"
        rows.append(row + "\n")
    return rows


def label_lines(count: int, seed: int = 13) -> list[str]:
    """Supplement Facts lines for label --batch."""
    rng = random.Random(seed)
    forms = ["citrate", "glycinate", "oxide", "magnesium bisglycinate"]
    return [
        f"Magnesium (as {rng.choice(forms)}) {rng.randrange(25, 500)} mg {rng.randrange(5, 120)}%\n"
        for _ in range(count)
    ]


def run(argv: list[str], path: str, *, cpu: bool = False) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (KiB) and output lines of one run reading ``path``
    (``cpu``: the child's CPU seconds, user and system, instead: on a shared machine
    wall time is noise)."""
    with open(path, "rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=source, stdout=subprocess.PIPE)
        assert proc.stdout is not None
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: proc.stdout.read(1 << 20), b""))
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed")
    if cpu:
        elapsed = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss, lines


def write(lines: list[str], directory: str, name: str) -> str:
    path = os.path.join(directory, name)
    with open(path, "w") as handle:
        handle.writelines(lines)
    return path


INPUTS = ("catalogue.txt", "catalogue-small.txt", "distinct.txt")
OTHERS = (("check", "check.csv"), ("plan", "plan.csv"), ("label", "labels.txt"))


def write_inputs(count: int, tmp: str) -> None:
    """Every input file, written by a child process: a child forked from a process
    that held a million lines would report that process's memory as its own peak."""
    write(catalogue_lines(count), tmp, "catalogue.txt")
    write(catalogue_lines(count // 10), tmp, "catalogue-small.txt")
    write(distinct_lines(count // 10), tmp, "distinct.txt")
    write(people_lines(count // 10, supplements=True), tmp, "check.csv")
    write(people_lines(count // 10, supplements=False), tmp, "plan.csv")
    write(label_lines(count // 10), tmp, "labels.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--write-inputs", metavar="DIR", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    count = arguments.lines
    if arguments.write_inputs:
        write_inputs(count, arguments.write_inputs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        here = os.path.abspath(__file__)
        subprocess.run([PY, here, "--lines", str(count), "--write-inputs", tmp], check=True)
        big, small, unique = (os.path.join(tmp, name) for name in INPUTS)
        base_s, _, base_n = run(BASELINE, big)
        ours_s, ours_rss, ours_n = run(BATCH, big)
        _, small_rss, _ = run(BATCH, small)
        uniq_s, _, uniq_n = run(BATCH, unique, cpu=True)
        ubase_s, _, _ = run(BASELINE, unique, cpu=True)
        others = {
            name: run(
                [*MGCALC, name, "--batch", "-", "--format", "ndjson"],
                os.path.join(tmp, path),
                cpu=True,
            )[0]
            for name, path in (
                ("check", "check.csv"),
                ("plan", "plan.csv"),
                ("label", "labels.txt"),
            )
        }
    assert ours_n == base_n == count, (ours_n, base_n)
    ours_rate, base_rate = count / ours_s, count / base_s
    speedup = ours_rate / base_rate
    growth = ours_rss / small_rss - 1
    checks = [
        ("throughput >= 150,000 records/s", ours_rate >= 150_000),
        ("speed-up over the baseline loop >= 1.5x", speedup >= 1.5),
        ("peak RSS at 10x the lines within 10%", growth <= 0.10),
        ("distinct lines at least as fast as the baseline", uniq_n / uniq_s >= uniq_n / ubase_s),
        *(
            (f"{name} --batch within 3x of elemental", s <= 3 * uniq_s)
            for name, s in others.items()
        ),
    ]
    print(f"batch: {count:,} catalogue lines through elemental --batch - --format ndjson")
    print(f"  mgcalc          {ours_s:6.2f} s  {ours_rate:10,.0f} records/s")
    print(f"  baseline loop   {base_s:6.2f} s  {base_rate:10,.0f} records/s")
    print(f"  speed-up        {speedup:6.2f}x")
    print(
        f"  peak RSS        {small_rss / 1024:6.1f} MiB at {count // 10:,} lines, "
        f"{ours_rss / 1024:6.1f} MiB at {count:,} lines ({growth:+.1%})"
    )
    print(
        f"  worst case, {uniq_n:,} distinct lines (CPU time): mgcalc {uniq_n / uniq_s:,.0f} "
        f"records/s, baseline {uniq_n / ubase_s:,.0f} records/s ({ubase_s / uniq_s:.2f}x)"
    )
    for name, seconds in others.items():
        print(
            f"  {name} --batch, {uniq_n:,} lines (CPU time): {uniq_n / seconds:,.0f} records/s "
            f"({seconds / uniq_s:.1f}x the time of elemental's distinct lines)"
        )
    for label, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
