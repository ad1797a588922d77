"""Which published interval and which critical values a serum magnesium is placed
against, in the unit the source publishes them.

mg/dL and mg/L are one family (mass), mmol/L and mEq/L the other (amount): within a
family a value scales exactly (mg/L / 10, mEq/L / 2), so a value typed in mg/dL is read
against an interval published in mg/dL, and a lab's normal 1.7 mg/dL is the low end of
it, not "below" 0.70 mmol/L converted to 1.701. Only where no source publishes an
interval in the value's family for the age (children in mg/dL) is the other one
converted, and the result says so. Ages are in days, the RCPA's newborn band being a week.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from mgcalc.core.chemistry.quantity import NUMBER, number_value
from mgcalc.core.errors import InputError
from mgcalc.data.chemistry import constants
from mgcalc.data.reference import SerumCritical, SerumInterval, serum_criticals, serum_intervals

if TYPE_CHECKING:
    from mgcalc.core.serum import SerumResult

ADULT_DAYS = 18 * 365  # the RCPA adult band and the critical values' adults: 18 years
_FAMILY = {"mg/dL": "mg/dL", "mg/L": "mg/dL", "mmol/L": "mmol/L", "mEq/L": "mmol/L"}
_TO_FAMILY = {"mg/dL": 1.0, "mg/L": 0.1, "mmol/L": 1.0, "mEq/L": 0.5}  # exact factors
_AGE = rf"(?i)^\s*({NUMBER})\s*(d|days?|w|wk|wks|weeks?|m|mo|months?|y|yr|yrs|years?)?\s*$"
_DAYS_PER = {"d": 1.0, "w": 7.0, "m": 365.25 / 12, "y": 365.25}


def parse_age_days(text: str) -> int:
    """``--age`` for a serum value: ``34`` (years), ``8m``, ``3w``, ``5d`` -> days."""
    match = re.match(_AGE, str(text))
    if match is None:
        raise InputError(
            f"cannot read age '{text}'",
            suggestion="give years (34), months (8m), weeks (3w) or days (5d)",
        )
    days = number_value(match[1]) * _DAYS_PER[(match[2] or "y")[0].lower()]
    if not 0 <= days <= 130 * 365.25:
        raise InputError(f"age '{text}' must be from 0 to 130 years")
    return int(days)


def _for_age(days: int | None, row: SerumInterval | SerumCritical) -> bool:
    age = ADULT_DAYS if days is None else days
    return row.from_days <= age and (row.below_days is None or age < row.below_days)


def intervals_for(age_days: int | None) -> list[SerumInterval]:
    """The intervals published for the age (None: an adult), mg/dL first."""
    return [row for row in serum_intervals() if _for_age(age_days, row)]


class Placed(NamedTuple):
    interval: SerumInterval
    value: float  # the value in the interval's unit
    position: str  # below, within, above
    converted: bool  # the interval is in the other family: converted, and said so


def in_unit(value: float, unit: str, target: str) -> float:
    """``value`` in ``unit`` as ``target`` (mg/dL or mmol/L): exact within a family."""
    scaled = value * _TO_FAMILY[unit]
    if _FAMILY[unit] == target:
        return scaled
    weight = constants().atomic_weight
    return scaled * 10 / weight if target == "mmol/L" else scaled * weight / 10


def placed(value: float, unit: str, age_days: int | None) -> Placed:
    """The value against the interval for the age published in its own unit family."""
    rows = intervals_for(age_days)
    own = [row for row in rows if row.unit == _FAMILY[unit]]
    interval = (own or rows)[0]
    shown = in_unit(value, unit, interval.unit)
    exact = round(shown, 9)  # 1.4 mEq/L / 2 is 0.7 exactly, not 0.69999...
    position = "below" if exact < interval.low else "above" if exact > interval.high else "within"
    return Placed(interval, shown, position, not own)


class Critical(NamedTuple):
    row: SerumCritical
    side: str  # low or high
    limit: float
    unit: str


def critical(value: float, unit: str, age_days: int | None) -> Critical | None:
    """The critical value crossed, in the value's own unit family, or None."""
    row = next(row for row in serum_criticals() if _for_age(age_days, row))
    family = _FAMILY[unit]
    shown = round(in_unit(value, unit, family), 9)
    low, high = (
        (row.low_mg_dl, row.high_mg_dl) if family == "mg/dL" else (row.low_mmol_l, row.high_mmol_l)
    )
    if shown < low:
        return Critical(row, "low", low, family)
    if shown > high:
        return Critical(row, "high", high, family)
    return None


def seek_care(found: Critical, given: str) -> str:
    """A critical value in words that say to act now (never what treatment to give)."""
    side = "below" if found.side == "low" else "above"
    return (
        f"CRITICAL: {given} is {side} the critical value for {found.row.population} "
        f"({found.limit:g} {found.unit}; {found.row.source}). Seek medical care now: call "
        "the clinician who ordered the test, or go to an emergency department, today"
    )


def explain_serum(result: SerumResult) -> list[str]:
    weight, valence = constants().atomic_weight, constants().valence
    return [
        f"given {result.value:g} {result.unit} = {result.quiet()} mmol/L "
        f"(mg/dL x 10 / {weight}; mEq/L / {valence}; IUPAC)",
        f"mg/dL = mmol/L x {weight} / 10; mEq/L = mmol/L x {valence} (Mg2+ is divalent)",
        f"reference interval, {result.placed.interval.population}: "
        f"{result.placed.interval.low:g}-{result.placed.interval.high:g} "
        f"{result.placed.interval.unit} ({result.placed.interval.source}) -> {result.position} "
        f"(compared in {result.placed.interval.unit}, the unit the source publishes it in)",
    ]
