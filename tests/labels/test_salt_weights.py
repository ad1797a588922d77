"""A salt named with its weight, in either order, one or two salts: read, checked
against the line's magnesium, and shown in every view (the table view once crashed)."""

from __future__ import annotations

import pytest

from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label

# line, forms, compound mg, what the salts hold (mg, low-high)
SALT_LINES = [
    (
        "Magnesium 84 mg (as magnesium L-lactate dihydrate 835 mg)",
        ["lactate-dihydrate"],
        835,
        (85.1, 85.1),
    ),
    ("Magnesium 64 mg (as magnesium chloride 535 mg)", ["chloride-hexahydrate"], 535, (64, 64)),
    ("Magnesium 64 mg (as magnesium chloride, 535 mg)", ["chloride-hexahydrate"], 535, (64, 64)),
    (
        "Magnesium 100 mg (as magnesium oxide and magnesium citrate 300 mg)",
        ["oxide", "citrate"],
        300,
        (48.5, 180.9),
    ),
    (  # each salt with its own weight: 300 x 60.3% + 200 x 16.2%
        "Magnesium 200 mg (as magnesium oxide 300 mg, magnesium citrate 200 mg)",
        ["oxide", "citrate"],
        500,
        (213.2, 213.2),
    ),
    ("Magnesium 100 mg (from 500 mg magnesium oxide)", ["oxide"], 500, (301.5, 301.5)),
]


@pytest.mark.parametrize(("line", "forms", "compound", "holds"), SALT_LINES)
def test_salt_and_weight_are_read(
    line: str, forms: list[str], compound: float, holds: tuple[float, float]
) -> None:
    record = LabelResult(parse_label(line)).record()
    assert record["forms"] == forms and record["compound_mg"] == compound
    supplies = [record["compound_supplies_low_mg"], record["compound_supplies_high_mg"]]
    assert supplies == [pytest.approx(v, abs=0.1) for v in holds]


@pytest.mark.parametrize("line", [case[0] for case in SALT_LINES])
def test_table_view_shows_the_salt(mg, line: str) -> None:
    ran = mg("label", line)
    assert ran.code == 0, ran.err
    assert "Compound stated" in ran.out and "which holds" in ran.out


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Magnesium 610 mg (from 1000 mg magnesium oxide)", True),  # 603 mg at most
        ("Magnesium 605 mg (from 1000 mg magnesium oxide)", False),  # 602.5 mg may round to 605
        ("Magnesium 85 mg (as magnesium L-lactate dihydrate 835 mg)", False),
        ("Magnesium 90 mg (as magnesium L-lactate dihydrate 835 mg)", True),
        ("Magnesium 300 mg (as magnesium oxide 300 mg, magnesium citrate 200 mg)", True),
    ],
)
def test_impossible_claims_have_no_slack_beyond_rounding(line: str, flagged: bool) -> None:
    warnings = parse_label(line).warnings
    assert any("holds at most" in w for w in warnings) is flagged, warnings


def test_the_figures_settle_the_hydrate() -> None:
    """250 mg of the hexahydrate holds 30 mg: 64 mg is the anhydrous salt's."""
    parsed = parse_label("Magnesium 64 mg (as magnesium chloride 250 mg)")
    assert [f.id for f in parsed.forms] == ["chloride-anhydrous"]
    assert any("cannot hold the 64 mg" in note for note in parsed.notes)
    assert not parsed.warnings
