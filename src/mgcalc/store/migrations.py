"""The diary's schema, version by version (``PRAGMA user_version``).

Each version lists the statements that bring the previous one up to it; a new
mgcalc adds a version and never edits an old one. Before changing an existing
file, :func:`migrate` copies it (SQLite's online backup, consistent even in WAL
mode) to ``diary.db.vN.bak`` beside it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE products (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            label TEXT NOT NULL,
            forms TEXT NOT NULL,
            figure_is TEXT NOT NULL,
            stated_mg REAL NOT NULL,
            elemental_mg_per_unit REAL NOT NULL,
            units_per_serving INTEGER NOT NULL,
            price REAL,
            count INTEGER,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            time TEXT,
            kind TEXT NOT NULL,
            item TEXT NOT NULL,
            count REAL NOT NULL,
            elemental_mg REAL NOT NULL,
            form TEXT,
            compound_mg REAL,
            source TEXT,
            logged_at TEXT NOT NULL
        )""",
    ),
    # 2: days and weeks read entries by date
    2: ("CREATE INDEX entries_by_date ON entries (date, time, id)",),
}
LATEST = max(MIGRATIONS)


def backup_path(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    serial = 1
    while candidate.exists():
        serial += 1
        candidate = path.with_name(f"{path.name}.v{version}.{serial}.bak")
    return candidate


def migrate(connection: sqlite3.Connection, path: Path, version: int, target: int = LATEST) -> None:
    """Bring the file from ``version`` up to ``target`` in one transaction, after a
    backup when the file already held a diary."""
    if version > 0:
        with sqlite3.connect(backup_path(path, version)) as copy:
            connection.backup(copy)
        copy.close()
    connection.execute("BEGIN IMMEDIATE")
    try:
        current = connection.execute("PRAGMA user_version").fetchone()[0]
        for step in range(current + 1, target + 1):  # another mgcalc may have migrated
            for statement in MIGRATIONS[step]:
                connection.execute(statement)
        if current < target:
            connection.execute(f"PRAGMA user_version = {target}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    if version == 0:
        connection.execute("PRAGMA journal_mode = WAL")
