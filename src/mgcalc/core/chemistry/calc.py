"""Elemental magnesium from a compound weight, and back, and between mg/mmol/mEq.

Figures are kept at full precision here; rounding is a presentation concern
(:mod:`mgcalc.core.chemistry.results`), so ``elemental(compound(x)) == x`` holds exactly
up to floating point.
"""

from __future__ import annotations

import math

from mgcalc.core.chemistry.counts import MAX_UNITS
from mgcalc.core.chemistry.counts import parse_count as read_count
from mgcalc.core.chemistry.forms import Form
from mgcalc.core.chemistry.quantity import Quantity, parse_number
from mgcalc.core.chemistry.readings import other_form
from mgcalc.core.chemistry.results import CompoundResult, ConvertResult, ElementalResult
from mgcalc.core.errors import InputError, QuantityError
from mgcalc.data.chemistry import constants

MIN_PURITY = 0.001  # 0.1%: below it the "raw material" is not this salt at all


def parse_purity(text: str | float) -> float:
    """``0.98``, ``98%``: the share of the raw material that is the named salt."""
    raw = str(text).strip()
    percent = raw.endswith("%")
    try:
        value = parse_number(raw[:-1] if percent else raw, "purity")
    except QuantityError:
        raise InputError(
            f"purity must be a number in (0, 1] or a percentage, got '{raw}'"
        ) from None
    if percent:
        value /= 100
    if not MIN_PURITY <= value <= 1:
        raise InputError(f"purity must be from 0.001 to 1 (0.1% to 100%), got '{raw}'")
    return value


def parse_count(text: str | int) -> int:
    """Units of AMOUNT (``--count``, a batch's ``count`` column): whole, as every
    count is read (:func:`mgcalc.core.chemistry.counts.parse_count`), up to a bulk order."""
    return int(read_count(str(text), "count", whole=True, most=MAX_UNITS))


def mmol_of(elemental_mg: float) -> float:
    return elemental_mg / constants().mg_per_mmol


def meq_of(elemental_mg: float) -> float:
    return mmol_of(elemental_mg) * constants().valence


def _mass_only(amount: Quantity, what: str) -> float:
    if amount.is_elemental_only:
        raise InputError(
            f"{what} '{amount}' is in {amount.unit.symbol}, which counts magnesium atoms",
            suggestion="give the compound as a mass (mg, g, mcg)",
        )
    return amount.mg


def elemental(
    form: Form, amount: Quantity, *, count: int = 1, purity: float = 1.0
) -> ElementalResult:
    """Elemental Mg in ``count`` units of ``amount`` of compound ``form``."""
    compound_mg = _mass_only(amount, "compound amount") * count
    elemental_mg = compound_mg * form.fraction * purity
    mmol = mmol_of(elemental_mg)
    other = other_form(form)
    return ElementalResult(
        form=form,
        compound_mg=compound_mg,
        elemental_mg=elemental_mg,
        mmol=mmol,
        meq=mmol * constants().valence,  # meq_of(elemental_mg), batch mode's hot path
        count=count,
        purity=purity,
        other=None if other is None else elemental(other, amount, count=count, purity=purity),
    )


def compound(
    form: Form,
    target: Quantity,
    *,
    unit_size: Quantity | None = None,
    unit_is_compound: bool = False,
    purity: float = 1.0,
    salt: bool = False,
) -> CompoundResult:
    """Compound weight of ``form`` that supplies ``target`` elemental Mg; with ``salt``,
    ``target`` is the salt's own weight (``4g`` of magnesium sulfate) instead.

    With ``unit_size`` (what one capsule or tablet holds: elemental Mg, as on a
    Supplement Facts panel, or the compound's weight with ``unit_is_compound``;
    see :func:`mgcalc.core.chemistry.quantity.parse_unit_size`) the unit count is rounded
    *up*, and the elemental Mg those whole units supply is reported too.
    """
    given_mg = _mass_only(target, "salt weight") if salt else target.mg
    elemental_mg = given_mg * form.fraction * purity if salt else given_mg
    compound_mg = elemental_mg / (form.fraction * purity)
    units = supplied = unit_elemental = None
    size_mg = None
    if unit_size is not None:
        if unit_is_compound:
            size_mg = _mass_only(unit_size, "unit size")
            unit_elemental = size_mg * form.fraction * purity
        else:
            unit_elemental = unit_size.mg
            size_mg = unit_elemental / (form.fraction * purity)
        exact = compound_mg / size_mg
        units = math.ceil(round(exact, 9))
        if units > MAX_UNITS:  # refused with the range, never rounded to what fits
            raise QuantityError(
                f"{exact:,.2f} units of {unit_elemental:.4g} mg of magnesium ({size_mg:.4g} mg "
                f"of the compound) would be needed; a unit count goes from 1 to {MAX_UNITS:,}",
                suggestion="check --unit-size (mg, not mcg?)",
            )
        supplied = units * unit_elemental
    other = other_form(form)
    return CompoundResult(
        form=form,
        elemental_mg=elemental_mg,
        compound_mg=compound_mg,
        mmol=mmol_of(elemental_mg),
        meq=meq_of(elemental_mg),
        purity=purity,
        unit_size_mg=size_mg,
        units=units,
        supplied_elemental_mg=supplied,
        unit_elemental_mg=unit_elemental,
        other=None
        if other is None
        else compound(
            other,
            target,
            unit_size=unit_size,
            unit_is_compound=unit_is_compound,
            purity=purity,
            salt=salt,
        ),
        salt=salt,
    )


def convert(amount: Quantity) -> ConvertResult:
    """An amount of elemental Mg in mg, mmol and mEq."""
    mg = amount.mg
    return ConvertResult(given=str(amount), mg=mg, mmol=mmol_of(mg), meq=meq_of(mg))
