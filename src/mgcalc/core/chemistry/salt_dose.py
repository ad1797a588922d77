"""An amount of magnesium that looks like a salt's dose.

``compound``'s amount is elemental magnesium, but clinical doses are written as the
salt's weight in grams ("magnesium sulfate 4 g"): typed into ``compound`` that asks for
ten times the magnesium. Two signs, each with its source: grams above the adult upper
level for supplements (nobody writes a magnesium dose of 1 g; a salt's dose is written
so), and an amount above the largest dose any label or injection source mgcalc holds
allows (a Mag-Ox 400 label, a magnesium citrate bottle, the eclampsia loading dose).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from mgcalc.core.chemistry.calc import meq_of
from mgcalc.core.chemistry.forms import Form, by_id, display_name
from mgcalc.core.chemistry.quantity import Quantity
from mgcalc.core.chemistry.record_parts import units_text
from mgcalc.data.products import iv_doses, products

_GRAMS = ("g", "kg", "t")


class LargestDose(NamedTuple):
    elemental_mg: float
    what: str
    sources: tuple[str, ...]


@cache
def largest_dose() -> LargestDose:
    """The most magnesium any product label (in 24 hours) or injectable dose in mgcalc's
    sources gives at once."""
    found = [
        LargestDose(
            item.max_units_per_day * item.elemental_mg,
            f"{item.id}, {units_text(item.max_units_per_day, item.unit)} in 24 hours",
            item.sources,
        )
        for item in products()
        if item.max_units_per_day is not None
    ]
    found += [
        LargestDose(dose.compound_mg * by_id(dose.form).fraction, dose.name, dose.sources)
        for dose in iv_doses()
    ]
    return max(found)


def dose_warnings(form: Form, target: Quantity, elemental_mg: float, retype: str) -> list[str]:
    """Why ``target`` (read as ``elemental_mg`` of magnesium) may be a salt's weight, with
    the command that takes it as one (``retype``); empty when nothing suggests so."""
    from mgcalc.core.reference.lifestage import adult_ul  # the UL: only for an amount in g

    warnings = []
    amount = f"{elemental_mg:,.0f}"
    upper = adult_ul("us") or 0
    if target.unit.symbol in _GRAMS and elemental_mg > upper:
        as_salt = target.mg * form.fraction
        warnings.append(
            f"{target} was read as {amount} mg of elemental magnesium (the magnesium itself), "
            f"more than the adult upper level for supplements ({upper} mg, IOM97). A salt's "
            f"dose is written in grams: {target} of {display_name(form.id)} holds "
            f"{as_salt:,.1f} mg of magnesium ({meq_of(as_salt):.1f} mEq). If {target} is the "
            f"salt's weight: mgcalc compound {retype} --salt"
        )
    largest = largest_dose()
    if elemental_mg > largest.elemental_mg:
        warnings.append(
            f"{amount} mg of elemental magnesium is more than the largest dose in mgcalc's "
            f"sources ({largest.elemental_mg:,.0f} mg: {largest.what}; "
            f"{', '.join(largest.sources)}): check that it is magnesium, not a salt's weight"
        )
    return warnings
