"""``log export`` and ``log import`` formats: every entry, exactly, both ways.

JSON (an array, or NDJSON one entry a line) and CSV with a header of the entry's
fields. Numbers are written in Python's shortest round-tripping form and empty
CSV cells mean null, so export -> import -> export gives the same bytes. Export
CSV is data for re-import, so cells are written as they are (no spreadsheet
escaping that would change them). Reading checks every record field by field
(:func:`entry_from_record`) before anything is stored and names each bad line.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO, TypedDict

from mgcalc.core.csvtext import csv_text, csv_untext
from mgcalc.core.diary.entries import (
    CLOCK,
    EXPORT_COLUMNS,
    KINDS,
    MAX_TEXT,
    OLD_EXPORT_COLUMNS,
    V0_EXPORT_COLUMNS,
    Entry,
    parse_date,
)
from mgcalc.core.errors import InputError, MgcalcError

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

MAX_REPORTED = 5
MAX_ITEMS_MG = 1_000_000.0


class ImportRecord(TypedDict):
    file: fields.File
    records: fields.Records
    imported: fields.Imported
    already_present: fields.AlreadyPresent


class ImportResult(NamedTuple):
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
        return []  # an empty diary's NDJSON export: no lines, nothing to import
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
    if tuple(header) not in (EXPORT_COLUMNS, OLD_EXPORT_COLUMNS, V0_EXPORT_COLUMNS):
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


def entry_from_record(record: Mapping[str, Any]) -> Entry:
    """A record from ``log export`` (JSON values, or CSV text) -> an entry, checked."""
    if not isinstance(record, Mapping):
        raise InputError("not an object with the export's fields")
    # a listing printed by log add/remove/undo says whether it was removed, and log add's
    # the day's standing after it: neither is stored
    record = _current_names({k: v for k, v in record.items() if k not in ("removed", "day")})
    missing = [c for c in EXPORT_COLUMNS if c not in record]
    extra = [k for k in record if k not in EXPORT_COLUMNS]
    if missing or extra:
        raise InputError(
            "fields " + ", ".join(missing) + " missing"
            if missing
            else "unknown fields " + ", ".join(map(str, extra))
        )
    day = _text(record, "date")
    if len(day) != 10 or parse_date(day, date.today()) != day:
        raise InputError(f"bad date '{day}' (YYYY-MM-DD)")
    time = _optional_text(record, "clock")
    if time is not None and not re.match(CLOCK, time):
        raise InputError(f"bad clock time '{time}' (HH:MM)")
    kind = _text(record, "kind")
    if kind not in KINDS:
        raise InputError(f"kind '{kind}' is not one of {', '.join(KINDS)}")
    described, other = ("food", "form") if kind == "food" else ("form", "food")
    if record[other] not in (None, ""):
        raise InputError(
            f"'{other}' must be empty for a {kind} entry (its text goes in '{described}')"
        )
    logged_at = _text(record, "logged_at")
    try:
        datetime.fromisoformat(logged_at)
    except ValueError:
        raise InputError(f"bad logged_at '{logged_at}' (an ISO date and time)") from None
    entry_id = record["entry_id"]
    if entry_id in (None, ""):
        entry_id = None
    elif (
        isinstance(entry_id, bool)
        or not isinstance(entry_id, int | str)
        or not str(entry_id).isdigit()
    ):
        raise InputError(f"bad entry_id '{entry_id}' (a whole number)")
    return Entry(
        None if entry_id is None else int(entry_id),
        day,
        time,
        kind,
        _text(record, "item"),
        _number(record, "count", allow_zero=kind == "none"),
        _number(record, "elemental_mg", allow_zero=True),
        _optional_text(record, described),
        None if record["compound_mg"] in (None, "") else _number(record, "compound_mg"),
        _optional_text(record, "source"),
        logged_at,
    )


def _current_names(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """An entry of an older export ('time'; a food's description in 'form'; before
    contract v1, 'id' for 'entry_id') under the current names; any other record as it is."""
    if set(record) == set(V0_EXPORT_COLUMNS):
        return {("entry_id" if key == "id" else key): value for key, value in record.items()}
    if set(record) != set(OLD_EXPORT_COLUMNS):
        return record
    renamed = {key: value for key, value in record.items() if key not in ("time", "id")}
    renamed["entry_id"] = record["id"]
    renamed["clock"] = record["time"]
    food = record.get("kind") == "food"
    renamed["food"] = record["form"] if food else None
    renamed["form"] = None if food else record["form"]
    return renamed


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise InputError(f"'{key}' must be non-empty text (up to {MAX_TEXT} characters)")
    return value


def _optional_text(record: Mapping[str, Any], key: str) -> str | None:
    return None if record[key] in (None, "") else _text(record, key)


def _number(record: Mapping[str, Any], key: str, *, allow_zero: bool = False) -> float:
    value = record[key]
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise InputError(f"'{key}' must be a number, got '{record[key]}'") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"'{key}' must be a number")
    number = float(value)
    low_ok = number >= 0 if allow_zero else number > 0
    if not (math.isfinite(number) and low_ok and number <= MAX_ITEMS_MG):
        raise InputError(f"'{key}' {record[key]} is out of range")
    return number
