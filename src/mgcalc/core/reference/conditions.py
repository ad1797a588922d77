"""Conditions a pharmacist checks before magnesium (``--condition myasthenia-gravis``).

Heart block and bradycardia, myasthenia gravis, severe renal impairment and
dialysis, symptoms of too much magnesium: each is in interactions.toml with the
SmPC behind it. A ``contraindicated`` condition means mgcalc plans no dose and
``--strict`` fails (exit 3) when supplements are taken anyway; every condition is
said as a caution with its sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from mgcalc.core.errors import UnknownNameError
from mgcalc.core.intake.cautions import Caution
from mgcalc.data.reference import Condition, conditions


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower()).strip("-")


@cache
def _table() -> dict[str, Condition]:
    table: dict[str, Condition] = {}
    for condition in conditions():
        for name in (condition.id, *condition.aliases):
            table[_key(name)] = condition
    return table


def resolve_condition(text: str) -> Condition:
    """The condition ``text`` names (id or alias), or :class:`UnknownNameError`
    listing the conditions mgcalc knows."""
    found = _table().get(_key(text))
    if found is None:
        raise UnknownNameError("condition", text, choices=[c.id for c in conditions()])
    return found


class Conditions(NamedTuple):
    """The conditions a person declared."""

    items: tuple[Condition, ...] = ()

    @classmethod
    def of(cls, texts: Sequence[str]) -> Conditions:
        found = [resolve_condition(text) for text in texts]
        return cls(tuple(dict.fromkeys(found)))

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.items]

    @property
    def contraindicated(self) -> list[Condition]:
        return [c for c in self.items if c.level == "contraindicated"]

    @property
    def no_supplement(self) -> bool:
        return bool(self.contraindicated)

    def describe(self) -> str:
        return ", ".join(c.name[0].lower() + c.name[1:] for c in self.contraindicated)

    def cautions(self) -> list[Caution]:
        return [Caution("condition", f"{c.name}: {c.note}", c.sources) for c in self.items]
