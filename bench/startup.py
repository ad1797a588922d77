"""Start-up benchmark: every command, side by side with ``python -c "import typer"``.

Runs all of them interleaved, round after round, in one process on one machine,
so a noisy neighbour slows all of them alike; reports the median of each and its
ratio to the baseline. Every command in the generated command table is run (a
command added later is picked up without editing this file): with the argv in
``ARGV`` if one is given, else with the first example in its help, else bare.
The budget (issue 11): every command within 2.0x; ``elemental --json`` 1.5x.
``--typer`` also times the same argv through Typer (MGCALC_NO_FASTPATH=1).
Commands write to /dev/null, as in a script; ``--tty`` runs them on a
pseudo-terminal instead, where tables are drawn by rich, as a person sees them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import import_module

PY = sys.executable
_SCRIPT = os.path.join(os.path.dirname(PY), "mgcalc")
MGCALC = (
    [_SCRIPT] if os.path.exists(_SCRIPT) and "--module" not in sys.argv else [PY, "-m", "mgcalc"]
)
BASELINE = "baseline: python -c 'import typer'"
ARGV = {
    "elemental": ["elemental", "citrate", "500mg", "--json"],
    "compound": ["compound", "glycinate", "200mg", "--unit-size", "500mg"],
    "convert": ["convert", "10mmol", "-q"],
    "check": ["check", "--sex", "female", "--age", "34", "--food", "250", "--supplement", "300"],
    "plan": ["plan", "--sex", "male", "--age", "45", "--food", "250", "--form", "citrate"],
    "label": ["label", "Magnesium (as citrate) 200 mg 48%"],
    "compare": ["compare", "--product", "A,citrate,500mg,compound,60,12.50"],
    "forms": ["forms", "--json"],
    "food": ["food", "almonds", "1oz"],
    "schema": ["schema", "elemental"],
    # the diary: runs that succeed whatever order the commands run in (no cabinet
    # product, no saved profile needed)
    "log add": ["log", "add", "glycinate 400mg", "--food", "almonds 1oz", "-q"],
    "log day": ["log", "day", "--sex", "female", "--age", "34"],
    "log week": ["log", "week", "--sex", "female", "--age", "34"],
    "log days": ["log", "days", "14", "--sex", "female", "--json"],
    "cabinet add": ["cabinet", "add", "morning", "Magnesium (as magnesium citrate) 150 mg"],
    "cabinet remove": ["cabinet", "remove", "morning"],
}
# Run (untimed) before each round in the bench's own MGCALC_HOME, so that diary
# commands find a profile and a cabinet entry; commands that remove state run last.
SETUP = [
    ["profile", "set", "--sex", "female", "--age", "34"],
    ["cabinet", "add", "nightly", "Magnesium (as magnesium glycinate) 200 mg"],
    ["log", "add", "nightly"],
]
LAST_WORDS = ("remove", "clear", "undo")
EXTRA = {"elemental citrate 500mg (table)": ["elemental", "citrate", "500mg"]}
BUDGET = {"elemental": 1.5}
DEFAULT_BUDGET = 2.0


def _example(spec: dict[str, object], name: str) -> list[str] | None:
    function = getattr(import_module(str(spec["module"])), str(spec["function"]))
    text = " ".join((function.__doc__ or "").split())
    for part in text.split("Example")[1:]:
        for example in part.partition(":")[2].split(";"):
            words = shlex.split(example)
            if words[:1] == ["mgcalc"] and " ".join(words[1:]).startswith(name):
                return words[1:]
    return None


def commands() -> dict[str, list[str]]:
    from mgcalc.cli.commandtable import COMMANDS

    chosen: dict[str, list[str]] = {}
    for name in sorted(COMMANDS, key=lambda name: name.endswith(LAST_WORDS)):
        chosen[name] = ARGV.get(name) or _example(COMMANDS[name], name) or name.split()
    return chosen


def setup(env: dict[str, str]) -> None:
    for argv in SETUP:
        subprocess.run([*MGCALC, *argv], capture_output=True, env=env)
    # the file `log import backup.json` reads (run in the bench's home): the diary's export
    export = subprocess.run([*MGCALC, "log", "export", "--json"], capture_output=True, env=env)
    with open(os.path.join(env["MGCALC_HOME"], "backup.json"), "wb") as backup:
        backup.write(export.stdout)


def time_once(argv: list[str], env: dict[str, str], *, tty: bool = False) -> tuple[float, int]:
    if tty:
        return time_in_terminal(argv, env)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start, done.returncode


def time_in_terminal(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """One run with stdout and stderr on a pseudo-terminal, as a person at a prompt
    sees it (tables drawn by rich, in colour), the output read as it comes."""
    import pty

    leader, follower = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    try:
        while os.read(leader, 1 << 16):
            pass
    except OSError:  # EIO: the child has closed the terminal
        pass
    code = proc.wait()
    elapsed = time.perf_counter() - start
    os.close(leader)
    return elapsed, code


def precompile() -> None:
    """Byte-compile mgcalc as ``pip install`` does, so that an editable checkout (or
    PYTHONDONTWRITEBYTECODE=1, set on this workplace's machines) does not make
    mgcalc pay for compiling its sources on every run while typer, installed by pip,
    reads ready .pyc files. Compiling writes nothing outside __pycache__."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("mgcalc")
    assert spec is not None and spec.submodule_search_locations
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1)


