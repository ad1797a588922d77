"""compound's amount is elemental magnesium; a salt's dose typed there is warned of,
and --salt takes the salt's own weight."""

import pytest

from mgcalc.core.chemistry.salt_dose import largest_dose


def test_a_salt_dose_in_grams_is_warned_of_with_the_command_to_retype(mg) -> None:
    data = mg("compound", "sulfate", "4g", "--concentration", "50%", "--json").json()
    assert data["amount_is"] == "elemental" and data["elemental_mg"] == 4000
    first, second = data["warnings"][:2]
    assert "read as 4,000 mg of elemental magnesium" in first and "IOM97" in first
    assert "mgcalc compound sulfate 4g --concentration 50% --salt" in first
    assert "more than the largest dose in mgcalc's sources" in second
    ran = mg("compound", "sulfate", "4g", "--concentration", "50%", "-q")
    assert ran.out == "81.13\n" and ran.err.count("mgcalc: caution:") == 2


def test_salt_weight_gives_the_volume_that_holds_it(mg) -> None:
    """4 g of magnesium sulfate (the heptahydrate of a 50% vial) is 8 mL, 16.2 mmol."""
    data = mg("compound", "sulfate", "4g", "--salt", "--concentration", "50%", "--json").json()
    assert data["amount_is"] == "compound" and data["warnings"] == []
    assert data["compound_mg"] == 4000 and data["volume_ml"] == 8
    assert data["elemental_mmol"] == pytest.approx(16.229, abs=0.001)
    assert mg("compound", "MgSO4", "4g", "--as-salt", "-q").out == "4000\n"
    table = " ".join(mg("compound", "glycinate", "200mg").out.split())
    assert "that supplies 200 mg of elemental magnesium" in table


@pytest.mark.parametrize("amount", ["300mg", "0.3g", "12 mmol", "20mEq"])
def test_ordinary_doses_carry_no_salt_warning(mg, amount) -> None:
    assert mg("compound", "citrate", amount, "--json").json()["warnings"] == []


def test_the_largest_dose_is_a_sourced_figure() -> None:
    largest = largest_dose()
    assert largest.sources and 1000 < largest.elemental_mg < 5000


def test_salt_with_a_magnesium_unit_is_refused(mg) -> None:
    ran = mg("compound", "sulfate", "16mEq", "--salt")
    assert ran.code == 2 and "counts magnesium atoms" in ran.err
