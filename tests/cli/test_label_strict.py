"""label --strict: exit 3 when a label as read does not fit; --standard eu and EU
panels' %NRV columns read against the NRV."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Magnesium (as citrate) 200 mg 50%", "the stated 50% DV does not fit"),
        ("Magnesium 200 mg 60% NRV", "the stated 60% NRV does not fit"),
        (
            "Magnesium 610 mg (from 1000 mg magnesium oxide)",
            "the stated compound cannot supply the stated magnesium",
        ),
        ("Magnesium (as citrate) 200 mg 47.6%", "not rounded to the whole percent"),
        ("Magnesium 200 mg\nMagnesium citrate 200 mg", "the label contradicts itself"),
        ("Magnesium (as citrate) 400 mg 95%", "over the UL"),
    ],
)
def test_strict_exits_3_when_a_label_does_not_fit(mg, text: str, why: str) -> None:
    ran = mg("label", text, "--strict", "--json")
    assert ran.code == 3 and json.loads(ran.out)["input"] == text
    assert ran.err.startswith("mgcalc: error: ") and why in ran.err
    assert mg("label", text, "--json").code == 0


def test_strict_passes_a_label_that_fits(mg) -> None:
    ran = mg("label", "Magnesium (as magnesium citrate) 200 mg 48%", "--strict", "-q")
    assert (ran.code, ran.out) == (0, "200\n")


def test_strict_in_a_batch_writes_every_record_then_exits_3(mg) -> None:
    lines = "Magnesium (as citrate) 200 mg 48%\nMagnesium (as citrate) 200 mg 50%\n"
    ran = mg("label", "--batch", "-", "--strict", "-f", "ndjson", stdin=lines)
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 3 and [r["percent_matches"] for r in records] == [True, False]
    assert "line 2: the stated 50% DV does not fit" in ran.err


def test_standard_eu_reads_an_unmarked_percent_as_nrv(mg) -> None:
    us = mg("label", "Magnesium 375 mg 100%", "--json").json()
    assert us["stated_percent_basis"] == "dv" and us["percent_matches"] is False
    eu = mg("label", "Magnesium 375 mg 100%", "--standard", "eu", "--json").json()
    assert eu["stated_percent_basis"] == "nrv" and eu["percent_matches"] is True
    assert eu["ul_mg"] == 250 and eu["over_ul"] is True
    assert any("read as % NRV (--standard eu)" in note for note in eu["notes"])
    marked = mg("label", "Magnesium 200 mg 48% DV", "--standard", "eu", "--json").json()
    assert marked["stated_percent_basis"] == "dv" and marked["percent_matches"] is True


def test_an_eu_panel_per_daily_dose_is_read_against_the_nrv(mg) -> None:
    panel = "Nutritional information\nPer daily dose (2 tablets)\n%NRV\nMagnesium\n375 mg\n100%"
    data = mg("label", "-", "--json", stdin=panel).json()
    assert data["stated_percent_basis"] == "nrv" and data["percent_matches"] is True
    assert data["units_per_serving"] == 2 and data["elemental_per_unit_mg"] == 187.5
