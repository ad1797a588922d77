"""Shared helpers: run mgcalc in-process (entry.run), via CliRunner, or as a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def mg(capsys: pytest.CaptureFixture[str]):
    """Run ``mgcalc`` in-process through the real entry point (fast path included)."""
    from mgcalc.entry import run

    def invoke(*args: str, fast: bool = True, stdin: str = "") -> Ran:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            code = run(list(args), fast=fast)
        finally:
            sys.stdin = saved
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return invoke


def sh(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Ran:
    """Run ``python -m mgcalc`` as a real process."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("MGCALC_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mgcalc", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )
    return Ran(proc.returncode, proc.stdout, proc.stderr)


def reference_text() -> str:
    path = SHARED / "reference.md"
    if not path.exists():
        pytest.skip("shared/reference.md is not beside this checkout")
    return path.read_text(encoding="utf-8")
