"""Records for foods, goals, evidence, guide topics and stacking notes (loaded on
demand, like reference_records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from mgcalc.data import STRICT


@dataclass(frozen=True, slots=True)
class CommonFood:
    """An everyday name and the USDA SR28 entry it means; for the foods in the ODS
    fact sheet's table, that table's figure too (a second source, source id ODS)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    ndb: str
    aliases: tuple[str, ...]
    ods_serving: str = ""  # the serving as the ODS table gives it ("1 oz", "1 medium")
    ods_mg: int | None = None
    ods_note: str = ""  # where the two tables' figures part, when mgcalc can show why


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
class GoalReason:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    family: str
    score: int
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Goal:
    """One goal of the registry: canonical id, aliases, and what it changes."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    title: str
    summary: str
    sources: tuple[str, ...]
    prefer: tuple[GoalReason, ...]
    avoid: tuple[GoalReason, ...]
    aliases: tuple[str, ...] = ()
    timing: str = ""  # a key of evidence.toml [timing]; "" = with meals
    evidence: str = ""  # an outcome id in evidence.toml; "" = none graded


@dataclass(frozen=True, slots=True)
class Outcome:
    """An outcome: the seed's grade, and beside it the mainstream verdict."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    outcome: str
    grade: Literal["A", "B", "C", "D", "-"]
    note: str
    source: str
    verdict: Literal["probably effective", "inconclusive", "weak", "not shown", "none found"]
    mainstream: str
    mainstream_sources: tuple[str, ...]
    study_doses: bool = False


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
