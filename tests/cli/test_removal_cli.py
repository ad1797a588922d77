"""log remove, log undo and cabinet remove say that they removed, in table and JSON."""

from __future__ import annotations

import json

from tests.conftest import NIGHTLY


def test_undo_says_what_it_removed(mg) -> None:
    added = mg("log", "add", "glycinate 400mg", "300", "--date", "2026-01-05", "--json")
    assert added.code == 0, added.err
    assert [entry["removed"] for entry in added.json()] == [False, False]
    assert "'mgcalc log undo' takes back" in mg("log", "add", "100", "--date", "2026-01-05").out
    undone = mg("log", "undo")
    assert undone.code == 0, undone.err
    lines = undone.out.splitlines()
    assert lines[0] == "Removed from the diary: 1 entry"
    assert "log undo" not in undone.out and "no longer in the diary" in undone.out
    assert "mgcalc log day 2026-01-05" in " ".join(undone.out.split())
    again = mg("log", "undo", "--json").json()
    assert [(e["item"], e["removed"]) for e in again] == [
        ("glycinate 400mg", True),
        ("300", True),
    ]
    assert mg("log", "export").json() == []


def test_remove_says_what_it_removed_and_import_puts_it_back(mg) -> None:
    ids = [e["entry_id"] for e in mg("log", "add", "200", "150", "--json").json()]
    removed = mg("log", "remove", str(ids[1]), "--json")
    assert removed.code == 0, removed.err
    [entry] = removed.json()
    assert entry["removed"] is True and entry["entry_id"] == ids[1]
    table = mg("log", "remove", str(ids[0])).out
    assert table.startswith("Removed from the diary: 1 entry") and "log undo" not in table
    assert mg("log", "export").json() == []
    restored = mg("log", "import", "-", "--json", stdin=json.dumps([entry]))
    assert restored.code == 0, restored.err
    assert [e["entry_id"] for e in mg("log", "export").json()] == [ids[1]]


def test_cabinet_remove_says_so(mg) -> None:
    shown = mg("cabinet", "add", "nightly", NIGHTLY, "--json").json()
    assert "removed" not in shown
    table = mg("cabinet", "remove", "nightly")
    assert table.code == 0, table.err
    assert table.out.startswith("Removed from the cabinet: nightly")
    assert "logs one serving" not in table.out
    mg("cabinet", "add", "nightly", NIGHTLY)
    record = mg("cabinet", "remove", "nightly", "--json").json()
    assert record == shown | {"removed": True, "added_at": record["added_at"]}
