"""Package data of what mgcalc recommends: goals, evidence grades, guide topics and
stacking notes (goals.toml, evidence.toml, guide.toml, interactions.toml).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, NamedTuple

from mgcalc.data import read_toml, tuples


class GoalReason(NamedTuple):
    family: str
    score: int
    reason: str
    sources: tuple[str, ...]


class Goal(NamedTuple):
    """One goal of the registry: canonical id, aliases, and what it changes."""

    id: str
    title: str
    summary: str
    sources: tuple[str, ...]
    prefer: tuple[GoalReason, ...]
    avoid: tuple[GoalReason, ...]
    aliases: tuple[str, ...] = ()
    timing: str = ""  # a key of evidence.toml [timing]; "" = with meals
    evidence: str = ""  # an outcome id in evidence.toml; "" = none graded


class Outcome(NamedTuple):
    """An outcome: the seed's grade, and beside it the mainstream verdict."""

    id: str
    outcome: str
    grade: Literal["A", "B", "C", "D", "-"]
    note: str
    source: str
    verdict: Literal["probably effective", "inconclusive", "weak", "not shown", "none found"]
    mainstream: str
    mainstream_sources: tuple[str, ...]
    study_doses: bool = False
    route: str = "oral supplements"  # what the grade and the verdict are about


class Topic(NamedTuple):
    id: str
    title: str
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    body: str


class Stacking(NamedTuple):
    id: str
    name: str
    note: str
    sources: tuple[str, ...]


def goal_from(row: dict[str, Any]) -> Goal:
    return Goal(
        row["id"],
        row["title"],
        row["summary"],
        tuple(row["sources"]),
        tuple(GoalReason(**tuples(r)) for r in row["prefer"]),
        tuple(GoalReason(**tuples(r)) for r in row["avoid"]),
        tuple(row.get("aliases", ())),
        row.get("timing", ""),
        row.get("evidence", ""),
    )


@cache
def goals() -> dict[str, Goal]:
    return {row["id"]: goal_from(row) for row in read_toml("goals.toml")["goal"]}


@cache
def evidence() -> dict[str, Any]:
    """Grades, dose range, absorption, pharmacokinetics and timing facts (SEED et al.)."""
    table = dict(read_toml("evidence.toml"))
    table["outcome"] = tuple(Outcome(**tuples(row)) for row in table["outcome"])
    return table


@cache
def topics() -> tuple[Topic, ...]:
    return tuple(Topic(**tuples(row)) for row in read_toml("guide.toml")["topic"])


@cache
def stacking() -> tuple[Stacking, ...]:
    return tuple(Stacking(**tuples(row)) for row in read_toml("interactions.toml")["stacking"])
