"""Serum magnesium between mg/dL, mg/L, mmol/L and mEq/L, against a reference interval.

Laboratories report serum magnesium in mmol/L (SI) or mg/dL (US), clinicians
sometimes in mEq/L. The conversions use the atomic weight and valence of
data/constants.toml; the adult interval and its source come from data/serum.toml.
mgcalc places a value against that interval and says nothing about treatment.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.chemistry.quantity import leading_number
from mgcalc.core.errors import InputError
from mgcalc.core.figures import plain
from mgcalc.core.intake.cautions import Caution
from mgcalc.core.serum_intervals import (
    Critical,
    Placed,
    critical,
    intervals_for,
    parse_age_days,
    placed,
    seek_care,
)
from mgcalc.data.chemistry import constants
from mgcalc.data.reference import SerumInterval, kidney_caution, serum_max_mmol_l, serum_reference

if TYPE_CHECKING:
    from mgcalc.core import fields
    from mgcalc.core.intake.cautions import Caution

UNITS = ("mg/dL", "mg/L", "mmol/L", "mEq/L")
_SPELLINGS = {
    "mg/dl": "mg/dL",
    "mg/100ml": "mg/dL",
    "mg%": "mg/dL",
    "mg/l": "mg/L",
    "mmol/l": "mmol/L",
    "mm": "mmol/L",
    "meq/l": "mEq/L",
}
NOT_A_DIAGNOSIS = (
    "mgcalc converts the value and places it against the interval; it does not interpret "
    "a result for treatment: ask the clinician who ordered the test."
)


def _unit_key(text: str) -> str:
    return re.sub(r"\s+", "", text.lower()).replace("per", "/").replace("//", "/")


def mmol_per_l(value: float, unit: str) -> float:
    """``value`` in ``unit`` (one of :data:`UNITS`) as mmol/L."""
    weight, valence = constants().atomic_weight, constants().valence
    factors = {"mg/dL": 10 / weight, "mg/L": 1 / weight, "mmol/L": 1.0, "mEq/L": 1 / valence}
    return value * factors[unit]


def in_units(mmol_l: float) -> dict[str, float]:
    weight, valence = constants().atomic_weight, constants().valence
    return {
        "mg/dL": mmol_l * weight / 10,
        "mg/L": mmol_l * weight,
        "mmol/L": mmol_l,
        "mEq/L": mmol_l * valence,
    }


def parse_serum(text: str) -> tuple[float, str]:
    """``'2.0 mg/dL'`` -> ``(2.0, 'mg/dL')``; a missing or unknown unit lists the accepted ones."""
    accepted = ", ".join(UNITS)
    found = leading_number(text)
    if found is None:
        raise InputError(
            f"cannot read '{text.strip()}' as a serum magnesium: expected a number and a unit",
            suggestion=f"e.g. 2.0mg/dL or 0.85mmol/L; units: {accepted}",
        )
    value, unit_text = found
    if not unit_text:
        raise InputError(
            f"serum magnesium '{text.strip()}' needs a unit: labs report mg/dL and mmol/L",
            suggestion=f"units: {accepted}",
        )
    unit = _SPELLINGS.get(_unit_key(unit_text))
    if unit is None and (comma := re.match(r",(\d+)\s*(.*)$", unit_text)):
        # '0,6 mmol/L' from a European lab report: refused, not read as 0 or 6
        raise InputError(
            f"serum magnesium '{text.strip()}' has a decimal comma",
            suggestion=f"write it with a point ({value:g}.{comma[1]} {comma[2]})",
        )
    if unit is None:
        raise InputError(
            f"unknown unit '{unit_text}' for serum magnesium", suggestion=f"units: {accepted}"
        )
    mmol = mmol_per_l(value, unit)
    if not 0 < mmol <= serum_max_mmol_l() or math.isinf(value):
        top = in_units(serum_max_mmol_l())[unit]
        raise InputError(
            f"serum magnesium '{text.strip()}' must be more than 0 and at most {top:.4g} {unit}",
            suggestion="check the number and its unit",
        )
    return value, unit


class ReferenceRecord(TypedDict):
    population: fields.Population
    low_mmol_l: fields.LowMmolL
    high_mmol_l: fields.HighMmolL
    low_mg_dl: fields.LowMgDl
    high_mg_dl: fields.HighMgDl
    low_meq_l: fields.LowMeqL
    high_meq_l: fields.HighMeqL
    note: fields.Note
    sources: fields.Sources


class IntervalRecord(TypedDict):
    population: fields.Population
    unit: fields.Unit
    low: fields.Low
    high: fields.High
    converted: fields.Converted
    sources: fields.Sources


class SerumRecord(TypedDict):
    given: fields.Given
    given_value: fields.GivenValue
    given_unit: fields.GivenUnit
    mg_dl: fields.MgDl
    mg_l: fields.MgL
    mmol_l: fields.MmolL
    meq_l: fields.MeqL
    position: fields.Position
    reference: Annotated[ReferenceRecord, fields.REFERENCE]
    warnings: fields.Warnings
    note: fields.Note
    sources: fields.Sources
    interval: Annotated[IntervalRecord, fields.INTERVAL]
    critical: fields.Critical
    age_days: fields.AgeDays | None


_PLACES = {"mg/dL": 3, "mg/L": 2, "mmol/L": 3, "mEq/L": 3}
_MAX_PLACES = 12


def place(mmol_l: float) -> str:
    """below, within or above the source's interval, compared in mmol/L, the unit the
    source states it in (a relative 1e-12 absorbs the float error of a unit round trip,
    so that 1.4 mEq/L or the printed limits typed back land where they should)."""
    ref = serum_reference()
    slack = 1e-12 * ref.high_mmol_l
    below, above = mmol_l < ref.low_mmol_l - slack, mmol_l > ref.high_mmol_l + slack
    return "below" if below else "above" if above else "within"


def coherent_places(unit: str, mmol_l: float, least: int = 0) -> int:
    """Decimal places for one unit's column, the value and both limits alike.

    The value is classified once, against the source's interval in mmol/L, and every
    unit shows the limits converted from it. Rounding the converted limits to a lab's
    precision (1.7 mg/dL) and classifying against those instead would move the boundary
    differently in each unit, so one specimen could be within in mg/dL and below in
    mmol/L. So the classification stays exact and unit-free, and each column gets as
    many places as it takes for its figures to agree with it: 1.7 mg/dL is below
    1.701 mg/dL (0.70 mmol/L is 1.7014 mg/dL), never "below 1.7-2.67". ``least``: the
    places the person typed, so that the given unit shows the value as given."""
    position = place(mmol_l)
    value, low, high = (
        in_units(x)[unit]
        for x in (mmol_l, serum_reference().low_mmol_l, serum_reference().high_mmol_l)
    )
    for places in range(max(_PLACES[unit], least), _MAX_PLACES):
        shown, lo, hi = (half_up(x, places) for x in (value, low, high))
        if {"below": shown < lo, "above": shown > hi}.get(position, lo <= shown <= hi):
            return places
    return _MAX_PLACES


def half_up(value: float, places: int) -> float:
    """``value`` to ``places`` decimals, halves up as on paper: 0.70 mmol/L is
    1.70135 mg/dL, shown as 1.7014 (``round`` sees the float 1.7013499999999997 and gives
    1.7013; 12 significant digits drop that conversion noise first)."""

    exact = Decimal(f"{value:.12g}")
    return float(exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def _typed_places(value: float) -> int:

    text = plain(value)
    return len(text) - text.index(".") - 1 if "." in text else 0


class SerumResult(NamedTuple):
    given: str
    value: float
    unit: str
    mmol_l: float
    age_days: int | None = None  # --age; None: an adult

    @property
    def placed(self) -> Placed:
        """The value against the interval for the age, published in the value's unit."""
        return placed(self.value, self.unit, self.age_days)

    @property
    def position(self) -> str:
        """below, within or above that interval."""
        return self.placed.position

    @property
    def critical(self) -> Critical | None:
        return critical(self.value, self.unit, self.age_days)

    def intervals(self) -> list[SerumInterval]:
        """Every published interval for the age, each in its own unit."""
        return intervals_for(self.age_days)

    @property
    def cautions(self) -> list[Caution]:
        """A value outside the interval, and the unit and kidney notes, as cautions, so
        that ``-q`` (which prints only mmol/L) still says so on stderr."""

        found = self.critical
        urgent = (
            [Caution("serum-critical", seek_care(found, self.given), (found.row.source,))]
            if found
            else []
        )
        if self.position == "within":
            return urgent
        at = self.placed.interval
        where = (
            f"{self.given} is {self.position} the reference interval for {at.population}, "
            f"{at.low:g}-{at.high:g} {at.unit} ({at.source})"
        )
        kidney = f"{kidney_caution().caution} ({', '.join(kidney_caution().sources)})"
        return (
            urgent
            + [Caution("serum", where, (at.source,))]
            + [
                Caution("kidney", text, tuple(kidney_caution().sources))
                if text == kidney
                else Caution("serum", text, (at.source,))
                for text in self.warnings()
                if not text.startswith("CRITICAL")
            ]
        )

    def warnings(self) -> list[str]:
        found, at = self.critical, self.placed
        notes = [seek_care(found, self.given)] if found else []
        if at.converted:
            notes.append(
                f"no interval for {at.interval.population} is published in {self.unit} in "
                f"mgcalc's sources: placed against the {at.interval.unit} interval "
                f"({at.interval.source}), converted"
            )
        if self.position != "within":
            for other in UNITS:
                elsewhere = placed(self.value, other, self.age_days).position
                if other != self.unit and elsewhere == "within":
                    notes.append(
                        f"{self.value:g} would be within the interval in {other}: "
                        "check the unit on the report"
                    )
        if self.position == "above":
            notes.append(f"{kidney_caution().caution} ({', '.join(kidney_caution().sources)})")
        return notes

    def shown(self, unit: str, mmol_l: float | None = None) -> float:
        """The value (or ``mmol_l``, a limit of the interval) in ``unit``, as that
        unit's column shows it: see :func:`coherent_places`."""
        least = _typed_places(self.value) if unit == self.unit else 0
        places = coherent_places(unit, self.mmol_l, least)
        return half_up(in_units(self.mmol_l if mmol_l is None else mmol_l)[unit], places)

    def interval(self, unit: str) -> tuple[float, float]:
        """The reference interval's low and high ends in ``unit``, one path for both."""
        ref = serum_reference()
        low, high = (self.shown(unit, end) for end in (ref.low_mmol_l, ref.high_mmol_l))
        return low, high

    def record(self) -> SerumRecord:
        ref = serum_reference()
        low_mg_dl, high_mg_dl = self.interval("mg/dL")
        low_meq_l, high_meq_l = self.interval("mEq/L")
        return {
            "given": self.given,
            "given_value": self.value,
            "given_unit": self.unit,
            "mg_dl": self.shown("mg/dL"),
            "mg_l": self.shown("mg/L"),
            "mmol_l": self.shown("mmol/L"),
            "meq_l": self.shown("mEq/L"),
            "position": self.position,
            "reference": {
                "population": ref.population,
                "low_mmol_l": ref.low_mmol_l,
                "high_mmol_l": ref.high_mmol_l,
                "low_mg_dl": low_mg_dl,
                "high_mg_dl": high_mg_dl,
                "low_meq_l": low_meq_l,
                "high_meq_l": high_meq_l,
                "note": ref.note,
                "sources": [ref.source],
            },
            "warnings": self.warnings(),
            "note": NOT_A_DIAGNOSIS,
            "sources": sorted(
                {ref.source, self.placed.interval.source, constants().source}
                | ({self.critical.row.source} if self.critical else set())
            ),
            "interval": {
                "population": self.placed.interval.population,
                "unit": self.placed.interval.unit,
                "low": self.placed.interval.low,
                "high": self.placed.interval.high,
                "converted": self.placed.converted,
                "sources": [self.placed.interval.source],
            },
            "critical": self.critical is not None,
            "age_days": self.age_days,
        }

    def quiet(self) -> str:

        return plain(self.shown("mmol/L"))


def serum(text: str, age: str | None = None) -> SerumResult:
    """``text`` (a value and its unit) for a person of ``age`` (None: an adult)."""
    value, unit = parse_serum(text)
    days = None if age is None else parse_age_days(age)
    return SerumResult(text.strip(), value, unit, mmol_per_l(value, unit), days)
