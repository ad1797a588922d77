"""Errors that say what went wrong: one line, the real reason, a way forward."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["elemental", "oxide", "nan"],
            "cannot read the amount in 'oxide nan': 'nan' is not a number",
        ),
        (["compound", "oxide", "inf"], "'inf' is not a number; give digits and a unit"),
        (["elemental", "oxide", "½ g"], "'½' is a fraction sign; write it as a decimal: 0.5 g"),
        (["elemental", "oxide", "1 ½ g"], "write it as a decimal: 1.5 g"),
        (["elemental", "oxide", "1/2g"], "'1/2' is a fraction; write it as a decimal: 0.5g"),
        (
            ["elemental", "Mg0.5O", "100mg"],
            "formula 'Mg0.5O' has a fractional count '0.5' at position 3",
        ),
        (["check", "--sex", "female", "--egfr", "0"], "must be more than 0 and at most 200"),
        (["serum", "0 mmol/L"], "must be more than 0 and at most 10 mmol/L"),
        (["log", "remove", "abc"], "ID must be a whole number, got 'abc'"),
        (["food", "almonds -1 oz"], "food amount must be 0 or more"),
        (["elemental", "citrate", "0"], "amount must be more than 0, got '0'"),
    ],
)
def test_the_message_names_the_real_problem(mg, args: list[str], says: str) -> None:
    ran = mg(*args)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("mgcalc: error: ") and ran.err.count("\n") == 1, ran.err
    assert says in ran.err
    assert "missing argument" not in ran.err and "Input should be" not in ran.err
    assert "count is zero" not in ran.err and "outside 0-" not in ran.err


def test_elemental_without_an_amount_still_says_it_is_missing(mg) -> None:
    assert "missing argument AMOUNT" in mg("elemental", "magnesium", "oxide").err


def test_compare_names_the_header_it_found(mg, tmp_path) -> None:
    rows = tmp_path / "products.csv"
    rows.write_text("Calm,citrate,500,compound,1,10\n")
    ran = mg("compare", str(rows))
    assert ran.code == 2
    found, _, advice = ran.err.partition("found: ")[2].partition("; ")
    assert found == "Calm,citrate,500,compound,1,10"
    assert advice.startswith("make the first line the header: name,form,amount")
