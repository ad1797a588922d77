"""Volumes of solutions and liquids, and their concentrations (``--concentration``).

A pharmacist measures magnesium sulfate 50% in mL, milk of magnesia in 5 mL
doses, and some solutions in mEq per mL. A concentration is either of the
compound (``50%`` w/v = 50 g per 100 mL, ``500mg/mL``, ``400mg/5mL``) or of
elemental magnesium (``4mEq/mL``, ``2 mmol/mL``: those units count magnesium
atoms). Teaspoon and tablespoon are the standard medical measures of USP <1221>
(5 mL and 15 mL), not kitchen spoons.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from mgcalc.core.chemistry.forms import Form, display_name
from mgcalc.core.chemistry.quantity import NUMBER, Quantity, number_value, parse_quantity
from mgcalc.core.chemistry.results import CompoundResult, ElementalResult
from mgcalc.core.errors import InputError, QuantityError

# spelling -> (symbol, mL per unit, source of the factor)
_VOLUME_UNITS: dict[str, tuple[str, float, str]] = {}
for _symbol, _ml, _source, _spellings in (
    ("mL", 1.0, "SI", ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "cc")),
    ("L", 1000.0, "SI", ("l", "litre", "litres", "liter", "liters")),
    ("tsp", 5.0, "USP1221", ("tsp", "teaspoon", "teaspoons", "teaspoonful", "teaspoonfuls")),
    ("tbsp", 15.0, "USP1221", ("tbsp", "tablespoon", "tablespoons", "tablespoonful", "tbs")),
):
    for _spelling in _spellings:
        _VOLUME_UNITS[_spelling] = (_symbol, _ml, _source)

ACCEPTED_VOLUMES = "mL, L, tsp (5 mL), tbsp (15 mL)"
EXAMPLES = "50% (w/v), 500mg/mL, 400mg/5mL, 4mEq/mL"
MAX_ML = 100_000.0  # 100 L: more is a typo, not a dose or a batch of solution
MAX_MG_PER_ML = 1000.0  # 100% w/v, the bound of a percent concentration

_VOLUME = re.compile(rf"^\s*(?P<number>[+-]?{NUMBER})?\s*(?P<unit>[a-zA-Z.]+)\s*$")
_PERCENT = re.compile(rf"^\s*(?P<number>[+-]?{NUMBER})\s*%\s*(?:w/v|w\s*/\s*v)?\s*$", re.I)
_PER = re.compile(r"^(?P<amount>.+?)\s*(?:/|\bper\b|\bin\b)\s*(?P<volume>[^/]+)$", re.I)


@dataclass(frozen=True, slots=True)
class Volume:
    ml: float
    given: str
    unit: str
    source: str  # where the unit's factor comes from (SI, USP1221)


def volume_unit(text: str) -> tuple[str, float, str] | None:
    return _VOLUME_UNITS.get(text.strip().lower().rstrip("."))


def is_volume(text: str) -> bool:
    """``2mL``, ``1 tsp``: an amount in a unit of volume."""
    match = _VOLUME.match(text)
    return bool(match and match["number"] and volume_unit(match["unit"]))


def parse_volume(text: str, *, bare_unit: bool = False) -> Volume:
    """``2 mL`` -> 2 mL; with ``bare_unit`` a unit alone (``mL`` in ``500mg/mL``) is one."""
    match = _VOLUME.match(text)
    unit = volume_unit(match["unit"]) if match else None
    if match is None or unit is None:
        raise QuantityError(
            f"cannot read '{text.strip()}' as a volume", suggestion=f"units: {ACCEPTED_VOLUMES}"
        )
    if match["number"] is None and not bare_unit:
        raise QuantityError(f"'{text.strip()}' has a unit but no number", suggestion="e.g. 2mL")
    number = number_value(match["number"]) if match["number"] else 1.0
    ml = number * unit[1]
    if not 0 < ml <= MAX_ML or math.isinf(ml):
        raise QuantityError(f"volume '{text.strip()}' must be more than 0 and at most 100 L")
    return Volume(ml, text.strip(), unit[0], unit[2])


@dataclass(frozen=True, slots=True)
class Concentration:
    """``mg_per_ml`` of compound (``basis`` compound) or of elemental magnesium."""

    given: str
    mg_per_ml: float
    basis: Literal["compound", "elemental"]
    volume_source: str  # source of the volume unit in the denominator

    def compound_mg_per_ml(self, form: Form, purity: float = 1.0) -> float:
        if self.basis == "compound":
            return self.mg_per_ml
        return self.mg_per_ml / (form.fraction * purity)

    def elemental_mg_per_ml(self, form: Form, purity: float = 1.0) -> float:
        if self.basis == "elemental":
            return self.mg_per_ml
        return self.mg_per_ml * form.fraction * purity

    def describe(self) -> str:
        what = "compound" if self.basis == "compound" else "elemental magnesium"
        return f"{self.given} = {self.mg_per_ml:g} mg/mL of {what}"


def parse_concentration(text: str) -> Concentration:
    """``50%`` (w/v), ``500mg/mL``, ``400 mg per 5 mL``, ``4mEq/mL``; else an input error
    that lists the accepted forms."""
    raw = text.strip()
    percent = _PERCENT.match(raw)
    if percent:
        value = number_value(percent["number"])
        if not 0 < value <= 100:
            raise InputError(f"concentration '{raw}' must be more than 0% and at most 100% w/v")
        # w/v: grams of compound per 100 mL
        return Concentration(raw, value * 1000 / 100, "compound", "SI")
    per = _PER.match(raw)
    if per is None:
        raise InputError(
            f"cannot read '{raw}' as a concentration: give an amount per volume",
            suggestion=f"e.g. {EXAMPLES}",
        )
    amount: Quantity = parse_quantity(per["amount"])
    volume = parse_volume(per["volume"], bare_unit=True)
    basis: Literal["compound", "elemental"] = (
        "elemental" if amount.is_elemental_only else "compound"
    )
    return Concentration(raw, amount.mg / volume.ml, basis, volume.source)


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
    """Magnesium in ``count`` doses of ``volume`` of a liquid at ``concentration``."""
    from mgcalc.core.chemistry.calc import meq_of, mmol_of

    _check_purity(concentration, purity)
    _check_strength(form, concentration, purity)
    total_ml = volume.ml * count
    elemental_mg = total_ml * concentration.elemental_mg_per_ml(form, purity)
    compound_mg = total_ml * concentration.compound_mg_per_ml(form, purity)
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
    )


def volume_for(
    form: Form, target: Quantity, concentration: Concentration, *, purity: float = 1.0
) -> CompoundResult:
    """The volume of a liquid at ``concentration`` that supplies ``target`` elemental Mg."""
    from mgcalc.core.chemistry.calc import compound

    _check_purity(concentration, purity)
    _check_strength(form, concentration, purity)
    result = compound(form, target, purity=purity)
    ml = result.elemental_mg / concentration.elemental_mg_per_ml(form, purity)
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
