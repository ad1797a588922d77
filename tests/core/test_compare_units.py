"""compare never rounds whole units up past the UL silently, and says when they
overshoot the target."""

import pytest

from mgcalc.core.labels.compare import compare, row_from_option


def records(product: str, target: float, ul: int | None = 350):
    return compare([(1, product, row_from_option(product))], target, ul).records()


@pytest.mark.parametrize(
    ("product", "target", "units", "phrase", "over"),
    [
        ("C,citrate,200mg,elemental,60,12", 300, 1, "rounded down to 1", False),
        ("A,glycinate,500mg,compound,120,20", 300, 4, "rounded down to 4", False),
        ("B,oxide,400mg,elemental,100,10", 300, 1, "already over the UL", True),
        ("D,citrate,100mg,elemental,60,12", 250, 3, "50 mg over the target", False),
        ("E,citrate,100mg,elemental,60,12", 300, 3, None, False),
    ],
)
def test_units_per_dose(product, target, units, phrase, over) -> None:
    (rec,) = records(product, target)
    assert rec["units_per_day"] == units and rec["over_ul"] is over
    assert rec["overshoot_mg"] == pytest.approx(rec["elemental_per_day_mg"] - target, abs=0.01)
    if phrase is None:
        assert rec["dose_note"] is None
    else:
        assert phrase in rec["dose_note"]
    if not over:
        assert rec["elemental_per_day_mg"] <= 350
