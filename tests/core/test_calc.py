import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.forms import catalogue, resolve
from mgcalc.core.chemistry.quantity import Quantity, parse_quantity
from mgcalc.core.chemistry.units import MILLIGRAM
from mgcalc.core.errors import InputError
from mgcalc.data.chemistry import constants
from tests.conftest import reference_text


def test_epsom_salt_hospital_cross_check() -> None:
    """1 g MgSO4.7H2O is about 4.06 mmol, 8.1 mEq, 98.6 mg Mg (reference.md)."""
    result = calc.elemental(resolve("epsom-salt"), parse_quantity("1 g"))
    assert round(result.elemental_mg, 1) == 98.6
    assert round(result.mmol, 2) == 4.06
    assert round(result.meq, 1) == 8.1


def test_citrate_500mg_is_about_80mg() -> None:
    result = calc.elemental(resolve("citrate"), parse_quantity("500mg"))
    assert result.elemental_mg == pytest.approx(80.8, abs=0.05)


def test_threonate_efsa_figure() -> None:
    """EFSA: 3,000 mg magnesium L-threonate supplies about 250 mg."""
    result = calc.elemental(resolve("threonate"), parse_quantity("3,000 mg"))
    assert result.elemental_mg == pytest.approx(250, rel=0.02)


def test_conversions_follow_iupac_weight() -> None:
    assert constants().atomic_weight == 24.305
    converted = calc.convert(parse_quantity("24.305 mg"))
    assert converted.mmol == pytest.approx(1)
    assert converted.meq == pytest.approx(2)
    assert calc.convert(parse_quantity("1 mEq")).mg == pytest.approx(12.1525)


def test_conversion_constants_match_reference_md() -> None:
    text = reference_text()
    assert "Mg atomic weight 24.305 g/mol" in text
    assert "1 mEq = 12.1525 mg" in text


def test_count_and_purity_scale() -> None:
    form = resolve("glycinate")
    one = calc.elemental(form, parse_quantity("500mg"))
    many = calc.elemental(form, parse_quantity("500mg"), count=3, purity=0.8)
    assert many.elemental_mg == pytest.approx(one.elemental_mg * 3 * 0.8)
    assert many.compound_mg == 1500


def test_compound_units_round_up_and_say_what_they_supply() -> None:
    result = calc.compound(
        resolve("glycinate"),
        parse_quantity("200mg"),
        unit_size=parse_quantity("500mg"),
        unit_is_compound=True,
    )
    assert result.compound_mg == pytest.approx(1418.8, abs=0.1)
    assert result.units == 3
    assert result.supplied_elemental_mg == pytest.approx(3 * 500 * resolve("glycinate").fraction)


def test_exact_unit_multiple_does_not_round_up() -> None:
    form = resolve("oxide")
    target = parse_quantity(repr(1000 * form.fraction) + "mg")
    result = calc.compound(form, target, unit_size=parse_quantity("500mg"), unit_is_compound=True)
    assert result.units == 2


def test_compound_amount_in_mmol_is_refused() -> None:
    with pytest.raises(InputError, match="counts magnesium atoms"):
        calc.elemental(resolve("oxide"), parse_quantity("5 mmol"))


@pytest.mark.parametrize("text", ["0", "1.5", "-0.1", "abc", "150%", "nan"])
def test_bad_purity(text: str) -> None:
    with pytest.raises(InputError, match="purity"):
        calc.parse_purity(text)


@pytest.mark.parametrize(("text", "value"), [("1", 1.0), ("0.9", 0.9), ("90%", 0.9)])
def test_good_purity(text: str, value: float) -> None:
    assert calc.parse_purity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["0", "-1", "1.5", "x", "100001"])
def test_bad_count(text: str) -> None:
    with pytest.raises(InputError, match="count"):
        calc.parse_count(text)


FORMS = catalogue()


@given(
    st.sampled_from(FORMS),
    st.floats(min_value=0.01, max_value=100_000, allow_nan=False),
    st.floats(min_value=0.01, max_value=1),
)
def test_elemental_of_compound_is_identity(form, elemental_mg: float, purity: float) -> None:
    back = calc.compound(form, Quantity(elemental_mg, MILLIGRAM), purity=purity)
    again = calc.elemental(form, Quantity(back.compound_mg, MILLIGRAM), purity=purity)
    assert math.isclose(again.elemental_mg, elemental_mg, rel_tol=1e-9)


@given(
    st.sampled_from(FORMS),
    st.floats(min_value=1, max_value=2000),
    st.floats(min_value=10, max_value=2000),
)
def test_whole_units_always_cover_the_target(form, elemental_mg: float, unit_mg: float) -> None:
    result = calc.compound(
        form,
        parse_quantity(repr(elemental_mg)),
        unit_size=parse_quantity(repr(unit_mg)),
        unit_is_compound=True,
    )
    assert result.units is not None and result.supplied_elemental_mg is not None
    assert result.supplied_elemental_mg >= elemental_mg * (1 - 1e-9)
    assert (result.units - 1) * unit_mg * form.fraction < elemental_mg
