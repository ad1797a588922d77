"""CSV cells that a spreadsheet would run as formulas are written as text.

OWASP's advice on CSV injection: a cell from user text that starts with =, +, -,
@, tab or CR gets a leading single quote. mgcalc also quotes a leading quote, so
removing one leading quote always restores the text; numbers are never touched.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.csvtext import csv_text, csv_untext
from mgcalc.render.machine import csv_cell

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.mark.parametrize("start", TRIGGERS)
def test_formula_starts_get_a_quote(start: str) -> None:
    assert csv_cell(start + "HYPERLINK(1)") == "'" + start + "HYPERLINK(1)"


@pytest.mark.parametrize("number", [-5, -0.5, 5, 0, -1e-3])
def test_numbers_are_never_quoted(number: float) -> None:
    assert csv_cell(number) == number


def test_lists_and_plain_text() -> None:
    assert csv_cell(["=a", "b"]) == "'=a;b"
    assert csv_cell("citrate 500mg") == "citrate 500mg"


@given(st.text(max_size=20))
def test_quoting_is_reversible_and_never_leaves_a_formula(text: str) -> None:
    cell = csv_text(text)
    assert csv_untext(cell) == text
    assert not cell.startswith(tuple(TRIGGERS))


def rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def test_batch_csv_protects_inputs_and_errors(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "csv", stdin='=HYPERLINK("x")\n@SUM(1)\n')
    got = rows(ran.out)
    assert [r["input"] for r in got] == ['\'=HYPERLINK("x")', "'@SUM(1)"]
    assert all(not r["error"].startswith(tuple(TRIGGERS)) for r in got)


def test_compare_csv_protects_names_but_not_negative_numbers(mg) -> None:
    products = (
        "name,form,amount,amount_is,units,price\n"
        "=cmd|' /C calc'!A0,glycinate,500mg,compound,120,19.99\n"
        "-minus,oxide,250mg,elemental,100,6.50\n"
    )
    got = rows(mg("compare", "-", "--target", "300mg", "-f", "csv", stdin=products).out)
    assert {r["name"] for r in got} == {"'=cmd|' /C calc'!A0", "'-minus"}
    negative = [r["overshoot_mg"] for r in got if r["overshoot_mg"].startswith("-")]
    assert negative and all(float(v) < 0 for v in negative)


def test_plain_values_no_spreadsheet_runs_are_left_alone() -> None:
    from mgcalc.core.csvtext import csv_text, csv_untext

    for text in ["-", "+", "-5", "+1.5"]:
        assert csv_text(text) == text
    for text in ["-2+3", "- x", "=1", "'-5"]:
        assert csv_text(text).startswith("'") and csv_untext(csv_text(text)) == text
