"""Realistic label lines (tests/core/label_corpus.toml) and the reading each must get."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.errors import InputError
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label

CORPUS = tomllib.loads((Path(__file__).parent / "label_corpus.toml").read_text("utf-8"))["line"]


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 60
    assert len({case["text"] for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=[c["text"].splitlines()[-1][:50] for c in CORPUS])
def test_label_corpus(case: dict[str, Any]) -> None:
    if "error" in case:
        with pytest.raises(InputError, match=case["error"]):
            parse_label(case["text"])
        return
    parsed = parse_label(case["text"])
    record = LabelResult(parsed).record()
    assert record["figure_is"] == case["figure"] in ("elemental", "compound")
    if "forms" in case:
        assert record["forms"] == case["forms"]
    if "amount" in case:
        assert parsed.amount_mg == pytest.approx(case["amount"])
    assert parsed.amount_max_mg == (
        pytest.approx(case["amount_max"]) if "amount_max" in case else None
    )
    if "compound" in case:
        assert parsed.compound_mg == pytest.approx(case["compound"])
    if "percent" in case:
        assert parsed.stated_percent == case["percent"]
    if "basis" in case:
        assert parsed.percent_basis == case["basis"]
    if "units" in case:
        assert record["units_per_serving"] == case["units"]
    if "elemental" in case:
        expected = case["elemental"]
        low, high = expected if isinstance(expected, list) else (expected, expected)
        assert [record["elemental_low_mg"], record["elemental_high_mg"]] == [
            pytest.approx(low),
            pytest.approx(high),
        ]
        assert record["elemental_mg"] == (None if low != high else pytest.approx(low))
    if "matches" in case:
        assert record["percent_matches"] is case["matches"]
    if "note" in case:
        assert any(case["note"] in n for n in record["notes"]), record["notes"]
    if "warn" in case:
        assert any(case["warn"] in w for w in record["warnings"]), record["warnings"]
    if case.get("quiet"):
        assert record["warnings"] == []


def test_a_panel_says_what_it_ignored() -> None:
    panel = next(c["text"] for c in CORPUS if c["text"].startswith("Supplement Facts\nServing"))
    parsed = parse_label(panel)
    assert parsed.line.startswith("Magnesium (as magnesium glycinate)")
    assert any("magnesium stearate" in line for line in parsed.ignored)
    assert any(line.startswith("Zinc") for line in parsed.ignored)
    assert not any(line.startswith("Serving Size") for line in parsed.ignored)


def test_panel_serving_size_gives_per_unit_figure() -> None:
    record = LabelResult(
        parse_label("Serving Size 2 Capsules\nMagnesium (as oxide) 300 mg")
    ).record()
    assert record["elemental_mg"] == 300 and record["elemental_per_unit_mg"] == 150


def test_blend_is_never_zero_percent_of_the_ul() -> None:
    record = LabelResult(parse_label("Magnesium oxide, magnesium citrate 500 mg")).record()
    assert record["percent_of_ul"] is None
    low, high = record["percent_of_ul_low"], record["percent_of_ul_high"]
    assert 0 < low < high and high == pytest.approx(100 * 301.52 / 350, abs=0.1)
    assert record["may_exceed_ul"] is False and record["percent_dv_display"] == "19-72%"


_PIECES = st.sampled_from(
    [
        "Magnesium",
        "magnesium",
        "Mg",
        "(as",
        "(from",
        ")",
        "(",
        "citrate",
        "oxide",
        ",",
        " ",
        "glycinate",
        "providing",
        "elemental",
        "mg",
        "g",
        "mcg",
        "%",
        "DV",
        "NRV",
        "-",
        "to",
        "1",
        "0",
        "9",
        ".",
        "５",
        "٤",
        "®",
        "\n",
        "Serving Size 2 Capsules",
        "<",
        "e",
        "x",
        # decimal and thousands commas, markers on either side, other units, unlisted
        # sources, a second magnesium row
        "0,375",
        "1,500",
        "37,5",
        "NRV%",
        "%DV",
        "RI",
        "kg",
        "mmol",
        "(as marine magnesium)",
        "(as di-magnesium malate)",
        "\nMagnesium (as malate) 100 mg",
    ]
)


@settings(deadline=None)
@given(st.lists(_PIECES | st.text(max_size=5), max_size=40).map("".join))
def test_any_text_is_read_or_refused_as_input(text: str) -> None:
    """No text makes the reader fail any way but an input error, or print NaN."""
    try:
        record = LabelResult(parse_label(text)).record()
    except InputError:
        return
    for value in [record["elemental_low_mg"], record["elemental_high_mg"]] + [
        v for v in (record["percent_of_ul_low"], record["percent_of_ul_high"]) if v is not None
    ]:
        assert math.isfinite(value) and value >= 0
