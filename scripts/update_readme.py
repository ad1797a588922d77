"""Refresh the example outputs in README.md by running each command.

Every ```console block whose first line is ``$ mgcalc ...`` is re-run (plain
text, 100 columns) and its output replaced, so the README shows real runs.
Blocks run in order against one temporary MGCALC_HOME, so the diary examples build
on each other and never touch the real profile or diary.
Usage: python scripts/update_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
HOME = tempfile.mkdtemp(prefix="mgcalc-readme-")
BLOCK = re.compile(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", re.S)


def run(command: str) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "MGCALC_HOME": HOME}
    proc = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=env, cwd=README.parent
    )
    text = proc.stdout + proc.stderr
    lines = [line.rstrip() for line in text.splitlines()]
    if proc.returncode:
        lines.append(f"[exit {proc.returncode}]")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = README.read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        command = match["command"]
        shlex.split(command)  # fail loudly on a malformed example
        return f"```console\n$ {command}\n{run(command)}```"

    README.write_text(BLOCK.sub(replace, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
