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
    ("text", "position", "unit"),
    [
        ("1.7mg/dL", "within", "mg/dL"),  # a lab's normal 1.7 mg/dL, not "below 1.701"
        ("17 mg/L", "within", "mg/dL"),
        ("1.69mg/dL", "below", "mg/dL"),
        ("2.2mg/dL", "within", "mg/dL"),
        ("2.21mg/dL", "above", "mg/dL"),
        ("0.70mmol/L", "within", "mmol/L"),
        ("1.4 mEq/L", "within", "mmol/L"),
        ("0.6999mmol/L", "below", "mmol/L"),
        ("1.11mmol/L", "above", "mmol/L"),
    ],
)
def test_a_value_is_placed_against_an_interval_published_in_its_unit(
    text: str, position: str, unit: str
) -> None:
    record = serum(text).record()
    assert record["position"] == position
    assert record["interval"]["unit"] == unit and record["interval"]["converted"] is False


@given(
    st.sampled_from(UNITS),
    st.floats(min_value=0.3, max_value=2.5).map(lambda mmol: round(mmol, 5)),
)
def test_the_placing_agrees_with_the_interval_in_its_own_unit(unit: str, mmol: float) -> None:
    """Whatever the unit typed, the value read in the interval's unit (exact within a
    family) lands on the side of the interval's published limits that it says."""
    from mgcalc.core.serum_intervals import in_unit

    value = round(in_units(mmol)[unit], 5)
    record = serum(f"{value} {unit}").record()
    interval = record["interval"]
    shown = round(in_unit(value, unit, interval["unit"]), 9)
    assert _agrees(record["position"], shown, interval["low"], interval["high"])


def _agrees(position: str, value: float, low: float, high: float) -> bool:
    return {"below": value < low, "above": value > high}.get(position, low <= value <= high)
