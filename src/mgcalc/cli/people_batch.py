"""``check --batch`` and ``plan --batch``: a CSV of people, one check or plan per row.

A dietitian's client list is a spreadsheet whose columns are named like the
options (``sex,age,pregnant,food,supplement,...``). The columns are not listed
here: they are the keyword arguments of :func:`mgcalc.core.intake.for_person.check_for` and
:func:`~mgcalc.core.intake.for_person.plan_for` (the same entry points the commands call),
read by :func:`mgcalc.cli.batch_rows.keyword_spec`. Each row is one person: no saved
profile is consulted; options given beside ``--batch`` apply to every row, and are
read before the first row, so a bad one is a usage error, not one error a row.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any

from mgcalc.cli.batch_input import BatchSpec
from mgcalc.cli.batch_rows import keyword_spec
from mgcalc.core.intake.for_person import check_for, plan_for

# the command options a batch applies to every row: the entry points' keywords
CHECK_OPTIONS = tuple(inspect.signature(check_for).parameters)
PLAN_OPTIONS = tuple(inspect.signature(plan_for).parameters)


def _readers() -> dict[str, Callable[[Any], object]]:
    """How each person option is read, to refuse a bad one before any row."""
    from mgcalc.core.chemistry.forms import resolve
    from mgcalc.core.chemistry.quantity import parse_unit_size
    from mgcalc.core.intake.check import food_item
    from mgcalc.core.intake.supplements import supplement_item
    from mgcalc.core.knowledge.goals import resolve_goal
    from mgcalc.core.reference.conditions import Conditions
    from mgcalc.core.reference.interactions import medication_use
    from mgcalc.core.reference.kidney import parse_crcl, parse_egfr
    from mgcalc.core.reference.lifestage import get_standard, parse_age, parse_sex

    return {
        "sex": parse_sex,
        "age": parse_age,
        "standard": get_standard,
        "egfr": parse_egfr,
        "crcl": parse_crcl,
        "condition": Conditions.of,
        "food": lambda items: [food_item(item) for item in items],
        "supplement": lambda items: [supplement_item(item) for item in items],
        "medication": lambda items: [medication_use(item) for item in items],
        "form": resolve,
        "goal": resolve_goal,
        "unit_size": parse_unit_size,
    }


def _read_preset(preset: Mapping[str, Any]) -> dict[str, Any]:
    readers = _readers()
    for name, value in preset.items():
        if name in readers:
            readers[name](value)
    return dict(preset)


def check_batch(preset: Mapping[str, Any] | None = None) -> BatchSpec:
    from mgcalc.core.intake.check import CheckRecord

    given = _read_preset(preset or {})
    return keyword_spec(check_for, tuple(CheckRecord.__annotations__), preset=given)


def plan_batch(preset: Mapping[str, Any] | None = None) -> BatchSpec:
    from mgcalc.core.intake.plan import PlanRecord

    given = _read_preset(preset or {})
    return keyword_spec(plan_for, tuple(PlanRecord.__annotations__), preset=given)
