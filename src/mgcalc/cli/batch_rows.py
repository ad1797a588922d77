"""Batch rows as keyword arguments of one entry point, with the command's options
applied to every row.

A command's batch columns are the keyword arguments of the function its single run
calls (:func:`mgcalc.core.chemistry.from_text.elemental_of`,
:func:`mgcalc.core.intake.for_person.check_for`, ...), so an argument added there is
a column at once. Cells are what a person would type after the option:
``yes``/``no`` (or ``x``, ``1``, ``true``) for flags, several items in one cell
separated by ``;`` (or a repeated column).

An option given beside ``--batch`` (``--count 2``, ``--standard eu``) is that
keyword for every row, exactly as in a single run; a header naming the same column
as well is refused (:class:`mgcalc.cli.batch_input.Rows`), since one of the two
would have to be ignored.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any

from mgcalc.cli.batch_input import BatchSpec
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


def keyword_spec(
    entry: Callable[..., SingleResult],
    columns: tuple[str, ...],
    *,
    preset: Mapping[str, Any] | None = None,
    words: tuple[str, ...] = (),
    split: Callable[[str], tuple[str, ...]] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> BatchSpec:
    """The batch spec of ``entry``: its keywords are the columns, ``preset`` (options
    given on the command line, as the single run passes them) goes to every row.

    ``words``: the columns a free-text line fills, in order, through ``split``
    (``citrate 500mg`` -> form, amount); without them every row needs a header.
    """
    given = dict(preset or {})
    parameters = inspect.signature(entry).parameters
    kinds = {name: _kind(parameter.annotation) for name, parameter in parameters.items()}
    required = tuple(
        n for n, p in parameters.items() if p.default is inspect.Parameter.empty and n not in given
    )

    def row(cells: Mapping[str, str]) -> SingleResult:
        empty = [name for name in required if name not in cells]
        if empty:  # an empty cell is dropped from the row: without this, a TypeError
            raise InputError(f"empty {empty[0]} cell; every row needs a {empty[0]}")
        arguments: dict[str, Any] = dict(given)
        for name, value in cells.items():
            kind = kinds[name]
            if kind == "flag":
                arguments[name] = flag(value, name)
            elif kind == "list":
                arguments[name] = [item.strip() for item in value.split(";") if item.strip()]
            else:
                arguments[name] = value
        return entry(**arguments)

    if split is not None:
        read = split

        def free_text(text: str) -> SingleResult:
            return entry(**dict(zip(words, read(text), strict=True)), **given)

    else:

        def free_text(text: str) -> SingleResult:
            raise InputError("expected a CSV row under the header line")

    return BatchSpec(
        free_text,
        columns,
        fields=(*words, *(name for name in kinds if name not in words)),
        positional=len(words),
        row=row,
        required=required,
        aliases=aliases or {},
        needs_header=split is None,
        preset=frozenset(given),
    )
