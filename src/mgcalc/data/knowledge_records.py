"""Records for goals, evidence, guide topics and stacking notes (loaded on
demand, like reference_records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from mgcalc.data import STRICT


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
