"""Start-up benchmark: every command, side by side with ``python -c "import typer"``.

Each round runs the baseline and every mgcalc invocation once, interleaved, so a
noisy neighbour slows all of them alike; the table shows each one's median wall
time and median CPU time (the child's user + system), each as a ratio to the
baseline's, against its budget:

- machine output, every command with ``--json`` or ``-q``: 1.5x
- table output, every command that draws a table (but those that remove
  something), into a pipe: 2.0x (``--tty``: also on a pseudo-terminal, where rich
  draws it as a person sees it)
- help, ``mgcalc --help`` and ``mgcalc COMMAND --help`` for every command: 2.0x

The verdict (and the exit code, 1 if any run is over) uses the wall-time ratio,
what a person waits for; the CPU-time ratio beside it tells whether a slow run
was the command's own work or a busy machine. Commands come from the app itself
(``mgcalc.cli.app.every_command``), so a command added without an entry in
``MACHINE`` stops the benchmark. ``--rounds 5`` takes a few minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import NamedTuple

PY = sys.executable
MGCALC = [os.path.join(os.path.dirname(PY), "mgcalc")]
BASELINE = [PY, "-c", "import typer"]
BUDGETS = {"machine": 1.5, "table": 2.0, "table on a tty": 2.0, "help": 2.0}

# Each command once with machine output (or none, where it prints nothing else);
# {ID} is a diary entry made by SETUP. Runs that remove state come last.
MACHINE = {
    "elemental": "elemental citrate 500mg --json",
    "compound": "compound glycinate 200mg --unit-size 500mg --json",
    "convert": "convert 10mmol -q",
    "serum": "serum 0.85 mmol/L --json",
    "check": "check --sex female --age 34 --food 250 --supplement 300 --json",
    "plan": "plan --sex male --age 45 --food 250 --form citrate --json",
    "label": "label 'Magnesium (as citrate) 200 mg 48%' --json",
    "compare": "compare --product A,citrate,500mg,compound,60,12.50 --json",
    "forms": "forms --json",
    "food": "food almonds 1oz --json",
    "evidence": "evidence --json",
    "guide": "guide best-form --json",
    "interactions": "interactions --json",
    "sources": "sources --json",
    "schema": "schema elemental",
    "where": "where --json",
    "profile set": "profile set --sex female --age 34 --json",
    "profile show": "profile show --json",
    "cabinet add": "cabinet add morning 'Magnesium (as magnesium citrate) 150 mg' --replace --json",
    "cabinet list": "cabinet list --json",
    "cabinet show": "cabinet show nightly --json",
    "log add": "log add 'glycinate 400mg' --food 'almonds 1oz' -q",
    "log none": "log none --date yesterday -q",
    "log export": "log export -q",
    "log import": "log import backup.json -q",
    "log day": "log day --json",
    "log week": "log week --json",
    "log days": "log days 14 --json",
    "cabinet remove": "cabinet remove morning --json",
    "log remove": "log remove {ID} --json",
    "log undo": "log undo -q",
    "profile clear": "profile clear",
}
REMOVING = ("remove", "undo", "clear")  # timed once a round, with machine output
# Run (untimed) before each round in the bench's own MGCALC_HOME.
SETUP = [
    "profile set --sex female --age 34",
    "cabinet add nightly 'Magnesium (as magnesium glycinate) 200 mg' --replace",
    "cabinet add morning 'Magnesium (as magnesium citrate) 150 mg' --replace",
    "log add nightly",
]


@dataclass(frozen=True)
class Run:
    kind: str  # "baseline" or a key of BUDGETS
    label: str
    argv: list[str]
    tty: bool = False


def words(argv: list[str], fields: dict[str, str]) -> list[str]:
    return [word.format(**fields) for word in argv]


def runs(tty: bool) -> list[Run]:
    from mgcalc.cli.app import every_command

    commands = every_command()
    leaves = [name for name, command in commands.items() if not hasattr(command, "commands")]
    missing = sorted(set(leaves) - set(MACHINE))
    if missing:
        raise SystemExit(f"add a MACHINE run for: {', '.join(missing)}")
    found = [Run("baseline", "python -c 'import typer'", BASELINE)]
    for name, line in MACHINE.items():
        found.append(Run("machine", line, shlex.split(line)))
        formats = [p.metavar or "" for p in commands[name].params if "--format" in p.opts]
        if "table" in "|".join(formats).split("|") and not name.endswith(REMOVING):
            table = [word for word in shlex.split(line) if word not in ("--json", "-q")]
            found.append(Run("table", shlex.join(table), table))
            if tty:
                found.append(Run("table on a tty", shlex.join(table), table, tty=True))
    found.append(Run("help", "--help", ["--help"]))
    for name in commands:
        found.append(Run("help", f"{name} --help", [*name.split(), "--help"]))
    return found


def setup(env: dict[str, str]) -> dict[str, str]:
    """The state the runs need; returns the fields MACHINE's lines refer to."""
    for line in SETUP:
        subprocess.run([*MGCALC, *shlex.split(line)], capture_output=True, env=env, check=True)
    export = subprocess.run([*MGCALC, "log", "export", "--json"], capture_output=True, env=env)
    with open(os.path.join(env["MGCALC_HOME"], "backup.json"), "wb") as backup:
        backup.write(export.stdout)
    entries = json.loads(export.stdout)
    return {"ID": str(entries[-1]["id"])}


