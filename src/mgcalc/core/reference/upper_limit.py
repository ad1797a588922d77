"""One rule for every comparison with the supplemental UL, so that no two commands can
disagree about the same dose (check, plan, compare, label, cabinet, diary, batch).

The rule: a figure is held against the UL at the *top* of any range it has (a raw
material's stated content, USP carbonate 24.1-26.2% Mg or Magtein 7-8%; a label's
``100-200 mg``), since the top never understates intake. A figure shown may be the
middle of the range, but the comparison is the top's. "Over" means over at the 0.01 mg
a reader sees: 350.004 mg shows as 350 mg and is within a UL of 350 mg.

A dose mgcalc *proposes* (plan, compare's units per day) is held to the stricter
:func:`fits`: its unrounded top is at most the UL, so however another command
rounds or multiplies the same dose it can never come out over.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mgcalc.core.figures import mg2

if TYPE_CHECKING:  # annotations only: the diary's checks need not load the catalogue
    from mgcalc.core.chemistry.forms import Form

OVER, WITHIN, NOT_SET = "over", "within", "not_set"


def is_over(top_mg: float, ul_mg: float | None) -> bool:
    """``top_mg`` (the top of the figure's range) is over the UL as shown (0.01 mg)."""
    return ul_mg is not None and mg2(top_mg) > ul_mg


def status(top_mg: float, ul_mg: float | None) -> str:
    """``over``, ``within``, or ``not_set`` where no UL is set (never 'within' then)."""
    if ul_mg is None:
        return NOT_SET
    return OVER if is_over(top_mg, ul_mg) else WITHIN


def fits(top_mg: float, ul_mg: float) -> bool:
    """A proposed dose whose unrounded top is at most the UL (see the module docstring)."""
    return top_mg <= ul_mg


def whole_units_within(top_per_unit_mg: float, ul_mg: float) -> int:
    """The most whole units whose top :func:`fits` within the UL (0 if one does not)."""
    units = max(0, math.floor(ul_mg / top_per_unit_mg))
    while units > 0 and not fits(units * top_per_unit_mg, ul_mg):
        units -= 1
    while fits((units + 1) * top_per_unit_mg, ul_mg):
        units += 1
    return units


def compound_top(form: Form, compound_mg: float) -> float:
    """Elemental magnesium in ``compound_mg`` of ``form`` at the top of its stated
    content (the formula's fraction where no range is stated)."""
    return compound_mg * (form.fraction_high or form.fraction)


def compound_low(form: Form, compound_mg: float) -> float:
    return compound_mg * (form.fraction_low or form.fraction)


def top_note(low_mg: float, nominal_mg: float, high_mg: float, what: str) -> str:
    """Says which figure is shown and which is held against the UL."""
    return (
        f"{what} {mg2(nominal_mg):g} mg is at the nominal stated content; it may hold "
        f"{mg2(low_mg):g}-{mg2(high_mg):g} mg, and the top, {mg2(high_mg):g} mg, is what "
        "is held against the UL (as check counts it)."
    )
