"""The diary file under stress: concurrent writers, kills mid-import, damaged,
locked, read-only and newer files, and migrations that back up first."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT


def env() -> dict[str, str]:
    """Read at call time: the autouse fixture has set MGCALC_HOME by then."""
    assert os.environ.get("MGCALC_HOME")
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def count(home: Path) -> int:
    with sqlite3.connect(home / "diary.db") as db:
        return int(db.execute("SELECT count(*) FROM entries").fetchone()[0])


def test_two_writer_processes_lose_nothing(mgcalc_home: Path) -> None:
    per_process = 150
    code = (
        "import sys\nfrom mgcalc.entry import run\n"
        f"for n in range({per_process}):\n"
        "    assert run(['log', 'add', f'{n + 1}', '--date', '2026-01-0' + sys.argv[1],"
        " '-q']) == 0\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(k)], env=env(), stdout=subprocess.DEVNULL)
        for k in (1, 2, 3)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    assert count(mgcalc_home) == 3 * per_process
    with sqlite3.connect(mgcalc_home / "diary.db") as db:
        per_day = dict(db.execute("SELECT date, count(*) FROM entries GROUP BY date").fetchall())
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert per_day == {f"2026-01-0{k}": per_process for k in (1, 2, 3)}


def _export(entries: int) -> str:
    return json.dumps(
        [
            {
                "id": None,
                "date": "2025-06-01",
                "time": "08:00",
                "kind": "supplement",
                "item": f"glycinate {n}mg",
                "count": 1.0,
                "elemental_mg": 0.5 + n / 1000,
                "form": "glycinate",
                "compound_mg": None,
                "source": "PUBCHEM",
                "logged_at": "2025-06-01T08:00:00",
            }
            for n in range(entries)
        ]
    )


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_import_is_all_or_nothing(mgcalc_home: Path, tmp_path, sig) -> None:
    from mgcalc.entry import run

    assert run(["log", "add", "300", "-q"]) == 0
    entries = 15_000
    big = tmp_path / "big.json"
    big.write_text(_export(entries), encoding="utf-8")
    wal = mgcalc_home / "diary.db-wal"
    proc = subprocess.Popen(
        [sys.executable, "-m", "mgcalc", "log", "import", str(big)],
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 0:  # the transaction is writing
            break
        time.sleep(0.002)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    stored = count(mgcalc_home)
    print("after the signal:", stored, "entries")
    assert stored in (1, 1 + entries)
    with sqlite3.connect(mgcalc_home / "diary.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert run(["log", "add", "100", "-q"]) == 0  # still usable


def _fails_cleanly(mg, *argv: str) -> str:
    ran = mg(*argv)
    assert ran.code == 2, (ran.code, ran.err)
    assert ran.err.startswith("mgcalc: error:") and ran.err.count("\n") == 1
    return ran.err


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_damaged_file_is_one_error_and_left_alone(mg, mgcalc_home: Path, content) -> None:
    path = mgcalc_home / "diary.db"
    path.write_bytes(content)
    for argv in (("log", "add", "300"), ("log", "day", "--sex", "male"), ("cabinet", "list")):
        assert "mgcalc has not changed it" in _fails_cleanly(mg, *argv)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_file_is_not_taken_over(mg, mgcalc_home: Path) -> None:
    path = mgcalc_home / "diary.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
    before = path.read_bytes()
    assert "not an mgcalc diary" in _fails_cleanly(mg, "log", "add", "300")
    assert path.read_bytes() == before


def test_a_newer_file_is_refused(mg, mgcalc_home: Path) -> None:
    assert mg("log", "add", "300").code == 0
    with sqlite3.connect(mgcalc_home / "diary.db") as db:
        db.execute("PRAGMA user_version = 99")
    before = (mgcalc_home / "diary.db").read_bytes()
    assert "newer mgcalc" in _fails_cleanly(mg, "log", "add", "300")
    assert "newer mgcalc" in _fails_cleanly(mg, "log", "export")
    assert (mgcalc_home / "diary.db").read_bytes() == before


def test_a_locked_file_is_one_error(mg, mgcalc_home: Path, monkeypatch) -> None:
    assert mg("log", "add", "300").code == 0
    monkeypatch.setenv("MGCALC_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(mgcalc_home / "diary.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert "locked" in _fails_cleanly(mg, "log", "add", "100")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert mg("log", "add", "100").code == 0
    assert count(mgcalc_home) == 2


def _without_root_powers() -> list[str]:
    """Root ignores file modes; drop the capabilities that let it (setpriv)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root needs setpriv to test a read-only file"
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_a_read_only_file_is_one_error(mg, mgcalc_home: Path) -> None:
    assert mg("log", "add", "300").code == 0
    path = mgcalc_home / "diary.db"
    before = path.read_bytes()
    path.chmod(0o444)
    mgcalc_home.chmod(0o555)
    try:
        proc = subprocess.run(
            [*_without_root_powers(), sys.executable, "-m", "mgcalc", "log", "add", "100"],
            env=env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        mgcalc_home.chmod(0o755)
        path.chmod(0o644)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("mgcalc: error:") and proc.stderr.count("\n") == 1
    assert "read-only" in proc.stderr or "cannot open" in proc.stderr
    assert path.read_bytes() == before


def test_migration_from_version_1_backs_up_first(mg, mgcalc_home: Path) -> None:
    from mgcalc.store.migrations import LATEST, MIGRATIONS

    path = mgcalc_home / "diary.db"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[1]:
            db.execute(statement)
        db.execute(
            "INSERT INTO entries VALUES (7, '2025-01-01', NULL, 'supplement', '300', 1.0, "
            "300.0, NULL, NULL, NULL, '2025-01-01T00:00:00')"
        )
        db.execute("PRAGMA user_version = 1")
    db.close()
    assert mg("log", "add", "100").code == 0
    backups = list(mgcalc_home.glob("diary.db.v1*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT id FROM entries").fetchall() == [(7,)]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "entries_by_date" in indexes
    assert mg("log", "export").json()[0]["entry_id"] == 7
