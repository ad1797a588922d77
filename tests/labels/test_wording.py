"""Drug-label and other countries' wording, read as the label means it (the issue's
own examples; real lines are in corpus_lines.toml)."""

from __future__ import annotations

import pytest

from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label


def read(text: str) -> dict:
    return dict(LabelResult(parse_label(text), line_per_serving=True).record())


# line, figure, elemental mg a serving, units a serving, forms
WORDING = [
    ("Each tablet contains: Magnesium oxide 400 mg", "compound", 241.21, 1, ["oxide"]),
    ("Each 15 mL contains 1200 mg of magnesium hydroxide", "compound", 500.11, 1, ["hydroxide"]),
    ("Magnesium oxide tablets 400 mg", "compound", 241.21, 1, ["oxide"]),
    ("Each tablet of BrandX contains 143 mg magnesium (as oxide)", "elemental", 143, 1, ["oxide"]),
    ("Magnesium oxide (250 Mg)", "compound", 150.76, 1, ["oxide"]),
    ("Magnesium 10 mEq", "elemental", 121.53, 1, []),
    ("Magnesium 5 mmol", "elemental", 121.53, 1, []),
    ("Magnesium (magnesium bisglycinate) 175 mg", "elemental", 175, 1, ["glycinate"]),
    ("Magnesium (elemental) from magnesium malate 120 mg", "elemental", 120, 1, ["malate"]),
    ("Magnesium (100 mg per chew)", "elemental", 100, 1, []),
    ("je 120 mg reines Magnesium", "elemental", 120, 1, []),
    ("1 Beutel in 150 ml Wasser auflösen: je 120 mg reines Magnesium", "elemental", 120, 1, []),
    ("Magnesium 100 mg x 2", "elemental", 200, 2, []),
    ("Magnesium glycinate complex providing 100 mg", "elemental", 100, 1, ["glycinate"]),
    ("Magnesium (as lysinate glycinate) 100 mg", "elemental", 100, 1, ["glycinate-lysinate"]),
    ("Mag-Ox 400 (magnesium oxide 400 mg) tablets", "compound", 241.21, 1, ["oxide"]),
    (
        "Each mL contains: Magnesium sulfate heptahydrate 500 mg; Water for Injection q.s.",
        "compound",
        49.31,
        1,
        ["sulfate-heptahydrate"],
    ),
    (
        "The 4% solution contains 40 mg/mL of magnesium sulfate heptahydrate",
        "compound",
        3.94,
        1,
        ["sulfate-heptahydrate"],
    ),
]


@pytest.mark.parametrize(("line", "figure", "elemental", "units", "forms"), WORDING)
def test_wording_is_read_as_meant(
    line: str, figure: str, elemental: float, units: int, forms: list[str]
) -> None:
    record = read(line)
    assert record["figure_is"] == figure and record["forms"] == forms
    assert record["elemental_mg"] == pytest.approx(elemental, abs=0.01)
    assert record["units_per_serving"] == units


def test_water_in_the_directions_is_not_product() -> None:
    record = read("1 Beutel in 150 ml Wasser auflösen: je 120 mg reines Magnesium")
    assert any("water for the directions" in note for note in record["notes"])


@pytest.mark.parametrize(
    ("line", "fits"),
    [
        ("Magnesium 121.5 mg (10 mEq)", True),
        ("Magnesium 121.5 mg (5 mmol)", True),
        ("Magnesium 121.5 mg (10 mmol)", False),  # mmol written for mEq: twice the magnesium
        ("Magnesium 84 mg (7 mEq)", True),  # 7 mEq printed to the whole: 79-91 mg
    ],
)
def test_meq_and_mmol_are_checked_against_the_mg(line: str, fits: bool) -> None:
    warnings = read(line)["warnings"]
    assert any("contradict" in w for w in warnings) is not fits, warnings


def test_meq_that_do_not_equal_the_mg_fail_strict(mg) -> None:
    assert mg("label", "Magnesium 121.5 mg (10 mmol)", "--strict").code == 3
    assert mg("label", "Magnesium 121.5 mg (10 mEq)", "--strict").code == 0


def test_meq_say_which_figure_is_magnesium() -> None:
    """84 mg of lactate dihydrate would hold 8.6 mg: 7 mEq (85 mg) says 84 mg is magnesium."""
    record = read("Each caplet contains magnesium L-lactate dihydrate 84 mg, or 7 mEq of magnesium")
    assert record["figure_is"] == "elemental" and record["elemental_mg"] == 84
    assert any("is magnesium, not the weight of the salt" in n for n in record["notes"])


def test_a_bracket_naming_a_salt_is_not_magnesium() -> None:
    """'(magnesium oxide 400 mg)' weighs the salt; '(magnesium 122 mg)' is magnesium."""
    assert read("Mag-Ox 400 (magnesium oxide 400 mg) tablets")["figure_is"] == "compound"
    assert read("Magnesium-L-aspartate 1230 mg (magnesium 122 mg)")["elemental_mg"] == 122


def test_other_nutrients_on_the_line_are_not_read() -> None:
    record = read("535 mg (elemental magnesium 64 mg, plus calcium 106 mg)")
    assert record["elemental_mg"] == 64 and record["compound_mg"] == 535
    assert any("another nutrient" in note for note in record["notes"])


def test_errors_quote_the_line_as_printed(mg) -> None:
    ran = mg("label", "Each 15 mL contains: Vitamin C 500 mg")
    assert ran.code == 2 and "'Each 15 mL contains: Vitamin C 500 mg'" in ran.err
