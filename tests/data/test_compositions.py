"""The catalogue's formula figures: computed by molmass from each formula when a
command needs them, so no fraction is typed into the data or stored beside it."""

from __future__ import annotations

import pytest

from mgcalc.core.chemistry.forms import catalogue, resolve
from mgcalc.core.chemistry.formulas import composition, computed
from mgcalc.data.chemistry import form_records, material_records

FORMULAS = sorted(
    {record.formula for record in form_records()}
    | {m.content_as for m in material_records() if m.content_as != "Mg"}
)


@pytest.mark.parametrize("formula", FORMULAS)
def test_every_catalogue_formula_is_read_by_molmass(formula: str) -> None:
    made = composition(formula)
    assert made == computed(formula)
    assert 0 < made.magnesium_fraction < 1 and made.molar_mass > 24


def test_catalogue_fractions_are_the_computed_ones() -> None:
    for form in catalogue():
        assert form.fraction == computed(form.formula).magnesium_fraction
        assert form.molar_mass == computed(form.formula).molar_mass


def test_a_formula_outside_the_catalogue_is_computed() -> None:
    formula = "Mg3(C6H5O7)2.14H2O"
    assert formula not in FORMULAS
    form = resolve(formula)
    assert form.fraction == computed(formula).magnesium_fraction
    assert 0.08 < form.fraction < 0.12
