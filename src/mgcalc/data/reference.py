"""Package data of the reference values: intakes by life stage and standard, medicines,
kidney function, the serum interval, and the sources every figure names
(intakes.toml, interactions.toml, serum.toml, sources.toml).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, NamedTuple

from mgcalc.data import read_toml, tuples


class Source(NamedTuple):
    """A source; ``secondary`` says which of its statements mgcalc read only as
    quoted by another page (the primary text was not to be had)."""

    id: str
    citation: str
    url: str | None = None
    secondary: str | None = None


class SerumReference(NamedTuple):
    """An adult serum magnesium reference interval (data/serum.toml), in mmol/L."""

    population: str
    low_mmol_l: float
    high_mmol_l: float
    source: str
    note: str


class SerumInterval(NamedTuple):
    """A reference interval as its source publishes it, in its own unit (serum.toml)."""

    population: str
    unit: str  # mg/dL or mmol/L
    low: float
    high: float
    from_days: int
    source: str
    below_days: int | None = None


class SerumCritical(NamedTuple):
    """Critical values a source gives in mg/dL and in mmol/L (serum.toml)."""

    population: str
    from_days: int
    low_mg_dl: float
    high_mg_dl: float
    low_mmol_l: float
    high_mmol_l: float
    source: str
    below_days: int | None = None


class IntakeBand(NamedTuple):
    """One life-stage band of a reference table (ages in completed months)."""

    label: str
    from_months: int
    type: Literal["RDA", "AI"]
    below_months: int | None = None
    male: int | None = None
    female: int | None = None
    pregnancy: int | None = None
    lactation: int | None = None
    note: str | None = None


class UpperLevel(NamedTuple):
    """The supplemental UL for an age range; ``mg`` None where none is set."""

    label: str
    from_months: int
    below_months: int | None = None
    mg: int | None = None
    note: str | None = None


class Standard(NamedTuple):
    name: str
    title: str
    sources: tuple[str, ...]
    band: tuple[IntakeBand, ...]
    ul: tuple[UpperLevel, ...]


class Medication(NamedTuple):
    """A medication class, its effect and how far to keep magnesium from it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    interaction: Literal["spacing", "avoid", "depletion", "retention", "effect"]
    effect: str
    advice: str
    sources: tuple[str, ...]
    separate_hours: float | None = None
    before_hours: float | None = None
    after_hours: float | None = None
    first_of_day: bool = False


class EgfrCategory(NamedTuple):
    """A KDIGO GFR category (mL/min/1.73 m2) and what mgcalc says for it."""

    id: str
    label: str
    from_egfr: int
    supplements: Literal["contraindicated", "caution", "note"]
    note: str
    sources: tuple[str, ...]
    below_egfr: int | None = None


class Condition(NamedTuple):
    """A condition that rules magnesium out or calls for a caution (--condition ID)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    level: Literal["contraindicated", "caution"]
    note: str
    sources: tuple[str, ...]


class CrclRule(NamedTuple):
    """What mgcalc says for a creatinine clearance (mL/min), the unit of the SmPC."""

    contraindicated_below: int
    contraindicated: str
    caution: str
    sources: tuple[str, ...]


class IvScale(NamedTuple):
    """A day's supplemental magnesium on the scale of intravenous treatment."""

    mmol_per_day: int
    sources: tuple[str, ...]


class KidneyCaution(NamedTuple):
    caution: str
    sources: tuple[str, ...]


@cache
def serum_reference() -> SerumReference:
    return SerumReference(**read_toml("serum.toml")["reference"])


@cache
@cache
def serum_intervals() -> tuple[SerumInterval, ...]:
    return tuple(SerumInterval(**row) for row in read_toml("serum.toml")["interval"])


@cache
def serum_criticals() -> tuple[SerumCritical, ...]:
    return tuple(SerumCritical(**row) for row in read_toml("serum.toml")["critical"])


def serum_max_mmol_l() -> float:
    return float(read_toml("serum.toml")["bounds"]["max_mmol_l"])


@cache
def sources() -> dict[str, Source]:
    rows = read_toml("sources.toml")["source"]
    return {row["id"]: Source(**row) for row in rows}


def standard_from(row: dict[str, Any]) -> Standard:
    return Standard(
        name=row["name"],
        title=row["title"],
        sources=tuple(row["sources"]),
        band=tuple(IntakeBand(**band) for band in row["band"]),
        ul=tuple(UpperLevel(**ul) for ul in row["ul"]),
    )


@cache
def standards() -> dict[str, Standard]:
    """Reference intakes by standard id (``us``, ``eu``)."""
    return {key: standard_from(row) for key, row in read_toml("intakes.toml").items()}


@cache
def medications() -> tuple[Medication, ...]:
    return tuple(Medication(**tuples(row)) for row in read_toml("interactions.toml")["medication"])


@cache
def kidney_caution() -> KidneyCaution:
    return KidneyCaution(**tuples(read_toml("interactions.toml")["kidney"]))


@cache
def egfr_categories() -> tuple[EgfrCategory, ...]:
    """KDIGO GFR categories, highest kidney function first (KDIGO12)."""
    rows = read_toml("interactions.toml")["egfr_category"]
    return tuple(EgfrCategory(**tuples(row)) for row in rows)


@cache
def conditions() -> tuple[Condition, ...]:
    return tuple(Condition(**tuples(row)) for row in read_toml("interactions.toml")["condition"])


@cache
def crcl_rule() -> CrclRule:
    return CrclRule(**tuples(read_toml("interactions.toml")["crcl"]))


@cache
def iv_scale() -> IvScale:
    return IvScale(**tuples(read_toml("interactions.toml")["iv_scale"]))
