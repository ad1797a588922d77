"""The fast path must agree with the Typer app on every argv it accepts."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgcalc.cli.fastpath import try_fast

ARGVS = [
    ["elemental", "citrate", "500mg"],
    ["elemental", "citrate", "500mg", "--json"],
    ["elemental", "citrate", "500 mg", "--format", "csv"],
    ["elemental", "citrate", "500mg", "--format=ndjson"],
    ["elemental", "Magnesium Glycinate", "1,000 mg", "-n", "2", "--purity", "0.9", "-q"],
    ["elemental", "MgSO4.7H2O", "1g", "-f", "json"],
    ["elemental", "citrat", "500mg"],
    ["elemental", "citrate", "500xyz", "--json"],
    ["elemental", "citrate", "5 mmol"],
    ["compound", "glycinate", "200mg", "--unit-size", "500mg"],
    ["compound", "glycinate", "200mg", "--unit-size", "500mg", "--json"],
    ["compound", "oxide", "8 mmol", "-q"],
    ["convert", "10mmol"],
    ["convert", "20 mEq", "--format", "ndjson"],
    ["convert", "0", "--json"],
    ["elemental", "citrate", "500mg", "--json", "--format", "csv"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_fast_and_typer_agree(mg, argv: list[str]) -> None:
    fast = mg(*argv)
    slow = mg(*argv, fast=False)
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)


@pytest.mark.parametrize(
    "argv",
    [
        ["elemental", "citrate"],
        ["elemental", "citrate", "500mg", "--help"],
        ["elemental", "--batch", "-"],
        ["elemental", "citrate", "500mg", "--svg", "x.svg"],
        ["elemental", "citrate", "500mg", "--format", "xml"],
        ["elemental", "citrate", "500mg", "--json", "--json"],
        ["elemental", "citrate", "500mg", "--count"],
        ["forms"],
        [],
    ],
)
def test_fast_path_declines_what_it_does_not_understand(argv: list[str]) -> None:
    assert try_fast(argv) is None


TOKENS = st.sampled_from(
    [
        "elemental",
        "compound",
        "convert",
        "citrate",
        "oxide",
        "500mg",
        "1g",
        "x",
        "--json",
        "-q",
        "--format",
        "csv",
        "ndjson",
        "--count",
        "2",
        "--purity",
        "0.5",
        "--unit-size",
        "-n",
        "-f",
        "--format=json",
        "--quiet",
        "0",
        "-5mg",
        "10 mmol",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # capsys is drained per call
@given(st.lists(TOKENS, min_size=1, max_size=7))
def test_random_argv_agree(mg, argv: list[str]) -> None:
    fast = mg(*argv)
    slow = mg(*argv, fast=False)
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)
