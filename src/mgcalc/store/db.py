"""The SQLite file behind the cabinet and the diary: opening it safely.

Concurrency: WAL journal, a busy timeout and short ``BEGIN IMMEDIATE``
transactions, so two mgcalc processes adding entries at once both succeed.
Atomicity: every command's writes are one transaction, so Ctrl-C or a kill leaves
the file as it was before or after, never half-written. Any SQLite failure (a
corrupt, locked, read-only or foreign file) becomes one :class:`StoreError` line
naming the file, and mgcalc never rewrites or replaces a file it cannot read.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mgcalc.core.errors import InputError
from mgcalc.store.migrations import LATEST, migrate
from mgcalc.store.paths import database_path, ensure_home

DEFAULT_BUSY_MS = 5000


class StoreError(InputError):
    """The diary database cannot be used as it is (exit 2); the file is left alone."""


def busy_timeout_ms() -> int:
    """How long to wait for another mgcalc's write (``MGCALC_BUSY_TIMEOUT_MS``)."""
    try:
        return max(0, int(os.environ.get("MGCALC_BUSY_TIMEOUT_MS", DEFAULT_BUSY_MS)))
    except ValueError:
        return DEFAULT_BUSY_MS


def explain(error: sqlite3.Error, path: Path) -> StoreError:
    """One line a person can act on, from whatever SQLite reported."""
    name = getattr(error, "sqlite_errorname", "") or ""
    detail = str(error).splitlines()[0] if str(error) else name
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail:
        seconds = busy_timeout_ms() / 1000
        return StoreError(
            f"the diary database {path} is locked by another program "
            f"(waited {seconds:g} s); nothing was changed",
            suggestion="try again when the other mgcalc (or sqlite3 session) has finished",
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in detail:
        return StoreError(
            f"the diary database {path} is read-only; nothing was changed",
            suggestion="check the file's permissions, or set MGCALC_HOME to a writable directory",
        )
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in detail:
        return StoreError(
            f"{path} is damaged or not an SQLite database ({detail}); mgcalc has not changed it",
            suggestion="restore it from a backup, or move it aside to start a new diary",
        )
    if name == "SQLITE_FULL":
        return StoreError(f"the disk holding {path} is full; nothing was changed")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in detail:
        return StoreError(f"cannot open the diary database {path} ({detail})")
    return StoreError(f"the diary database {path} cannot be used: {detail}")


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        raise explain(error, path) from None


def connect(*, create: bool) -> sqlite3.Connection | None:
    """An open, migrated connection; None if there is no database and ``create`` is
    False (reading commands then show an empty diary and write nothing)."""
    path = database_path()
    if not path.exists():
        if not create:
            return None
        ensure_home()
    elif path.is_dir():
        raise StoreError(f"{path} is a directory, not the diary database")
    ms = busy_timeout_ms()
    with guarded(path):
        connection = sqlite3.connect(path, timeout=ms / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {ms}")
            # WAL with synchronous=NORMAL: commits survive a crash of mgcalc or the
            # OS intact (the SQLite docs' recommended pairing); only the last commits
            # before a power cut may be lost, never consistency.
            connection.execute("PRAGMA synchronous = NORMAL")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > LATEST:
                raise StoreError(
                    f"{path} was written by a newer mgcalc (schema version {version}; this "
                    f"mgcalc reads up to {LATEST}); nothing was changed",
                    suggestion="upgrade mgcalc to read it",
                )
            if version == 0 and _has_tables(connection):
                raise StoreError(
                    f"{path} is an SQLite database but not an mgcalc diary; "
                    "mgcalc has not changed it",
                    suggestion="move it aside, or set MGCALC_HOME to another directory",
                )
            if version < LATEST:
                migrate(connection, path, version)
            connection.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            connection.close()
            raise
    return connection


def _has_tables(connection: sqlite3.Connection) -> bool:
    return bool(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; any exception, Ctrl-C included, rolls back."""
    path = database_path()
    with guarded(path):
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
