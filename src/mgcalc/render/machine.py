"""The machine formats: JSON, NDJSON and CSV (stdlib only, cheap to import).

JSON is UTF-8 unless the output stream cannot encode it, in which case it is
escaped to ASCII: still the same JSON document, never an encoding error.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO


def ascii_only(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    return not encoding.startswith(("utf", "utf8"))


def write_json(document: Any, stream: TextIO) -> None:
    stream.write(json.dumps(document, indent=2, ensure_ascii=ascii_only(stream)) + "\n")


def write_ndjson(row: Mapping[str, Any], stream: TextIO) -> None:
    stream.write(json.dumps(row, ensure_ascii=ascii_only(stream), separators=(",", ":")) + "\n")


def csv_cell(value: Any) -> Any:
    """Lists join with ';' (lists of objects become JSON), None is empty, booleans
    are true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if any(isinstance(item, dict) for item in value):
            return json.dumps(value, separators=(",", ":"))
        return ";".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return value


def csv_writer(stream: TextIO) -> Any:
    """RFC 4180: CRLF line ends, and any field holding a comma, quote, CR or LF quoted.

    (Python's csv quotes CR/LF only when they are in the line terminator, so a bare
    ``\\r`` inside a field would break readers with ``\\n`` line ends.)"""
    return csv.writer(stream, lineterminator="\r\n")


def write_csv(rows: Sequence[Mapping[str, Any]], stream: TextIO) -> None:
    header = columns_of(rows)
    writer = csv_writer(stream)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(row.get(key)) for key in header])


def columns_of(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Union of keys in first-seen order, so ragged rows still line up."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)
