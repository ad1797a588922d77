"""'1.500 mg' reads two ways (1.5 mg, or 1500 mg where a point groups thousands, as
in much of Europe), a thousandfold apart: settled by a stated %DV or %NRV, else
refused naming both, as '1,500 mg' is. The calculators read typed amounts by the
one grammar of core.quantity ('.' is always the decimal point)."""

from __future__ import annotations

import pytest

from mgcalc.core.labels.text import amounts


@pytest.mark.parametrize("line", ["Magnesium 1.500 mg", "Magnesium (as oxide) 2.000 mg"])
def test_an_unsettled_point_is_refused_with_both_readings(mg, line: str) -> None:
    ran = mg("label", line)
    assert ran.code == 2 and ran.err.count("\n") == 1
    number = line.split()[-2]
    whole, fraction = number.split(".")
    assert f"{whole}{fraction} mg" in ran.err
    assert f"{float(number):g} mg" in ran.err
    assert "thousands point" in ran.err and "decimal point" in ran.err


def test_a_stated_percent_settles_it(mg) -> None:
    record = mg("label", "Magnesium 1.000 mg 238% DV", "--json").json()
    assert record["stated_mg"] == 1000
    assert any("thousands point" in note for note in record["notes"])
    small = mg("label", "Magnesium 1.200 mg 0% DV", "--json")
    assert small.code == 2


@pytest.mark.parametrize(
    ("text", "mg_read"),
    [("0.500 mg", 0.5), ("1.5 mg", 1.5), ("1.25 mg", 1.25), ("1.500 g", 1500.0)],
)
def test_what_reads_one_way_is_read(text: str, mg_read: float) -> None:
    [amount] = amounts(text)
    assert amount.other is None and amount.low == pytest.approx(mg_read)


def test_the_supplement_reader_shares_the_rule(mg) -> None:
    ran = mg("check", "--sex", "male", "--age", "40", "--supplement", "Magnesium 1.500 mg")
    assert ran.code == 2 and "reads two ways" in ran.err


def test_calculators_keep_the_decimal_point(mg) -> None:
    one = mg("elemental", "oxide", "1.000 mg", "--json").json()
    plain = mg("elemental", "oxide", "1mg", "--json").json()
    assert one["elemental_mg"] == plain["elemental_mg"]
