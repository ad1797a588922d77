"""``log export`` and ``log import`` formats: every entry, exactly, both ways.

JSON (an array, or NDJSON one entry a line) and CSV with a header of the entry's
fields. Numbers are written in Python's shortest round-tripping form and empty
CSV cells mean null, so export -> import -> export gives the same bytes. Export
CSV is data for re-import, so cells are written as they are (no spreadsheet
escaping that would change them). Reading checks every record before anything
is stored and names each bad line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, TextIO

from mgcalc.core.csvtext import csv_text, csv_untext
from mgcalc.core.diary import EXPORT_COLUMNS, OLD_EXPORT_COLUMNS, Entry, entry_from_record
from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.recordclass import recordclass
from mgcalc.typeddict import TypedDict

MAX_REPORTED = 5


class ImportRecord(TypedDict):
    file: str
    records: int
    imported: int
    already_present: int


@recordclass
class ImportResult:
    file: str
    found: int  # not "records": that name would make this look like a listing
    imported: int
    already_present: int

    def record(self) -> ImportRecord:
        return {
            "file": self.file,
            "records": self.found,
            "imported": self.imported,
            "already_present": self.already_present,
        }

    def quiet(self) -> str:
        return str(self.imported)


def write_csv(entries: Sequence[Entry], stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for entry in entries:
        record: dict[str, Any] = dict(entry.record())
        writer.writerow(
            [
                ""
                if value is None
                else repr(value)
                if isinstance(value, float)
                else csv_text(value)
                if isinstance(value, str)
                else value
                for value in (record[c] for c in EXPORT_COLUMNS)
            ]
        )


def read_entries(text: str) -> list[Entry]:
    """Every entry in an export, or :class:`InputError` listing the bad lines."""
    text = text.removeprefix("\ufeff")
    stripped = text.lstrip()
    if not stripped:
        raise InputError("the file holds no entries")
    if stripped.startswith("["):
        records = _json_array(text)
    elif stripped.startswith("{"):
        records = _ndjson(text)
    else:
        records = _csv(text)
    entries: list[Entry] = []
    bad: list[str] = []
    for line, record in records:
        try:
            if isinstance(record, str):
                raise InputError(record)
            entries.append(entry_from_record(record))
        except MgcalcError as error:
            bad.append(f"line {line}: {error}")
    if bad:
        shown = "; ".join(bad[:MAX_REPORTED])
        more = f"; and {len(bad) - MAX_REPORTED} more" if len(bad) > MAX_REPORTED else ""
        raise InputError(f"nothing imported: {len(bad)} bad record(s): {shown}{more}")
    return entries


TOO_DEEP = "the JSON is nested too deeply to read (an entry is one flat object)"


def _json_array(text: str) -> list[tuple[int, Any]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"nothing imported: not valid JSON at line {error.lineno}: {error.msg}"
        ) from None
    except RecursionError:  # the decoder recurses per bracket: bad input, not a crash
        raise InputError(f"nothing imported: {TOO_DEEP}") from None
    if not isinstance(document, list):
        raise InputError("nothing imported: expected a JSON array of entries")
    return [(number, record) for number, record in enumerate(document, start=1)]


def _ndjson(text: str) -> list[tuple[int, Any]]:
    found: list[tuple[int, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            found.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            found.append((number, f"not valid JSON ({error.msg})"))
        except RecursionError:
            found.append((number, TOO_DEEP))
    return found


def _csv(text: str) -> list[tuple[int, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InputError("nothing imported: no CSV header") from None
    if tuple(header) not in (EXPORT_COLUMNS, OLD_EXPORT_COLUMNS):
        raise InputError(
            "nothing imported: the CSV header must be the export's: " + ",".join(EXPORT_COLUMNS)
        )
    found: list[tuple[int, Any]] = []
    try:
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                found.append((number, f"{len(row)} fields, expected {len(header)}"))
                continue
            found.append((number, dict(zip(header, map(csv_untext, row), strict=True))))
    except csv.Error as error:
        found.append((reader.line_num, f"unreadable CSV ({error})"))
    return found
