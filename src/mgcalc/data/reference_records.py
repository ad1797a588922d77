"""Records for reference intakes and interactions: the life-stage tables, medicines,
kidney cautions (loaded on demand, so that the calculators never build them; label
values are in label_records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from mgcalc.data import STRICT


@dataclass(frozen=True, slots=True)
class IntakeBand:
    """One life-stage band of a reference table (ages in completed months)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    label: str
    from_months: int
    type: Literal["RDA", "AI"]
    below_months: int | None = None
    male: int | None = None
    female: int | None = None
    pregnancy: int | None = None
    lactation: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class UpperLevel:
    """The supplemental UL for an age range; ``mg`` None where none is set."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    label: str
    from_months: int
    below_months: int | None = None
    mg: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Standard:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    title: str
    sources: tuple[str, ...]
    band: tuple[IntakeBand, ...]
    ul: tuple[UpperLevel, ...]


@dataclass(frozen=True, slots=True)
class Medication:
    """A medication class, its effect and how far to keep magnesium from it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    name: str
    aliases: tuple[str, ...]
    interaction: Literal["spacing", "avoid", "depletion", "retention", "effect"]
    effect: str
    advice: str
    sources: tuple[str, ...]
    separate_hours: int | None = None
    before_hours: int | None = None
    after_hours: int | None = None


@dataclass(frozen=True, slots=True)
class EgfrCategory:
    """A KDIGO GFR category (mL/min/1.73 m2) and what mgcalc says for it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    label: str
    from_egfr: int
    supplements: Literal["contraindicated", "caution", "note"]
    note: str
    sources: tuple[str, ...]
    below_egfr: int | None = None


@dataclass(frozen=True, slots=True)
class KidneyCaution:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    caution: str
    sources: tuple[str, ...]
