"""Reading what others printed: whole-percent %DV on Supplement Facts, impossible
claims without slack, thousands commas settled by chemistry, 'buffered' anywhere,
'% RM', two honest readings with the UL held against the higher."""

from __future__ import annotations

import pytest

from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label


def read(text: str) -> dict:
    return dict(LabelResult(parse_label(text)).record())


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("Supplement Facts\nMagnesium 300 mg 70%", False),  # 71% to the whole percent
        ("Supplement Facts\nMagnesium 300 mg 71%", True),
        ("Nutrition Facts\nMagnesium 300 mg 70%", True),  # 10-percent steps above 50%
        ("Nutrition Facts\nMagnesium 300 mg 71%", False),
        ("Magnesium 300 mg 70%", True),  # a bare line may be either panel's
    ],
)
def test_percent_rule_follows_the_panel(text: str, fits: bool) -> None:
    record = read(text)
    assert record["percent_matches"] is fits
    if not fits:
        assert any("21 CFR 101." in w for w in record["warnings"])


def test_a_percent_only_line_is_checked_against_its_salt() -> None:
    warnings = read("Magnesium 25% NRV (from 500 mg magnesium citrate)")["warnings"]
    assert any("not the 25% stated (at least 91.9 mg)" in w for w in warnings), warnings
    assert not read("Magnesium 20% NRV (from 500 mg magnesium citrate)")["warnings"]


def test_percent_rm_is_the_eu_nrv() -> None:
    record = read("Magnesium 94 mg 25% RM")
    assert record["stated_percent_basis"] == "nrv" and record["percent_matches"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Magnesium 200 mg (as TRAACS magnesium bisglycinate chelate buffered)",
        "Magnesium 200 mg (as buffered magnesium bisglycinate chelate)",
        "Magnesium (as Magnesium Glycinate Chelate Buffered) 200 mg",
    ],
)
def test_buffered_anywhere_is_a_buffered_blend(text: str) -> None:
    record = read(text)
    assert record["forms"] == ["buffered-glycinate"] and record["elemental_mg"] == 200
    warnings = record["warnings"]
    assert any("blends differ" in w and "own magnesium figure rules" in w for w in warnings)


def test_a_line_that_reads_two_ways_says_both_and_holds_the_ul_on_the_higher() -> None:
    record = read("magnesium citrate 97.2mg tablets")
    assert record["elemental_mg"] is None
    assert [record["elemental_low_mg"], record["elemental_high_mg"]] == [
        pytest.approx(15.71, abs=0.01),
        97.2,
    ]
    assert record["percent_of_ul_high"] == pytest.approx(27.8, abs=0.1)
    assert any("reads both ways" in w for w in record["warnings"])
    assert not any(w.startswith("The figure is the weight") for w in record["warnings"])


def test_a_plain_salt_weight_reads_one_way() -> None:
    assert read("Magnesium citrate 500 mg")["elemental_mg"] == pytest.approx(80.82, abs=0.01)
