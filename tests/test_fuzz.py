"""Fuzzing: arbitrary text into every argument and option of every command.

Whatever comes in: no traceback, an exit code from docs/contract.md, a message on
stderr when it fails, and output valid in the requested format when it works.
A new command must be added to COMMANDS (a test checks), so none escapes.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgcalc.entry import run

# command -> (positional slots, options taking a value, flags)
COMMANDS: dict[str, tuple[int, list[str], list[str]]] = {
    "elemental": (2, ["--count", "--purity", "--concentration"], []),
    "compound": (2, ["--unit-size", "--purity", "--concentration"], []),
    "convert": (1, [], []),
    "serum": (1, [], []),
    "forms": (0, ["--sort"], []),
    "check": (
        0,
        ["--sex", "--age", "--food", "--supplement", "--standard", "--medication"],
        ["--pregnant", "--lactating", "--kidney-disease", "--strict"],
    ),
    "plan": (
        0,
        [
            "--sex",
            "--age",
            "--food",
            "--form",
            "--unit-size",
            "--goal",
            "--standard",
            "--medication",
        ],
        ["--pregnant", "--lactating", "--unit-is-compound", "--kidney-disease"],
    ),
    "food": (3, ["--search", "--limit"], []),
    "label": (
        1,
        ["--form", "--compound", "--servings", "--units-per-serving", "--dv-basis", "--standard"],
        ["--food-label"],
    ),
    "compare": (0, ["--product", "--target"], []),
    "evidence": (0, [], []),
    "guide": (1, [], []),
    "interactions": (0, ["--medication"], []),
    "sources": (1, [], []),
    "schema": (1, [], ["--batch"]),
    "where": (0, [], []),
    "backup": (0, [], ["--force"]),  # no FILE: a fuzzed name would be written in the cwd
    "restore": (1, [], ["--replace"]),
    "cabinet": (3, ["--units-per-serving", "--price", "--count"], ["--replace"]),
    "log": (
        3,
        ["--date", "--time", "--food", "--sex", "--age", "--end", "--format"],
        ["--strict", "--kidney-disease"],
    ),
    "profile": (
        1,
        [
            "--sex",
            "--age",
            "--standard",
            "--egfr",
            "--medication",
            "--remove-medication",
            "--clear",
        ],
        ["--pregnant", "--lactating", "--kidney-disease", "--not-pregnant", "--replace"],
    ),
}
BATCH_COMMANDS = ["elemental", "compound", "convert", "food", "label", "serum"]
DOCUMENTED_EXITS = {0, 1, 2, 3}

nasty = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20),
    st.sampled_from(
        [
            "500mg",
            "citrate",
            "2mL",
            "50%",
            "400mg/5mL",
            "4mEq/mL",
            "2.0mg/dL",
            "0",
            "-1",
            "1e308",
            "9" * 400,
            "nan",
            "µg",
            "1,000",
            "MgSO4.7H2O",
            "Mg((",
            "\x1b[31m",
            "--json",
            "-",
            "",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.just("x" * 10_000),
)


def _invoke(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _swap_stdin(fake_stdin):
        code = run(argv)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _swap_stdin(stream: Any):
    saved = sys.stdin
    sys.stdin = stream
    try:
        yield
    finally:
        sys.stdin = saved


def _check(code: int, out: str, err: str, fmt: str | None) -> None:
    assert "Traceback" not in err and "Traceback" not in out
    assert code in DOCUMENTED_EXITS, (code, err)
    if code != 0:
        assert err.strip(), "a failure must say why on stderr"
        assert err.startswith("mgcalc: ")
        return
    if fmt == "json":
        json.loads(out)
    elif fmt == "ndjson":
        for line in out.splitlines():
            assert isinstance(json.loads(line), dict)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and all(len(row) == len(rows[0]) for row in rows)


@st.composite
def argvs(draw: st.DrawFn) -> tuple[list[str], str | None]:
    command = draw(st.sampled_from(sorted(COMMANDS)))
    slots, valued, flags = COMMANDS[command]
    argv = [command, *(draw(nasty) for _ in range(draw(st.integers(0, slots))))]
    for option in draw(st.lists(st.sampled_from(valued), unique=True)) if valued else []:
        argv += [option, draw(nasty)]
    argv += draw(st.lists(st.sampled_from(flags), unique=True)) if flags else []
    fmt = draw(st.sampled_from([None, "table", "json", "csv", "ndjson"]))
    if fmt is not None and command != "schema":
        argv += ["--format", fmt]
    return argv, None if command == "schema" else fmt


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argvs())
def test_any_argument_any_option(case: tuple[list[str], str | None]) -> None:
    argv, fmt = case
    _check(*_invoke(argv), fmt)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(BATCH_COMMANDS),
    st.lists(
        st.one_of(nasty, st.binary(max_size=30).map(lambda b: b.decode("latin-1"))), max_size=8
    ),
    st.sampled_from(["table", "json", "csv", "ndjson"]),
)
def test_any_batch_input(command: str, lines: list[str], fmt: str) -> None:
    payload = "\n".join(lines).encode("utf-8", "surrogateescape")
    code, out, err = _invoke([command, "--batch", "-", "--format", fmt], payload)
    assert code in (0, 1), err
    _check(0, out, "", fmt)
    # lines end at LF, CRLF or CR; a byte-order mark anywhere is dropped
    decoded = re.split(r"\r\n|\r|\n", payload.decode("utf-8", "replace").replace("\ufeff", ""))
    data_lines = [line for line in decoded if line.strip() and not line.strip().startswith("#")]
    if fmt == "ndjson":
        assert len(out.splitlines()) == len(data_lines)
    if fmt == "json":
        assert len(json.loads(out)) == len(data_lines)


def test_every_command_is_fuzzed() -> None:
    from mgcalc.cli import app

    assert set(app.COMMANDS) == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command: str) -> None:
    code, out, _ = _invoke([command, "--help"])
    assert code == 0 and "Usage" in out


# Input classes: overflowing formulas, denormals, huge digit strings, BOMs,
# CRLF, quotes, overlong lines; batches must keep records in = records out through them.
spreadsheet_lines = st.sampled_from(
    [
        "Mg" + "9" * 400 + "O 1g",
        "MgO99999999999999999999 1g",
        "citrate 1e-310mg",
        "citrate 5e-324",
        "citrate " + "9" * 400,
        "9" * 400,
        "\ufeffcitrate 500mg",
        "citrate 500mg\r",
        '"magnesium glycinate","1,000 mg"',
        '"oxide,1g',
        "almonds 1/0",
        "1," * 3000,
        "a" + " " * 5000 + "b",
        "x" * 70_000,
    ]
)


def _expected_records(command: str, payload: bytes) -> int | None:
    """Data lines the batch must answer, or None when its first line is a bad header."""
    from mgcalc.cli.batch_input import Rows, read_lines
    from mgcalc.core.errors import InputError

    texts = [
        text.strip()
        for block in read_lines(io.BytesIO(payload))
        for text in block.texts
        if text.strip() and not text.strip().startswith("#")
    ]
    if not texts:
        return 0
    try:
        header = Rows(_spec(command)).take_header(texts[0])
    except InputError:
        return None
    return len(texts) - int(header)


def _spec(command: str) -> Any:
    from mgcalc.cli import batch_specs

    specs = {
        "elemental": batch_specs.elemental_spec({}),
        "compound": batch_specs.compound_spec({}),
        "convert": batch_specs.CONVERT,
        "food": batch_specs.food_spec(),
    }
    if command in specs:
        return specs[command]
    from mgcalc.cli.batch import BatchSpec

    return BatchSpec(lambda text: None, ())  # label: free text only


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(BATCH_COMMANDS),
    st.lists(st.one_of(spreadsheet_lines, nasty), min_size=1, max_size=6),
    st.sampled_from(["json", "csv", "ndjson"]),
    st.booleans(),
)
def test_batch_records_in_equal_records_out(
    command: str, lines: list[str], fmt: str, bom: bool
) -> None:
    payload = ("\ufeff" if bom else "").encode() + "\n".join(lines).encode(
        "utf-8", "surrogateescape"
    )
    expected = _expected_records(command, payload)
    code, out, err = _invoke([command, "--batch", "-", "--format", fmt], payload)
    assert "internal error" not in err and "Traceback" not in err
    if expected is None:
        assert code == 2 and out == ""
        return
    assert code in (0, 1), err
    _check(0, out, "", fmt)
    if fmt == "ndjson":
        records = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        records = json.loads(out)
    else:
        records = list(csv.DictReader(io.StringIO(out)))
    assert len(records) == expected
    assert all(int(r["line"]) >= 1 and "input" in r for r in records)


class FullStream(io.StringIO):
    """stdout on a full disk: every write fails as /dev/full does."""

    def write(self, text: str) -> int:
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argvs())
def test_a_full_disk_is_one_error_line_never_internal(case: tuple[list[str], str | None]) -> None:
    argv, _ = case
    err = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"citrate 1g\n"), encoding="utf-8")
    with (
        contextlib.redirect_stdout(FullStream()),
        contextlib.redirect_stderr(err),
        _swap_stdin(stdin),
    ):
        code = run(argv)
    assert code in DOCUMENTED_EXITS | {74}, err.getvalue()
    assert "internal error" not in err.getvalue()
    if code == 74:  # input errors found before the write (compare's bad rows) may precede it
        lines = err.getvalue().splitlines()
        assert lines[-1].startswith("mgcalc: error: cannot write the output")
        assert sum("cannot write the output" in line for line in lines) == 1


def _slots(command: str) -> list[list[str]]:
    slots, valued, _ = COMMANDS[command]
    places = [[command, "{}"] + ["1"] * (slots - 1)] if slots else []
    return places + [[command, option, "{}"] for option in valued]


LONG_INPUTS = ["a" * 100_000, "1," * 4_900, "a" + " " * 9_000 + "b", "9" * 9_000, "(" * 9_000]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_long_inputs_are_refused_within_a_second(command: str) -> None:
    import time

    for index, template in enumerate(_slots(command)):
        text = LONG_INPUTS[index % len(LONG_INPUTS)]
        argv = [text if part == "{}" else part for part in template]
        start = time.perf_counter()
        _, _, err = _invoke(argv)
        elapsed = time.perf_counter() - start
        assert elapsed < 1.0, (
            argv[:2],
            len(text),
            elapsed,
        )  # a second is the bound for any one input
        assert "Traceback" not in err and "internal error" not in err
        assert len(err) < 2_000  # an error line never echoes the whole input


def test_long_batch_lines_are_answered_within_a_second() -> None:
    import time

    payload = "\n".join(["1," * 20_000, "a" + " " * 4_000 + "b", "citrate 500mg"]).encode()
    for command in BATCH_COMMANDS:
        start = time.perf_counter()
        code, out, _ = _invoke([command, "--batch", "-", "-f", "ndjson"], payload)
        assert time.perf_counter() - start < 1.0, command
        assert code in (0, 1) and len(out.splitlines()) == 3
