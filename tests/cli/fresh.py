"""Run mgcalc commands in one fresh Python process and see which modules it loaded:
how the lean-start-up tests check what a command imports, by construction rather
than by time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = """
import io, json, sys
from mgcalc.entry import run
argvs = json.loads(sys.argv[1])
sys.stdout = io.StringIO()
codes = [run(argv) for argv in argvs]
sys.stdout = sys.__stdout__
print(json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""


def run_fresh(argvs: list[list[str]], **env: str) -> tuple[list[int], set[str]]:
    """Exit codes of ``argvs`` run in one fresh process, and the modules it loaded."""
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(argvs)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    return result["codes"], set(result["modules"])
