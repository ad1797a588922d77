"""Records of bad input a run went past: a batch line, or one option's value.

Shared by batch mode, compare, label and interactions (and the schema of each),
so that one error record has one shape and one place-name (``line 3``,
``--product 2``) in stderr, tables and JSON alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class ErrorRecord(TypedDict):
    line: fields.Line
    input: fields.Input
    error: fields.Error


class OptionError(TypedDict):
    """An option's value that could not be read; the run went on without it."""

    option: fields.Option
    index: NotRequired[fields.Index]
    input: fields.Input
    error: fields.Error


def option_error(option: str, text: str, error: str, index: int | None = None) -> OptionError:
    """The error record of a bad option value: ``index`` (from 1) for a repeatable
    option (``--product``), so that it never reads as line N of a file."""
    if index is None:
        return {"option": option, "input": text, "error": error}
    return {"option": option, "index": index, "input": text, "error": error}


def error_place(record: Mapping[str, Any]) -> str:
    """Where a bad entry came from, as its stderr line and table note name it:
    ``line 3``, ``--product 2`` or ``--target``."""
    if "line" in record:
        return f"line {record['line']}"
    index = record.get("index")
    return record["option"] if index is None else f"{record['option']} {index}"
