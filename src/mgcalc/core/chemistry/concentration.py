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
from typing import Literal, NamedTuple

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.chemistry.quantity import NUMBER, Quantity, number_value, parse_quantity
from mgcalc.core.chemistry.units import ACCEPTED_VOLUMES, CONCENTRATION_EXAMPLES, volume_unit
from mgcalc.core.errors import InputError, QuantityError

MAX_ML = 100_000.0  # 100 L: more is a typo, not a dose or a batch of solution
MAX_MG_PER_ML = 1000.0  # 100% w/v, the bound of a percent concentration

_VOLUME = rf"^\s*(?P<number>[+-]?{NUMBER})?\s*(?P<unit>[a-zA-Z.]+)\s*$"
_PERCENT = rf"(?i)^\s*(?P<number>[+-]?{NUMBER})\s*%\s*(?:w/v|w\s*/\s*v)?\s*$"
_PER = r"(?i)^(?P<amount>.+?)\s*(?:/|\bper\b|\bin\b)\s*(?P<volume>[^/]+)$"


class Volume(NamedTuple):
    ml: float
    given: str
    unit: str
    source: str  # where the unit's factor comes from (SI, USP1221)


def is_volume(text: str) -> bool:
    """``2mL``, ``1 tsp``: an amount in a unit of volume."""
    match = re.match(_VOLUME, text)
    return bool(match and match["number"] and volume_unit(match["unit"]))


def parse_volume(text: str, *, bare_unit: bool = False) -> Volume:
    """``2 mL`` -> 2 mL; with ``bare_unit`` a unit alone (``mL`` in ``500mg/mL``) is one."""
    match = re.match(_VOLUME, text)
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


class Concentration(NamedTuple):
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
    percent = re.match(_PERCENT, raw)
    if percent:
        value = number_value(percent["number"])
        if not 0 < value <= 100:
            raise InputError(f"concentration '{raw}' must be more than 0% and at most 100% w/v")
        # w/v: grams of compound per 100 mL
        return Concentration(raw, value * 1000 / 100, "compound", "SI")
    per = re.match(_PER, raw)
    if per is None:
        raise InputError(
            f"cannot read '{raw}' as a concentration: give an amount per volume",
            suggestion=f"e.g. {CONCENTRATION_EXAMPLES}",
        )
    amount: Quantity = parse_quantity(per["amount"])
    volume = parse_volume(per["volume"], bare_unit=True)
    basis: Literal["compound", "elemental"] = (
        "elemental" if amount.is_elemental_only else "compound"
    )
    return Concentration(raw, amount.mg / volume.ml, basis, volume.source)
