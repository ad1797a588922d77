"""Start-up benchmark: one-shot commands against ``python -c "import typer"``.

Runs the commands interleaved, round after round, in one process on one machine,
so a noisy neighbour slows all of them alike; reports the median of each and the
ratios the budget is set in (issue: json <= 1.5x, table <= 2.0x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

PY = sys.executable
_SCRIPT = os.path.join(os.path.dirname(PY), "mgcalc")
MGCALC = [_SCRIPT] if os.path.exists(_SCRIPT) else [PY, "-m", "mgcalc"]
COMMANDS = {
    "baseline: python -c 'import typer'": [PY, "-c", "import typer"],
    "elemental citrate 500mg --json": [*MGCALC, "elemental", "citrate", "500mg", "--json"],
    "elemental citrate 500mg (table)": [*MGCALC, "elemental", "citrate", "500mg"],
    "convert 10mmol -q": [*MGCALC, "convert", "10mmol", "-q"],
    "forms --json (Typer path)": [*MGCALC, "forms", "--json"],
}
BUDGET = {"elemental citrate 500mg --json": 1.5, "elemental citrate 500mg (table)": 2.0}


def time_once(argv: list[str]) -> float:
    env = {**os.environ, "COLUMNS": "100"}
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


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
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for argv in COMMANDS.values():  # warm the page cache and .pyc files
        time_once(argv)
    for _ in range(rounds):
        for name, argv in COMMANDS.items():
            samples[name].append(time_once(argv))
    base = statistics.median(samples[next(iter(COMMANDS))])
    failed = False
    print(f"start-up, median of {rounds} interleaved runs")
    for name, values in samples.items():
        median = statistics.median(values)
        ratio = median / base
        budget = BUDGET.get(name)
        verdict = ""
        if budget is not None:
            ok = ratio <= budget
            failed |= not ok
            verdict = f"  budget {budget:.1f}x: {'ok' if ok else 'OVER'}"
        print(f"  {name:38} {median * 1000:7.1f} ms  {ratio:5.2f}x{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
