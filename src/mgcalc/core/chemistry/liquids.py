"""Magnesium in a volume of a liquid, and the volume that supplies a dose.

The arithmetic of :mod:`mgcalc.core.chemistry.calc` applied to the concentrations of
:mod:`mgcalc.core.chemistry.concentration`: a pharmacist's 2 mL of magnesium sulfate
50%, or the mL of milk of magnesia that hold 200 mg of magnesium.
"""

from __future__ import annotations

from mgcalc.core.chemistry.calc import compound, meq_of, mmol_of
from mgcalc.core.chemistry.concentration import MAX_MG_PER_ML, Concentration, Volume
from mgcalc.core.chemistry.forms import Form, display_name
from mgcalc.core.chemistry.quantity import Quantity
from mgcalc.core.chemistry.readings import in_medicine, other_form
from mgcalc.core.chemistry.results import CompoundResult, ElementalResult
from mgcalc.core.errors import InputError


def _check_purity(concentration: Concentration, purity: float) -> None:
    if concentration.basis == "elemental" and purity != 1:
        raise InputError(
            f"--purity does not apply to '{concentration.given}': it already counts magnesium"
        )


def _check_strength(form: Form, concentration: Concentration, purity: float) -> None:
    """The per-volume forms obey the bound ``50%`` does: more than 100% w/v (1000 mg of
    compound per mL) is a typo (``5000mg/mL``, ``20mEq/mL`` of sulfate), not a liquid."""
    mg_per_ml = concentration.compound_mg_per_ml(form, purity)
    if not 0 < mg_per_ml <= MAX_MG_PER_ML:
        raise InputError(
            f"concentration '{concentration.given}' is {mg_per_ml / 10:,.4g}% w/v of "
            f"{display_name(form.id)}; a liquid holds more than 0% and at most 100% w/v "
            f"({MAX_MG_PER_ML:,.0f} mg/mL)"
        )


def elemental_in_volume(
    form: Form, volume: Volume, concentration: Concentration, *, count: int = 1, purity: float = 1.0
) -> ElementalResult:
    """Magnesium in ``count`` doses of ``volume`` of a liquid at ``concentration`` (a
    medicine's strength: a bare formula reads as the hydrate the medicine holds)."""
    form = in_medicine(form)
    _check_purity(concentration, purity)
    _check_strength(form, concentration, purity)
    total_ml = volume.ml * count
    elemental_mg = total_ml * concentration.elemental_mg_per_ml(form, purity)
    compound_mg = total_ml * concentration.compound_mg_per_ml(form, purity)
    other = other_form(form)
    return ElementalResult(
        form=form,
        compound_mg=compound_mg,
        elemental_mg=elemental_mg,
        mmol=mmol_of(elemental_mg),
        meq=meq_of(elemental_mg),
        count=count,
        purity=purity,
        volume=volume,
        concentration=concentration,
        other=None
        if other is None
        else elemental_in_volume(other, volume, concentration, count=count, purity=purity),
    )


def volume_for(
    form: Form,
    target: Quantity,
    concentration: Concentration,
    *,
    purity: float = 1.0,
    salt: bool = False,
) -> CompoundResult:
    """The volume of a liquid at ``concentration`` that supplies ``target`` elemental Mg
    (with ``salt``: that holds ``target`` of the salt itself). A medicine's strength: a
    bare formula reads as the hydrate the medicine holds."""
    form = in_medicine(form)
    _check_purity(concentration, purity)
    _check_strength(form, concentration, purity)
    result = compound(form, target, purity=purity, salt=salt)
    ml = result.elemental_mg / concentration.elemental_mg_per_ml(form, purity)
    other = other_form(form)
    return CompoundResult(
        form=form,
        elemental_mg=result.elemental_mg,
        compound_mg=result.compound_mg,
        mmol=result.mmol,
        meq=result.meq,
        purity=purity,
        unit_size_mg=None,
        units=None,
        supplied_elemental_mg=None,
        volume=Volume(ml, f"{ml:g} mL", "mL", "SI"),
        concentration=concentration,
        other=None
        if other is None
        else volume_for(other, target, concentration, purity=purity, salt=salt),
        salt=salt,
    )


def concentration_steps(result: ElementalResult | CompoundResult) -> list[str]:
    """``--explain`` lines for a volume: the unit, the concentration, the arithmetic."""
    volume, concentration = result.volume, result.concentration
    if volume is None or concentration is None:
        return []
    form = result.form
    steps = []
    if volume.unit in ("tsp", "tbsp"):
        steps.append(f"volume: {volume.given} = {volume.ml:g} mL (USP1221: 1 tsp = 5 mL)")
    steps.append(f"concentration: {concentration.describe()}")
    per_ml = concentration.compound_mg_per_ml(form, result.purity)
    if isinstance(result, ElementalResult):
        ml = volume.ml * result.count
        steps.append(
            f"compound = {ml:g} mL x {per_ml:.4g} mg/mL = {result.compound_mg:.2f} mg {form.id}"
        )
    else:
        steps.append(
            f"volume = {result.compound_mg:.2f} mg / {per_ml:.4g} mg/mL = {volume.ml:.3f} mL"
        )
    return steps
