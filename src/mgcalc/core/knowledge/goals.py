"""The goal registry: one vocabulary for ``forms --goal``, ``plan --goal`` and the guide.

Goals live in goals.toml with a canonical id and aliases, the way a units
registry keeps names and aliases: ``muscle``, ``cramps`` and ``leg-cramps`` all
mean ``muscle-cramps``. Every command resolves a goal here, so a name that works
in one works in all, and an unknown name lists the valid ones.
"""

from __future__ import annotations

from functools import cache

from mgcalc.core.chemistry.forms import normalise
from mgcalc.core.errors import UnknownNameError, suggest
from mgcalc.core.reference.evidence import outcome_for, outcomes
from mgcalc.data.knowledge import Goal, evidence, goals


@cache
def goal_names() -> dict[str, Goal]:
    """Every id and alias (normalised) -> its goal."""
    table: dict[str, Goal] = {}
    for goal in goals().values():
        for name in (goal.id, *goal.aliases):
            table[normalise(name)] = goal
    return table


def goal_ids() -> list[str]:
    return list(goals())


def resolve_goal(text: str) -> Goal:
    """The goal ``text`` names (id or alias, any case, spaces or underscores)."""
    key = normalise(text)
    goal = goal_names().get(key)
    if goal is not None:
        return goal
    raise UnknownNameError("goal", text, suggest(key, list(goal_names())), choices=goal_ids())


def last_dose_time(goal: Goal) -> str | None:
    """When the goal's last (or only) dose goes, from evidence.toml [timing] (SEED);
    None for goals with no timing of their own."""
    return evidence()["timing"][goal.timing] if goal.timing else None


def guide_figures() -> dict[str, str]:
    """What the guide quotes about goals and evidence: the goal list with aliases
    and each goal's mainstream verdict, and the sleep verdict (all from data)."""

    lines = []
    for goal in goals().values():
        outcome = outcome_for(goal)
        aliases = f" (also {', '.join(goal.aliases)})" if goal.aliases else ""
        verdict = (
            "no graded outcome"
            if outcome is None
            else f"evidence {outcome.verdict} ({', '.join(outcome.mainstream_sources)})"
        )
        lines.append(f"- `{goal.id}`{aliases}: {goal.title}; {verdict}.")
    sleep = next(o for o in outcomes() if o.id == "sleep")
    said = sleep.mainstream[:1].lower() + sleep.mainstream[1:]
    return {"goal_list": "\n".join(lines), "sleep_evidence": said}
