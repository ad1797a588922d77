"""The entries table: adding, removing, reading by date, exporting and importing.

Each command is one short transaction. An import is checked in full before the
transaction starts and written in one transaction, so a bad file or a kill leaves
the diary exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from mgcalc.core.diary.entries import COLUMNS, Entry
from mgcalc.core.errors import InputError
from mgcalc.store.db import connect, transaction

_SELECT = f"SELECT {', '.join(COLUMNS)} FROM entries"
_INSERT = f"INSERT INTO entries ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def _entry(row: Sequence[object]) -> Entry:
    return Entry(*row)  # type: ignore[arg-type]


def _values(entry: Entry) -> tuple[object, ...]:
    return tuple(getattr(entry, column) for column in COLUMNS)


def add_entries(
    entries: Sequence[Entry], *, connection: sqlite3.Connection | None = None
) -> list[Entry]:
    """Store ``entries`` (ids assigned here) in one transaction; returns them with ids."""
    own = connection is None
    connection = connection or connect(create=True)
    assert connection is not None
    stored = []
    try:
        with transaction(connection):
            for entry in entries:
                cursor = connection.execute(_INSERT, (None, *_values(entry)[1:]))
                stored.append(Entry(cursor.lastrowid, *_values(entry)[1:]))  # type: ignore[arg-type]
    finally:
        if own:
            connection.close()
    return stored


def day_entries(connection: sqlite3.Connection, day: str) -> list[Entry]:
    """One day's entries, on the caller's connection."""
    rows = connection.execute(
        f"{_SELECT} WHERE date = ? ORDER BY time IS NULL, time, id", (day,)
    ).fetchall()
    return [_entry(row) for row in rows]


def entries_between(first: str, last: str) -> list[Entry]:
    connection = connect(create=False)
    if connection is None:
        return []
    try:
        rows = connection.execute(
            f"{_SELECT} WHERE date BETWEEN ? AND ? ORDER BY date, time IS NULL, time, id",
            (first, last),
        ).fetchall()
    finally:
        connection.close()
    return [_entry(row) for row in rows]


def all_entries() -> list[Entry]:
    connection = connect(create=False)
    if connection is None:
        return []
    try:
        rows = connection.execute(f"{_SELECT} ORDER BY id").fetchall()
    finally:
        connection.close()
    return [_entry(row) for row in rows]


def remove_entries(entry_id: int | None) -> list[Entry]:
    """Remove one entry by id, or (None, for ``log undo``) what the last ``log add``
    or ``log none`` stored: the newest entry and those logged with it."""
    connection = connect(create=False)
    if connection is None:
        raise InputError("the diary is empty: nothing to remove")
    try:
        with transaction(connection):
            if entry_id is None:
                last = connection.execute(f"{_SELECT} ORDER BY id DESC LIMIT 1").fetchone()
                if last is None:
                    raise InputError("the diary is empty: nothing to undo")
                rows = connection.execute(
                    f"{_SELECT} WHERE logged_at = ? ORDER BY id", (last[-1],)
                ).fetchall()
            else:
                rows = connection.execute(f"{_SELECT} WHERE id = ?", (entry_id,)).fetchall()
                if not rows:
                    raise InputError(
                        f"no diary entry has id {entry_id}", suggestion="see mgcalc log day --json"
                    )
            connection.executemany("DELETE FROM entries WHERE id = ?", [(r[0],) for r in rows])
    finally:
        connection.close()
    return [_entry(row) for row in rows]


def import_entries(entries: Iterable[Entry]) -> tuple[int, int]:
    """Store exported entries in one transaction: an id that is free is kept, an
    entry already present (same id, same content) is skipped, and an id taken by a
    different entry gets a new one. Returns (imported, already present)."""
    connection = connect(create=True)
    assert connection is not None
    try:
        with transaction(connection):
            return import_into(connection, entries)
    finally:
        connection.close()


def import_into(connection: sqlite3.Connection, entries: Iterable[Entry]) -> tuple[int, int]:
    """:func:`import_entries` inside the caller's transaction."""
    imported = skipped = 0
    for entry in entries:
        if entry.id is not None:
            row = connection.execute(f"{_SELECT} WHERE id = ?", (entry.id,)).fetchone()
            if row is None:
                connection.execute(_INSERT, _values(entry))
                imported += 1
                continue
            if _entry(row).same_content(entry):
                skipped += 1
                continue
        connection.execute(_INSERT, (None, *_values(entry)[1:]))
        imported += 1
    return imported, skipped
