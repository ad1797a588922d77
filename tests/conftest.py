"""Shared helpers: run mgcalc in-process (entry.run), via CliRunner, or as a subprocess."""

from __future__ import annotations

import compileall
import io
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from scripts.update_docs import AMBIENT

ROOT = Path(__file__).resolve().parents[1]

# Belt and braces: even code that copies os.environ at import time, before the
# autouse fixture below runs, never sees the real home.
os.environ["MGCALC_HOME"] = tempfile.mkdtemp(prefix="mgcalc-test-home-")
SHARED = ROOT.parent / "shared"

# What the output depends on besides the arguments (width, colour, debug switches) is
# the docs script's list; a test that needs one sets it itself (monkeypatch or sh's env).
# pytest imports readline at start-up, and GNU readline writes COLUMNS=80 and
# LINES=24 into the C environment behind os.environ's back: processes started
# from here (pytest-xdist workers, subprocesses without env=) would then draw
# tables 80 wide instead of the non-terminal default. Unset them at both levels.
for _name in AMBIENT:
    os.environ.pop(_name, None)
    os.unsetenv(_name)


def pytest_configure(config: pytest.Config) -> None:
    """Compile mgcalc's modules once, before the workers start. The suite runs mgcalc
    in a few hundred subprocesses (the docs' examples, pipes, exit codes); where
    PYTHONDONTWRITEBYTECODE is set, as on CI machines, each of them would otherwise
    compile every module from source again. compileall writes the caches whatever
    that variable says, and Python reads them whatever it says."""
    if not hasattr(config, "workerinput"):  # the controller, not each xdist worker
        compileall.compile_dir(ROOT / "src", quiet=1)


# Hypothesis: an everyday `pytest` draws 100 examples a property (a property that
# is costly per example asks for fewer; known edge cases are pinned with @example);
# `pytest --hypothesis-profile=thorough` draws ten times as many, for a fuzzing
# session. No deadline: a slow example on a loaded machine is not a failure.
settings.register_profile("everyday", deadline=None)
settings.register_profile("thorough", deadline=None, max_examples=1000)
settings.load_profile("everyday")


@pytest.fixture(autouse=True)
def mgcalc_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty MGCALC_HOME: no test ever reads or writes the
    real profile or diary (subprocesses inherit the variable through os.environ),
    and starts without a terminal width or colour setting left by the caller's
    shell or by another test (tables are drawn at the non-terminal default)."""
    for name in AMBIENT:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path_factory.mktemp("mgcalc-home")
    monkeypatch.setenv("MGCALC_HOME", str(home))
    return home


@pytest.fixture
def wide_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables drawn 100 columns wide (COLUMNS=100), for a test that reads a phrase
    which a narrower table would wrap across lines: set, not left to the default."""
    monkeypatch.setenv("COLUMNS", "100")


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def mg(capsys: pytest.CaptureFixture[str]):
    """Run ``mgcalc`` in-process through the real entry point."""
    from mgcalc.entry import run

    def invoke(*args: str, stdin: str = "") -> Ran:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            code = run(list(args))
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


# The diary tests' cabinet product: one label line, added as 'nightly'.
NIGHTLY = "Magnesium (as magnesium glycinate) 200 mg"


def iso(days_ago: int, end: date | None = None) -> str:
    """The date ``days_ago`` days before ``end`` (default today), as ``--date`` takes it."""
    return ((end or date.today()) - timedelta(days=days_ago)).isoformat()


REFERENCE_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reference.md"


def reference_text() -> str:
    """The reference tables the tests pin, with their sources: a verbatim copy of
    shared/reference.md kept in the project, so the tests run on any clone
    (tests/data/test_reference_fixture.py keeps it in step with the original)."""
    return REFERENCE_FIXTURE.read_text(encoding="utf-8")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """No test may skip: a skipped test is a test a user cannot run, so it fails."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped tests are not allowed here: {report.longrepr}"
