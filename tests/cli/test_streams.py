"""Closed and full streams, pipes that close early, Ctrl-C, and what error lines echo."""

import os
import subprocess
import sys

import pytest

from tests.conftest import sh

MGCALC = [sys.executable, "-m", "mgcalc"]


def run_shell(script: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("MGCALC_DEBUG", None)
    return subprocess.run(
        ["bash", "-c", script], input=stdin, capture_output=True, text=True, timeout=60, env=env
    )


PY = f"{sys.executable} -m mgcalc"


@pytest.mark.parametrize(
    ("script", "code", "message"),
    [
        (f"{PY} elemental citrate 500mg >&-", 74, "standard output is closed"),
        (f"{PY} elemental citrate 500mg > /dev/full", 74, "No space left on device"),
        (
            f"printf 'citrate 1g\\n' | {PY} elemental --batch - -f ndjson > /dev/full",
            74,
            "No space",
        ),
        (f"{PY} check --sex female > /dev/full", 74, "cannot write the output"),
        (f"{PY} elemental --batch - <&-", 2, "standard input is closed"),
        (f"{PY} label - <&-", 2, "standard input is closed"),
        (f"{PY} compare - <&-", 2, "standard input is closed"),
    ],
)
def test_closed_or_full_streams_give_one_line_and_a_documented_code(
    script: str, code: int, message: str
) -> None:
    if "/dev/full" in script and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    ran = run_shell(script)
    assert ran.returncode == code, ran.stderr
    assert ran.stderr.count("\n") == 1 and ran.stderr.startswith("mgcalc: error: ")
    assert message in ran.stderr and "internal error" not in ran.stderr


def test_records_still_flow_when_stderr_is_gone() -> None:
    lines = "foo 1g\n" * 2000 + "citrate 1g\n"
    for redirect in ("2>&-", "2> >(head -c 1 >/dev/null)"):
        ran = run_shell(f"{PY} elemental --batch - -f ndjson {redirect}", stdin=lines)
        assert ran.returncode == 1
        assert len(ran.stdout.splitlines()) == 2001 and '"form":"citrate"' in ran.stdout


@pytest.mark.parametrize("args", ["--help", "--version", "check --help", "forms", "-h"])
def test_head_closing_the_pipe_ends_quietly(args: str) -> None:
    ran = run_shell(f"{PY} {args} | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}")
    assert ran.stdout.strip() == "0" and ran.stderr == ""


@pytest.mark.parametrize("args", ["--help", "label --help", "cabinet add --help"])
@pytest.mark.parametrize("columns", ["", "COLUMNS=60 "])
def test_help_in_a_pipe_starts_with_its_usage_line(args: str, columns: str) -> None:
    ran = run_shell(f"{columns}{PY} {args} | head -1; echo ${{PIPESTATUS[0]}}")
    first, status = ran.stdout.splitlines()
    command = args.removesuffix("--help").strip()
    assert first.startswith(f"Usage: mgcalc {command}".rstrip()) and first == first.rstrip()
    assert status == "0" and ran.stderr == ""


def test_bidi_and_line_separators_are_escaped_in_error_lines() -> None:
    ran = sh("elemental", "cit\u202erate\u2028x\u2066", "500mg")
    assert ran.code == 2 and ran.err.count("\n") == 1
    assert "\u202e" not in ran.err and "\u2028" not in ran.err and "\u2066" not in ran.err
    assert "cit\\u202erate\\u2028x\\u2066" in ran.err


def test_compare_records_still_flow_when_stderr_is_gone() -> None:
    rows = "".join(f"B{i},foo,1g,compound,1,1\n" for i in range(3000))
    text = "name,form,amount,amount_is,units,price\n" + rows + "A,oxide,500mg,compound,100,5\n"
    ran = run_shell(f"{PY} compare - -f ndjson 2> >(head -c 1 >/dev/null)", stdin=text)
    assert ran.returncode == 1 and len(ran.stdout.splitlines()) == 3001
