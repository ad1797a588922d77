"""Serum magnesium conversions and placement against the adult reference interval."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.errors import InputError
from mgcalc.core.serum import UNITS, in_units, mmol_per_l, parse_serum, serum
from mgcalc.data.reference import serum_reference


@pytest.mark.parametrize(
    ("text", "mg_dl", "mmol_l", "meq_l"),
    [
        ("2.0mg/dL", 2.0, 0.823, 1.646),
        ("0.85 mmol/L", 2.07, 0.85, 1.7),  # the 0.85 mmol/L = 2.07 mg/dL = 1.7 mEq/L cut-off
        ("1.7 mEq/L", 2.07, 0.85, 1.7),
        ("20.66 mg/L", 2.07, 0.85, 1.7),
        ("1.8 mg/dl", 1.8, 0.741, 1.481),
        ("2.4 MG/DL", 2.4, 0.987, 1.975),
        ("0.7mmol/l", 1.7, 0.7, 1.4),
    ],
)
def test_conversions(text: str, mg_dl: float, mmol_l: float, meq_l: float) -> None:
    record = serum(text).record()
    assert record["mg_dl"] == pytest.approx(mg_dl, abs=0.005)
    assert record["mmol_l"] == pytest.approx(mmol_l, abs=0.0005)
    assert record["meq_l"] == pytest.approx(meq_l, abs=0.0005)


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_round_trips(unit: str) -> None:
    for mmol in (0.3, 0.7, 1.1, 2.5):
        assert mmol_per_l(in_units(mmol)[unit], unit) == pytest.approx(mmol)


def test_positions_at_the_interval_edges() -> None:
    ref = serum_reference()
    assert (ref.low_mmol_l, ref.high_mmol_l, ref.source) == (0.70, 1.10, "RCPA-MG")
    assert serum("0.69 mmol/L").position == "below"
    assert serum("0.70 mmol/L").position == "within"
    assert serum("1.10 mmol/L").position == "within"
    assert serum("1.11 mmol/L").position == "above"


def test_a_likely_unit_mix_up_is_flagged() -> None:
    warnings = serum("2.0 mmol/L").warnings()
    assert any("within the interval in mg/dL" in w for w in warnings)
    assert any("kidney" in w for w in warnings)  # above: the kidney caution
    assert serum("0.85 mmol/L").warnings() == []


def test_reference_in_every_unit_and_no_advice() -> None:
    record = serum("0.5 mmol/L").record()
    ref = record["reference"]
    assert (ref["low_mg_dl"], ref["high_mg_dl"]) == (1.701, 2.674)  # 0.70, 1.10 x 24.305 / 10
    assert (ref["low_meq_l"], ref["high_meq_l"]) == (1.4, 2.2)
    assert ref["sources"] == ["RCPA-MG"]
    text = " ".join([*record["warnings"], record["note"]]).lower()
    assert "does not interpret" in text
    assert not any(word in text for word in ("take ", " dose", "mg of", "supplement with"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2.0", "needs a unit"),
        ("2 mg/mL", "unknown unit"),
        ("2 g/dL", "unknown unit"),
        ("abc", "cannot read"),
        ("0 mmol/L", "must be more than 0 and at most 10 mmol/L"),
        ("12 mmol/L", "at most 10 mmol/L"),
        (
            "-1 mg/dL",
            "must be more than 0",
        ),  # read as the amount parser reads it, then out of range
        ("0,6 mmol/L", r"decimal comma; write it with a point \(0\.6 mmol/L\)"),
        ("1,8mg/dL", "decimal comma"),
    ],
)
def test_bad_values_are_input_errors_listing_units(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_serum(text)
    if "unit" in message:
        assert "mg/dL, mg/L, mmol/L, mEq/L" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "position", "mg_dl", "low_mg_dl"),
    [
        ("1.7mg/dL", "below", 1.7, 1.701),  # 0.6995 mmol/L: below 0.70, and shown so
        ("0.70mmol/L", "within", 1.701, 1.701),  # 1.70135 mg/dL, not a bare 1.7
        ("0.6999mmol/L", "below", 1.7011, 1.7014),
        ("1.7014mg/dL", "within", 1.7014, 1.7014),
        ("1.70135mg/dL", "within", 1.70135, 1.70135),  # the limit typed back is within
    ],
)
def test_the_interval_shown_agrees_with_the_placing(
    text: str, position: str, mg_dl: float, low_mg_dl: float
) -> None:
    record = serum(text).record()
    assert record["position"] == position
    assert (record["mg_dl"], record["reference"]["low_mg_dl"]) == (mg_dl, low_mg_dl)


def _agrees(position: str, value: float, low: float, high: float) -> bool:
    return {"below": value < low, "above": value > high}.get(position, low <= value <= high)


@given(
    st.sampled_from(UNITS),
    st.floats(min_value=0.6, max_value=1.2).map(lambda mmol: round(mmol, 5)),
)
def test_every_column_shows_figures_that_agree_with_the_placing(unit: str, mmol: float) -> None:
    """Whatever the unit typed, no column's rounding puts the value on the other side of
    a limit it shows (the mmol/L limits are the source's own)."""
    value = round(in_units(mmol)[unit], 5)
    record = serum(f"{value} {unit}").record()
    ref = record["reference"]
    columns = [
        (record["mg_dl"], ref["low_mg_dl"], ref["high_mg_dl"]),
        (record["mmol_l"], ref["low_mmol_l"], ref["high_mmol_l"]),
        (record["meq_l"], ref["low_meq_l"], ref["high_meq_l"]),
    ]
    assert all(_agrees(record["position"], *column) for column in columns)