class Sample(NamedTuple):
    wall: float  # seconds from start to the last byte read and the exit
    cpu: float  # the child's user + system time


def time_once(argv: list[str], env: dict[str, str], tty: bool) -> tuple[Sample, int]:
    """One run, its output read through a pipe (or a pseudo-terminal) to the end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    if tty:
        code = run_in_terminal(argv, env)
    else:
        code = subprocess.run(argv, capture_output=True, env=env).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Sample(wall, cpu), code


def run_in_terminal(argv: list[str], env: dict[str, str]) -> int:
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(argv, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    try:
        while os.read(leader, 1 << 16):
            pass
    except OSError:  # EIO: the child has closed the terminal
        pass
    code = proc.wait()
    os.close(leader)
    return code


def precompile() -> None:
    """Byte-compile mgcalc as ``pip install`` does, so that an editable checkout (or
    PYTHONDONTWRITEBYTECODE=1) does not make mgcalc compile its sources on every
    run while typer, installed by pip, reads ready .pyc files."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("mgcalc")
    assert spec is not None and spec.submodule_search_locations
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tty", action="store_true", help="also draw tables on a pseudo-terminal")
    parser.add_argument("--only", choices=sorted(BUDGETS), help="time one kind of run only")
    options = parser.parse_args()
    precompile()
    home = tempfile.mkdtemp(prefix="mgcalc-bench-")
    env = {**os.environ, "COLUMNS": "100", "MGCALC_HOME": home}
    env.pop("NO_COLOR", None)
    chosen = [
        r for r in runs(options.tty) if options.only in (None, r.kind) or r.kind == "baseline"
    ]
    samples: list[list[Sample]] = [[] for _ in chosen]
    codes = [0] * len(chosen)
    os.chdir(home)
    for round_number in range(options.rounds + 1):  # round 0 warms the caches, untimed
        fields = setup(env)
        for index, run in enumerate(chosen):
            argv = run.argv if run.kind == "baseline" else [*MGCALC, *words(run.argv, fields)]
            sample, codes[index] = time_once(argv, env, run.tty)
            if round_number:
                samples[index].append(sample)
    ratios = report(chosen, samples, codes, options.rounds)
    return 1 if any(ratio > BUDGETS[kind] for kind, ratio in ratios.items()) else 0


def median(samples: list[Sample], field: str) -> float:
    return statistics.median(getattr(sample, field) for sample in samples)


def report(
    chosen: list[Run], samples: list[list[Sample]], codes: list[int], rounds: int
) -> dict[str, float]:
    """Print the table; returns the worst wall-time ratio of each kind of run."""
    wall_base, cpu_base = median(samples[0], "wall"), median(samples[0], "cpu")
    print(f"start-up: medians of {rounds} interleaved rounds, as ratios to the baseline's")
    print(f"{'kind':15} {'mgcalc ...':60} {'wall ms':>8} {'ratio':>6} {'cpu ms':>7} {'ratio':>6}")
    worst: dict[str, float] = {}
    for index, run in enumerate(chosen):
        wall, cpu = median(samples[index], "wall"), median(samples[index], "cpu")
        verdict = ""
        if run.kind != "baseline":
            budget = BUDGETS[run.kind]
            worst[run.kind] = max(worst.get(run.kind, 0.0), wall / wall_base)
            verdict = f"  budget {budget:.1f}x" + ("  OVER" if wall / wall_base > budget else "")
        if codes[index]:
            verdict += f"  (exit {codes[index]})"
        print(
            f"{run.kind:15} {run.label[:60]:60} {wall * 1000:8.1f} {wall / wall_base:5.2f}x"
            f" {cpu * 1000:7.1f} {cpu / cpu_base:5.2f}x{verdict}"
        )
    print()
    for kind, ratio in worst.items():
        state = "OVER" if ratio > BUDGETS[kind] else "ok"
        print(f"worst {kind:15} {ratio:5.2f}x  budget {BUDGETS[kind]:.1f}x  {state}")
    return worst


if __name__ == "__main__":
    sys.exit(main())
