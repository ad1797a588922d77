import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.chemistry.quantity import parse_mg, parse_quantity, split_name_amount
from mgcalc.core.errors import QuantityError


@pytest.mark.parametrize(
    ("text", "mg"),
    [
        ("500mg", 500),
        ("500 mg", 500),
        ("0.5g", 500),
        ("0.5 G", 500),
        ("1,000 mg", 1000),
        ("1,000.5mg", 1000.5),
        ("500", 500),
        (".5g", 500),
        ("250mcg", 0.25),
        ("250ug", 0.25),
        ("250µg", 0.25),  # micro sign U+00B5
        ("250μg", 0.25),  # Greek mu U+03BC
        ("500 mg.", 500),
        ("500 milligrams", 500),
        ("2 grams", 2000),
        ("  42  ", 42),
        ("1e3 mg", 1000),
        ("10 mmol", 243.05),
        ("20 mEq", 243.05),
        ("20 meq", 243.05),
    ],
)
def test_parses(text: str, mg: float) -> None:
    assert parse_quantity(text).mg == pytest.approx(mg)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty amount"),
        ("   ", "empty amount"),
        ("-5mg", "amount must be more than 0, got '-5mg'"),
        ("0", "amount must be more than 0, got '0'"),
        ("0.0 g", "must be more than 0"),
        ("nan", "'nan' is not a number; give digits and a unit"),
        ("inf mg", "'inf' is not a number"),
        ("½ g", "'½' is a fraction sign; write it as a decimal: 0.5 g"),
        ("1½g", "write it as a decimal: 1.5g"),
        ("1/2 g", "'1/2' is a fraction; write it as a decimal: 0.5 g"),
        ("1e999", "not a finite amount"),
        ("2kg", "1 mcg to 1 kg"),
        ("1e-310 mg", "1 mcg to 1 kg"),
        ("9" * 400, "the limit is 80"),
        ("9" * 60 + " mg", "not a plain decimal number"),
        ("1_0 mg", "unknown unit '_0 mg'"),
        ("1000001 mg", "1 mcg to 1 kg"),
        ("500xyz", "unknown unit 'xyz'"),
        ("5..0mg", "unexpected '.' at position 3"),
        ("mg", "has a unit but no number"),
        ("1,00 mg", "use '.' for decimals"),
        ("0,5 g", "use '.' for decimals"),
        ("500 mgg", "did you mean 'mg'"),
        ("five mg", "expected a number"),
    ],
)
def test_refuses_with_reason(text: str, message: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_mass_only_refuses_mmol() -> None:
    with pytest.raises(QuantityError, match="counts magnesium atoms"):
        parse_mg("5 mmol")


def test_one_kilogram_is_the_limit() -> None:
    assert parse_quantity("1kg").mg == 1_000_000


@given(
    st.floats(min_value=0.001, max_value=999_999, allow_nan=False),
    st.sampled_from(["mg", " mg", "MG", " milligrams"]),
)
def test_round_trip_mg(value: float, unit: str) -> None:
    text = f"{value!r}{unit}"
    assert math.isclose(parse_quantity(text).mg, value, rel_tol=1e-12)


@given(st.floats(min_value=0.000001, max_value=999, allow_nan=False))
def test_round_trip_grams(value: float) -> None:
    assert math.isclose(parse_quantity(f"{value!r} g").mg, value * 1000, rel_tol=1e-12)


@given(st.text(max_size=40))
def test_never_raises_anything_but_quantity_error(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except QuantityError as exc:
        assert str(exc)
    else:
        assert 0 < quantity.mg <= 1_000_000


@pytest.mark.parametrize(
    ("text", "name", "amount"),
    [
        ("citrate 500mg", "citrate", "500mg"),
        ("magnesium citrate 500 mg", "magnesium citrate", "500 mg"),
        ("citrate,500mg", "citrate", "500mg"),
        ("citrate;1,000 mg", "citrate", "1,000 mg"),
        ("citrate, 1,000 mg", "citrate", "1,000 mg"),
        ("citrate\t0.5g", "citrate", "0.5g"),
        ("MgSO4.7H2O 1g", "MgSO4.7H2O", "1g"),
        ("Mg(OH)2 2.5e2 mg", "Mg(OH)2", "2.5e2 mg"),
    ],
)
def test_split_name_amount(text: str, name: str, amount: str) -> None:
    assert split_name_amount(text) == (name, amount)


@pytest.mark.parametrize("text", ["500mg", "citrate", "", " 500 mg"])
def test_split_name_amount_needs_both(text: str) -> None:
    with pytest.raises(QuantityError, match="expected 'FORM AMOUNT'"):
        split_name_amount(text)
