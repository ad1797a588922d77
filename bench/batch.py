"""Batch benchmark: throughput and memory of ``elemental --batch - --format ndjson``.

Side by side in one run, on the same generated input:
- mgcalc's streaming batch mode;
- ``baseline_loop.py``: a plain loop that parses each line and calls json.dumps.
The input is a product catalogue: catalogue ids and aliases with the label
strengths people buy (25-1000 mg, 0.1-2 g), drawn with a fixed seed, so lines
repeat as they do in real catalogues. A second input of all-distinct lines
shows the worst case (nothing to memoise). Peak RSS is compared for 100,000 and
1,000,000 lines (the budget: within 10%).
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


def run(argv: list[str], path: str) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (KiB) and output lines of one run reading ``path``."""
    with open(path, "rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=source, stdout=subprocess.PIPE)
        assert proc.stdout is not None
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: proc.stdout.read(1 << 20), b""))
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed")
    return elapsed, usage.ru_maxrss, lines


def write(lines: list[str], directory: str, name: str) -> str:
    path = os.path.join(directory, name)
    with open(path, "w") as handle:
        handle.writelines(lines)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    count = parser.parse_args().lines
    with tempfile.TemporaryDirectory() as tmp:
        big = write(catalogue_lines(count), tmp, "catalogue.txt")
        small = write(catalogue_lines(count // 10), tmp, "catalogue-small.txt")
        unique = write(distinct_lines(count // 10), tmp, "distinct.txt")
        base_s, _, base_n = run(BASELINE, big)
        ours_s, ours_rss, ours_n = run(BATCH, big)
        _, small_rss, _ = run(BATCH, small)
        uniq_s, _, uniq_n = run(BATCH, unique)
        ubase_s, _, _ = run(BASELINE, unique)
    assert ours_n == base_n == count, (ours_n, base_n)
    ours_rate, base_rate = count / ours_s, count / base_s
    speedup = ours_rate / base_rate
    growth = ours_rss / small_rss - 1
    checks = [
        ("throughput >= 150,000 records/s", ours_rate >= 150_000),
        ("speed-up over the baseline loop >= 1.5x", speedup >= 1.5),
        ("peak RSS at 10x the lines within 10%", growth <= 0.10),
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
        f"  worst case, {uniq_n:,} distinct lines: mgcalc {uniq_n / uniq_s:,.0f} records/s, "
        f"baseline {uniq_n / ubase_s:,.0f} records/s"
    )
    for label, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
