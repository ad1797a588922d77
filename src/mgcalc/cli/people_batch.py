"""``check --batch`` and ``plan --batch``: a CSV of people, one check or plan per row.

A dietitian's client list is a spreadsheet whose columns are named like the
options (``sex,age,pregnant,food,supplement,...``). The columns are not listed
here: they are the keyword arguments of :func:`mgcalc.core.intake.for_person.check_for` and
:func:`~mgcalc.core.intake.for_person.plan_for` (the same entry points the commands call),
so an option added there is a column at once. Cells are what a person would type
after the option: ``yes``/``no`` (or ``x``, ``1``, ``true``) for flags, and
several foods, supplements or medicines in one cell separated by ``;`` (or a
repeated column). Each row is one person: no saved profile is consulted.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any

from mgcalc.cli.batch import BatchSpec
from mgcalc.core.errors import InputError
from mgcalc.render import SingleResult

_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0"}


def flag(value: str, column: str) -> bool:
    key = value.strip().lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise InputError(f"column {column} takes yes or no, got '{value}'")


def _kind(annotation: Any) -> str:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    if text == "bool":
        return "flag"
    return "list" if "Sequence" in text else "text"


def person_spec(entry: Callable[..., SingleResult], columns: tuple[str, ...]) -> BatchSpec:
    """The batch spec for a person-level entry point: its keywords are the columns."""
    parameters = inspect.signature(entry).parameters
    kinds = {name: _kind(parameter.annotation) for name, parameter in parameters.items()}
    required = tuple(n for n, p in parameters.items() if _needed(p))

    def row(cells: Mapping[str, str]) -> SingleResult:
        empty = [name for name in required if name not in cells]
        if empty:  # an empty cell is dropped from the row: without this, a TypeError
            raise InputError(f"empty {empty[0]} cell; every row needs a {empty[0]}")
        arguments: dict[str, Any] = {}
        for name, value in cells.items():
            kind = kinds[name]
            if kind == "flag":
                arguments[name] = flag(value, name)
            elif kind == "list":
                arguments[name] = [item.strip() for item in value.split(";") if item.strip()]
            else:
                arguments[name] = value
        return entry(**arguments)

    def free_text(text: str) -> SingleResult:
        raise InputError("expected a CSV row under the header line")

    return BatchSpec(
        free_text,
        columns,
        fields=tuple(kinds),
        row=row,
        required=required,
        needs_header=True,
    )


def _needed(parameter: inspect.Parameter) -> bool:
    return parameter.default is inspect.Parameter.empty


def check_batch() -> BatchSpec:
    from mgcalc.core.intake.check import CheckRecord
    from mgcalc.core.intake.for_person import check_for

    return person_spec(check_for, tuple(CheckRecord.__annotations__))


def plan_batch() -> BatchSpec:
    from mgcalc.core.intake.for_person import plan_for
    from mgcalc.core.intake.plan import PlanRecord

    return person_spec(plan_for, tuple(PlanRecord.__annotations__))
