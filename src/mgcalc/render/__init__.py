"""Renderers: one per output format, all fed result objects, never strings.

``emit`` is the one entry point the CLI calls. The machine formats (json, ndjson,
csv: :mod:`mgcalc.render.machine`) import only the stdlib. A table goes to a
terminal as a rich table (:mod:`mgcalc.render.table`) and to a pipe or a file as
mgcalc's own plain text (:mod:`mgcalc.render.plain`), which needs no rich, so
``--json`` and tables in a pipe never load it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import IO, Any, Protocol, TextIO, runtime_checkable

from mgcalc.core.errors import ensure_finite

DEFAULT_WIDTH = 100  # the width of plain text when COLUMNS is unset


def columns_from_env() -> int | None:
    """COLUMNS as a width, or None when unset or not a positive whole number
    (COLUMNS=0, -5 or abc mean "unset", not a zero-wide terminal)."""
    raw = os.environ.get("COLUMNS", "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) == 0:
        return None
    return int(raw)


def styled(stream: TextIO) -> bool:
    """Whether rich would print styles to ``stream``: the environment's
    TTY_COMPATIBLE or FORCE_COLOR, else whether it is a terminal."""
    if os.environ.get("TTY_COMPATIBLE") in ("0", "1"):
        return os.environ["TTY_COMPATIBLE"] == "1"
    if os.environ.get("FORCE_COLOR") is not None:
        return os.environ["FORCE_COLOR"] != ""
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def plain_width(stream: TextIO) -> int | None:
    """The width of plain text on ``stream`` (COLUMNS, else :data:`DEFAULT_WIDTH`),
    or None when rich draws there instead: on a terminal (which rich measures, even
    one marked TTY_COMPATIBLE=0) or wherever FORCE_COLOR asks for styles."""
    if styled(stream) or _isatty(stream):
        return None
    return columns_from_env() or DEFAULT_WIDTH


def ascii_only(stream: IO[str]) -> bool:
    """Whether ``stream``'s encoding is not a UTF one: views then draw ASCII bars,
    and plain text spells other characters it cannot encode in ASCII."""
    encoding = (getattr(stream, "encoding", "utf-8") or "utf-8").lower()
    return not encoding.startswith("utf")


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    NDJSON = "ndjson"


@runtime_checkable
class SingleResult(Protocol):
    def record(self) -> Mapping[str, Any]: ...

    def quiet(self) -> str: ...


@runtime_checkable
class ListingResult(Protocol):
    def records(self) -> Sequence[Mapping[str, Any]]: ...

    def quiet(self) -> str: ...


Result = SingleResult | ListingResult


def emit(result: Result, fmt: OutputFormat, stream: TextIO, *, quiet: bool = False) -> None:
    """Write ``result`` to ``stream`` in ``fmt`` (or just its primary figure).

    Nothing is written if a figure is not finite."""
    ensure_finite(result.records() if isinstance(result, ListingResult) else result.record())
    if fmt is OutputFormat.TABLE and not quiet:
        write_table(result, stream)
        return
    from mgcalc.render import machine

    machine.utf8(stream)  # data another program reads: never '?' for a letter
    if quiet:
        stream.write(result.quiet() + "\n")
        return

    if isinstance(result, ListingResult):
        rows: Sequence[Mapping[str, Any]] = result.records()
        single = False
    else:
        rows = [result.record()]
        single = True
    if fmt is OutputFormat.JSON:
        machine.write_json(rows[0] if single else rows, stream)
    elif fmt is OutputFormat.NDJSON:
        for row in rows:
            machine.write_ndjson(row, stream)
    else:
        machine.write_csv(rows, stream, () if rows else machine.declared_columns(result))


# Results drawn as a chart, not a picture of their table, by ``--svg``: the
# result's class name and "module:function" under mgcalc.render, given its records.
CHARTS: dict[str, str] = {"DaysResult": "chart:days_chart"}


def write_table(result: Result, stream: TextIO, *, svg: str | None = None) -> None:
    """Draw ``result`` as a table on ``stream``: mgcalc's plain text in a pipe or a
    file, a rich table on a terminal or with ``svg`` (see render_table). A result
    with a chart writes the chart to ``svg`` instead of a picture of the table."""
    chart = CHARTS.get(type(result).__name__)
    if svg is not None and chart is not None and isinstance(result, ListingResult):
        _write_chart(chart, result, svg, stream)
        if svg == "-":
            return
        svg = None
    width = plain_width(stream)
    if svg is None and width is not None:
        from mgcalc.render.plain import write_plain

        write_plain(result, stream, width)
        return
    from mgcalc.render.table import render_table

    render_table(result, stream, svg=svg)


def _write_chart(chart: str, result: ListingResult, svg: str, stream: TextIO) -> None:
    from importlib import import_module

    from mgcalc.core.errors import InputError

    module, function = chart.split(":")
    text = getattr(import_module(f"mgcalc.render.{module}"), function)(result.records())
    if svg == "-":
        stream.write(text)
        return
    try:
        with open(svg, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as exc:
        raise InputError(f"cannot write SVG '{svg}': {exc.strerror}") from None
