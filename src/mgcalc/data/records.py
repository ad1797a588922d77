"""Record types for the package data: stdlib frozen dataclasses.

They are cheap to build at start-up. ``__pydantic_config__`` makes pydantic, when
the validator uses it (tests, CI), reject unknown keys and coerce nothing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

STRICT: dict[str, Any] = {"extra": "forbid", "strict": False, "frozen": True}


@dataclass(frozen=True, slots=True)
class Source:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    citation: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Constants:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    atomic_weight: float
    valence: int
    source: str

    @property
    def mg_per_mmol(self) -> float:
        return self.atomic_weight


@dataclass(frozen=True, slots=True)
class FormRecord:
    """One catalogue entry. Its magnesium fraction is computed from ``formula``."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    family: str
    name: str
    formula: str
    formula_source: str
    aliases: tuple[str, ...]
    absorption: Literal["high", "low"]
    absorption_note: str
    absorption_sources: tuple[str, ...]
    gi_note: str
    gi_sources: tuple[str, ...]


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
class DailyValue:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    label: str
    mg: int
    source: str


@dataclass(frozen=True, slots=True)
class NutrientReferenceValue:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    label: str
    mg: int
    source: str


@dataclass(frozen=True, slots=True)
class Medication:
    """A medication class, its effect and how far to keep magnesium from it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    name: str
    aliases: tuple[str, ...]
    effect: str
    advice: str
    sources: tuple[str, ...]
    separate_hours: int | None = None
    before_hours: int | None = None
    after_hours: int | None = None


@dataclass(frozen=True, slots=True)
class KidneyCaution:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    caution: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommonFood:
    """An everyday name and the USDA SR28 entry it means."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    ndb: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FoodRow:
    """One USDA SR28 food: magnesium per 100 g and its household measures."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    ndb_no: str
    food_group: str
    description: str
    common_names: str
    magnesium_mg_per_100g: float
    household_measures: str


@dataclass(frozen=True, slots=True)
class LabelRounding:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    amount_increment_mg: int
    amount_source: str
    percent_source: str


@dataclass(frozen=True, slots=True)
class GoalReason:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    family: str
    score: int
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Goal:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    title: str
    summary: str
    sources: tuple[str, ...]
    prefer: tuple[GoalReason, ...]
    avoid: tuple[GoalReason, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    outcome: str
    grade: Literal["A", "B", "C", "D"]
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class Topic:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    title: str
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    body: str


@dataclass(frozen=True, slots=True)
class Stacking:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    name: str
    note: str
    sources: tuple[str, ...]
