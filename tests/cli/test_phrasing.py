"""FORM AMOUNT as people type it: spaces inside the amount or the form, one quoted word."""

import pytest

CANONICAL = {
    "elemental": ["elemental", "glycinate", "400mg"],
    "compound": ["compound", "glycinate", "200mg"],
    "convert": ["convert", "10mmol"],
}


@pytest.mark.parametrize(
    "argv",
    [
        ["elemental", "glycinate", "400", "mg"],
        ["elemental", "magnesium", "glycinate", "400mg"],
        ["elemental", "Magnesium", "Glycinate", "400", "mg"],
        ["elemental", "glycinate 400mg"],
        ["elemental", "glycinate 400 mg"],
        ["compound", "glycinate", "200", "mg"],
        ["compound", "magnesium glycinate 200mg"],
        ["convert", "10", "mmol"],
    ],
    ids=" ".join,
)
def test_natural_phrasings_read_like_the_canonical_one(mg, argv: list[str]) -> None:
    ran = mg(*argv, "--json")
    assert ran.code == 0, ran.err
    assert ran.json() == mg(*CANONICAL[argv[0]], "--json").json()


def test_citrate_500_space_mg(mg) -> None:
    assert (
        mg("elemental", "citrate", "500", "mg", "-q").out
        == mg("elemental", "citrate", "500mg", "-q").out
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["elemental", "citrate"], "missing argument AMOUNT"),
        (["compound", "citrate"], "missing argument ELEMENTAL"),
        (["elemental", "500mg"], "expected 'FORM AMOUNT'"),
        (["elemental", "citrate", "500", "mg", "twice"], "expected 'FORM AMOUNT'"),
    ],
)
def test_what_cannot_be_split_is_one_clear_error(mg, argv: list[str], message: str) -> None:
    ran = mg(*argv)
    assert ran.code == 2
    assert ran.err.startswith("mgcalc: error: ") and message in ran.err
    assert ran.err.count("\n") == 1
