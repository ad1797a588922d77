"""A panel's magnesium rows that are one product: a source row naming the compound of
the magnesium row above it, a restated figure, and contradictions, read alike by
label, check --supplement, cabinet add and log add."""

from __future__ import annotations

import pytest

MAGTEIN_ROW = "Magnesium L-Threonate (as Magtein®) 2000 mg"
MAGTEIN_PANEL = f"Magnesium (as magnesium L-threonate) 144 mg 34%\n{MAGTEIN_ROW}"


def test_a_compound_row_naming_its_brand_weighs_the_compound(mg) -> None:
    data = mg("label", MAGTEIN_ROW, "--json").json()
    assert data["figure_is"] == "compound" and data["forms"] == ["magtein"]
    assert data["compound_mg"] == 2000 and [
        data["elemental_low_mg"],
        data["elemental_high_mg"],
    ] == [140, 160]
    assert data["over_ul"] is False


def test_a_source_row_is_counted_once_everywhere(mg) -> None:
    label = mg("label", MAGTEIN_PANEL, "--json").json()
    assert label["elemental_mg"] == 144 and label["compound_mg"] == 2000
    assert label["forms"] == ["magtein"] and label["percent_matches"] is True
    assert not any("magnesium rows" in w for w in label["warnings"])
    assert any("its source, counted once" in note for note in label["notes"])
    check = mg("check", "--sex", "male", "--age", "40", "--supplement", MAGTEIN_PANEL, "--json")
    assert check.json()["supplement_mg"] == 144
    added = mg("cabinet", "add", "brain", MAGTEIN_PANEL, "--json")
    assert added.code == 0 and added.json()["elemental_mg"] == 144
    [entry] = mg("log", "add", MAGTEIN_PANEL, "--date", "2026-12-01", "--json").json()
    assert entry["elemental_mg"] == 144


def test_rows_that_make_up_the_magnesium_row_are_its_sources(mg) -> None:
    panel = (
        "Magnesium 150 mg\n117 mg of magnesium from 900 mg magnesium bisglycinate\n"
        "33 mg of magnesium from 63 mg of magnesium oxide"
    )
    data = mg("label", panel, "--json").json()
    assert data["elemental_mg"] == 150 and set(data["forms"]) == {"glycinate", "oxide"}
    check = mg("check", "--sex", "male", "--age", "40", "--supplement", panel, "--json")
    assert check.json()["supplement_mg"] == 150


def test_two_products_stay_two(mg) -> None:
    panel = "Magnesium (as magnesium glycinate) 200 mg\nMagnesium (as magnesium malate) 100 mg"
    check = mg("check", "--sex", "male", "--age", "40", "--supplement", panel, "--json")
    assert check.json()["supplement_mg"] == 300


@pytest.mark.parametrize(
    ("panel", "expected", "says"),
    [
        (
            "Magnesium Oxide 400mg (240mg Elemental Magnesium)\nMagnesium content per tablet: "
            "240 mg\nPRINCIPAL DISPLAY PANEL\nMagnesium Oxide Tablets 420mg",
            [240, 253.28],
            "weighs the compound two ways: 400 mg",
        ),
        (
            "Magnesium Oxide 400mg (241.2mg elemental magnesium)\n"
            "Magnesium content per tablet: 253 mg",
            [241.2, 253],
            "two amounts of magnesium for one serving",
        ),
        ("Magnesium 200 mg\nMagnesium citrate 200 mg", [32.33, 200], "both magnesium and"),
    ],
)
def test_a_label_that_contradicts_itself_is_read_both_ways(mg, panel, expected, says) -> None:
    ran = mg("label", panel, "--json")
    data = ran.json()
    assert [data["elemental_low_mg"], data["elemental_high_mg"]] == expected and data[
        "elemental_mg"
    ] is None
    assert any(says in w for w in data["warnings"]), data["warnings"]
    assert mg("label", panel, "-q").out.strip() == f"{expected[1]:g}"
    check = mg("check", "--sex", "male", "--age", "40", "--supplement", panel, "--json")
    assert check.json()["supplement_mg"] == pytest.approx(expected[1])
