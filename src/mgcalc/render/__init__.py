"""Renderers: one per output format, all fed result objects, never strings.

``emit`` is the one entry point the CLI calls. Renderers for machine formats
(json, ndjson, csv) import only the stdlib; the rich table renderer is imported
only when a table is actually drawn, so ``--json`` never pays for rich.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Protocol, TextIO, runtime_checkable

from mgcalc.core.errors import ensure_finite

DEFAULT_WIDTH = 100  # what is drawn for a stream that is not a terminal, COLUMNS unset


def columns_from_env() -> int | None:
    """COLUMNS as a width, or None when unset or not a positive whole number
    (COLUMNS=0, -5 or abc mean "unset", not a zero-wide terminal)."""
    import os

    raw = os.environ.get("COLUMNS", "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) == 0:
        return None
    return int(raw)


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
    if quiet:
        stream.write(result.quiet() + "\n")
        return
    if fmt is OutputFormat.TABLE:
        from mgcalc.render.table import render_table

        render_table(result, stream)
        return
    from mgcalc.render import machine

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
        machine.write_csv(rows, stream)
