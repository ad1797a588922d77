"""Renderers: one per output format, all fed result objects, never strings.

``emit`` is the one entry point the CLI calls. Renderers for machine formats
(json, ndjson, csv) import only the stdlib; a table is written as plain text
without rich when rich would print no styles (:mod:`mgcalc.render.plain`), and
the rich table renderer is imported only when a table is drawn for a terminal,
so ``--json`` and tables in a pipe never pay for rich.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import IO, Any, Protocol, TextIO, runtime_checkable

from mgcalc.core.errors import ensure_finite

DEFAULT_WIDTH = 100  # what is drawn for a stream that is not a terminal, COLUMNS unset


def columns_from_env() -> int | None:
    """COLUMNS as a width, or None when unset or not a positive whole number
    (COLUMNS=0, -5 or abc mean "unset", not a zero-wide terminal)."""
    raw = os.environ.get("COLUMNS", "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) == 0:
        return None
    return int(raw)


def styled(stream: TextIO) -> bool:
    """Whether rich would print styles to ``stream`` (see rich's Console.is_terminal)."""
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
    """The width rich draws at on ``stream`` when it would print plain text there,
    or None when it would print styles or measure a terminal (a terminal marked
    TTY_COMPATIBLE=0 is still measured): only rich knows that width. Windows is
    left to rich too: its legacy-console handling is not what the tests run on."""
    if styled(stream) or _isatty(stream) or sys.platform == "win32":
        return None
    return columns_from_env() or DEFAULT_WIDTH


def ascii_only(stream: IO[str]) -> bool:
    """Whether rich draws ASCII on ``stream`` (its encoding is not UTF), as its
    Console.encoding reads the encoding; views then draw ASCII bars too."""
    encoding = (getattr(stream, "encoding", "utf-8") or "utf-8").lower()
    return not encoding.startswith("utf")


WORD = re.compile(r"\s*\S+\s*")  # a word as rich's wrap reads one, with the spaces around it
# the same, with a figure and the unit after it as one word ("350 mg", "4.06 mEq/mL"),
# so that no table, note or key/value line puts a unit on the line after its number
_GLUED_WORD = re.compile(
    r"\s*(?:\S*\d (?:mg|mcg|µg|μg|g|kg|t|mmol|mEq|mL|L|dL|IU|oz|lb|kcal|%)(?![A-Za-z])\S*|\S+)\s*"
)


def words(text: str, *, glue: bool = True) -> list[str]:
    """The pieces ``wrap`` keeps whole, each with the spaces before it (spaces at the
    start of a text belong to its first word), without those after it."""
    return [word.rstrip() for word in (_GLUED_WORD if glue else WORD).findall(text)]


def wrap(text: str, width: int, *, glue: bool = False, fold: bool = True) -> list[str]:
    """``text`` broken between words into lines of at most ``width`` characters,
    exactly as rich's Text.wrap breaks one line of single-cell characters: a word
    longer than a line is folded, and a line keeps the spaces after its last word
    as far as they fit in the width (rich's ``rstrip_end``).

    ``glue``: a figure and its unit count as one word (mgcalc's tables and notes,
    which both writers wrap with this before printing); ``fold=False``: a word
    longer than a line stands whole on its own line instead of being cut."""
    lines: list[str] = []
    line = ""
    found = (_GLUED_WORD if glue else WORD).findall(text)
    for word in found:
        if len(line) + len(word.rstrip()) <= width:
            line += word
        elif len(word.rstrip()) > width and fold:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            if line:
                lines.append(line)
            lines += pieces[:-1]
            line = pieces[-1]
        else:
            if line:
                lines.append(line)
            line = word
    lines.append(line if found else text)
    return [line[: max(width, len(line.rstrip()))] for line in lines]


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
        write_table(result, stream)
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


def write_table(result: Result, stream: TextIO, *, svg: str | None = None) -> None:
    """Draw ``result`` as a table on ``stream`` (``svg``: see render_table): as plain
    text without rich where rich would print the same text, else with rich."""
    width = plain_width(stream)
    if svg is None and width is not None:
        from mgcalc.render.plain import write_plain

        if write_plain(result, stream, width):
            return
    from mgcalc.render.table import render_table

    render_table(result, stream, svg=svg)