def main() -> int:
    precompile()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--typer", action="store_true", help="also time the Typer path")
    parser.add_argument("--module", action="store_true", help="run python -m mgcalc")
    parser.add_argument(
        "--tty", action="store_true", help="run on a pseudo-terminal (rich draws) not a pipe"
    )
    options = parser.parse_args()
    home = tempfile.mkdtemp(prefix="mgcalc-bench-")
    env = {**os.environ, "COLUMNS": "100", "MGCALC_HOME": home}
    slow_env = {**env, "MGCALC_NO_FASTPATH": "1"}
    runs: dict[str, tuple[list[str], dict[str, str]]] = {
        BASELINE: ([PY, "-c", "import typer"], env)
    }
    for name, argv in {**commands(), **EXTRA}.items():
        runs[name] = ([*MGCALC, *argv], env)
        if options.typer and name in commands():
            runs[f"{name} (Typer path)"] = ([*MGCALC, *argv], slow_env)
    samples: dict[str, list[float]] = {name: [] for name in runs}
    codes: dict[str, int] = {}
    setup(env)
    os.chdir(home)
    for name, (argv, run_env) in runs.items():  # warm the page cache and .pyc files
        codes[name] = time_once(argv, run_env, tty=options.tty)[1]
    for _ in range(options.rounds):
        setup(env)
        for name, (argv, run_env) in runs.items():
            samples[name].append(time_once(argv, run_env, tty=options.tty)[0])
    base = statistics.median(samples[BASELINE])
    failed = False
    where = "on a pseudo-terminal" if options.tty else "stdout to /dev/null"
    print(f"start-up, median of {options.rounds} interleaved runs, {where}")
    for name, values in samples.items():
        median = statistics.median(values)
        ratio = median / base
        verdict = ""
        if name != BASELINE and "(Typer path)" not in name:
            budget = BUDGET.get(name, DEFAULT_BUDGET)
            ok = ratio <= budget
            failed |= not ok
            verdict = f"  budget {budget:.1f}x: {'ok' if ok else 'OVER'}"
        if codes[name]:
            verdict += f"  (exit {codes[name]})"
        argv = " ".join(shlex.quote(a) for a in runs[name][0][len(MGCALC) :])
        label = name if name == BASELINE or name in EXTRA else f"{name}: {argv}"
        print(f"  {label[:60]:60} {median * 1000:7.1f} ms  {ratio:5.2f}x{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
