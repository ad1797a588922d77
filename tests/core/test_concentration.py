"""Volumes and concentrations: mL of a solution to compound, magnesium, mmol and mEq."""

import pytest

from mgcalc.core.chemistry.concentration import is_volume, parse_concentration, parse_volume
from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.chemistry.liquids import elemental_in_volume, volume_for
from mgcalc.core.chemistry.quantity import parse_quantity
from mgcalc.core.errors import InputError, QuantityError


@pytest.mark.parametrize(
    ("text", "mg_per_ml", "basis"),
    [
        ("50%", 500.0, "compound"),
        ("50 % w/v", 500.0, "compound"),
        ("8%", 80.0, "compound"),
        ("500mg/mL", 500.0, "compound"),
        ("400mg/5mL", 80.0, "compound"),
        ("400 mg per 5 mL", 80.0, "compound"),
        ("1 g in 2 mL", 500.0, "compound"),
        ("1200 mg/tbsp", 80.0, "compound"),
        ("400mg/tsp", 80.0, "compound"),
        ("4mEq/mL", 4 * 24.305 / 2, "elemental"),
        ("2 mmol/mL", 2 * 24.305, "elemental"),
        ("0.5 g/L", 0.5, "compound"),
    ],
)
def test_concentrations_people_write(text: str, mg_per_ml: float, basis: str) -> None:
    concentration = parse_concentration(text)
    assert concentration.mg_per_ml == pytest.approx(mg_per_ml)
    assert concentration.basis == basis


@pytest.mark.parametrize("text", ["500", "500mg", "0%", "150%", "mg/mL", "500mg/5 floz", ""])
def test_bad_concentrations_are_input_errors(text: str) -> None:
    with pytest.raises(InputError):
        parse_concentration(text)


@pytest.mark.parametrize(
    ("text", "ml"), [("2mL", 2), ("2 ml", 2), ("0.5 L", 500), ("1 tsp", 5), ("2 tbsp", 30)]
)
def test_volumes(text: str, ml: float) -> None:
    assert is_volume(text)
    assert parse_volume(text).ml == ml


@pytest.mark.parametrize("text", ["2g", "500", "mL", "2 cups", "0 mL", "200 L"])
def test_not_volumes(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_volume(text)


def test_sulfate_50_percent_2ml_is_1g_of_compound() -> None:
    result = elemental_in_volume(
        resolve("sulfate"), parse_volume("2mL"), parse_concentration("50%")
    )
    assert result.compound_mg == pytest.approx(1000)
    assert result.elemental_mg == pytest.approx(98.6, abs=0.05)
    assert result.meq / 2 == pytest.approx(4.06, abs=0.005)  # label: 4.06 mEq/mL (USP-MGSO4-INJ)


def test_meq_concentration_is_elemental_whatever_the_form() -> None:
    for form in ("sulfate", "chloride", "MgSO4", "sulfate-anhydrous"):
        result = elemental_in_volume(
            resolve(form), parse_volume("2mL"), parse_concentration("4mEq/mL")
        )
        assert result.meq == pytest.approx(8)
        assert result.compound_mg == pytest.approx(result.elemental_mg / result.form.fraction)


def test_bare_formula_in_a_vial_is_the_hydrate_the_vial_holds() -> None:
    """USP 50%: 4 mL is 16.2 mEq (the heptahydrate), not the 33.2 of MgSO4 as written."""
    result = elemental_in_volume(resolve("MgSO4"), parse_volume("4mL"), parse_concentration("50%"))
    assert result.form.id == "sulfate-heptahydrate"
    assert result.meq == pytest.approx(16.23, abs=0.01)
    assert result.other is not None and result.other.meq == pytest.approx(33.23, abs=0.01)
    volume = volume_for(resolve("MgSO4"), parse_quantity("16mEq"), parse_concentration("50%"))
    assert volume.volume is not None and volume.volume.ml == pytest.approx(3.94, abs=0.005)
    assert volume.other is not None and volume.other.volume is not None
    assert volume.other.volume.ml == pytest.approx(1.93, abs=0.005)


def test_milk_of_magnesia_teaspoon() -> None:
    result = elemental_in_volume(
        resolve("milk of magnesia"), parse_volume("1 tsp"), parse_concentration("400mg/5mL")
    )
    assert result.compound_mg == pytest.approx(400)
    assert result.elemental_mg == pytest.approx(400 * resolve("Mg(OH)2").fraction)
    assert "USP1221" in result.record()["sources"]


def test_doses_multiply_the_volume() -> None:
    one = elemental_in_volume(resolve("sulfate"), parse_volume("2mL"), parse_concentration("50%"))
    three = elemental_in_volume(
        resolve("sulfate"), parse_volume("2mL"), parse_concentration("50%"), count=3
    )
    assert three.elemental_mg == pytest.approx(3 * one.elemental_mg)
    assert three.record()["volume_ml"] == 6


@pytest.mark.parametrize("conc", ["50%", "4mEq/mL", "400mg/5mL"])
@pytest.mark.parametrize("target", ["100mg", "8 mEq", "2 mmol"])
def test_volume_for_round_trips(conc: str, target: str) -> None:
    form, concentration = resolve("sulfate"), parse_concentration(conc)
    result = volume_for(form, parse_quantity(target), concentration)
    back = elemental_in_volume(form, parse_volume(f"{result.volume.ml!r} mL"), concentration)
    assert back.elemental_mg == pytest.approx(parse_quantity(target).mg)


def test_purity_does_not_apply_to_an_elemental_concentration() -> None:
    with pytest.raises(InputError, match="already counts magnesium"):
        elemental_in_volume(
            resolve("sulfate"), parse_volume("2mL"), parse_concentration("4mEq/mL"), purity=0.9
        )


def test_a_volume_where_a_mass_is_expected_says_what_is_missing() -> None:
    with pytest.raises(QuantityError, match=r"volume.*--concentration"):
        parse_quantity("2 mL")


@pytest.mark.parametrize(
    ("form", "text"),
    [("sulfate", "5000mg/mL"), ("sulfate", "2 g in 1 mL"), ("sulfate", "20mEq/mL")],
)
def test_per_volume_concentrations_obey_the_100_percent_bound(form: str, text: str) -> None:
    with pytest.raises(InputError, match="w/v"):
        elemental_in_volume(resolve(form), parse_volume("2mL"), parse_concentration(text))
    with pytest.raises(InputError, match="w/v"):
        volume_for(resolve(form), parse_quantity("100mg"), parse_concentration(text))
