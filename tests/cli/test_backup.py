"""backup and restore: the profile, the cabinet and the diary in one file, restored
all or nothing, saying what was restored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import NIGHTLY


@pytest.fixture
def home(mg):
    mg("profile", "set", "--sex", "female", "--age", "40", "--medication", "levothyroxine@07:00")
    mg("cabinet", "add", "nightly", NIGHTLY)
    mg("cabinet", "add", "calm", "Magnesium citrate 1000 mg", "--units-per-serving", "2")
    assert (
        mg("log", "add", "nightly", "calm", "--food", "almonds 1oz", "--date", "2026-11-20").code
        == 0
    )
    return mg


def _move(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Path:
    other = tmp_path / name
    monkeypatch.setenv("MGCALC_HOME", str(other))
    return other


def test_a_backup_carries_profile_cabinet_and_diary_to_a_new_home(
    home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mg = home
    file = str(tmp_path / "backup.json")
    made = mg("backup", file, "--json").json()
    assert (made["profile_included"], made["products_in_file"], made["entries_in_file"]) == (
        True, 2, 3,
    )  # fmt: skip
    assert mg("backup", file).code == 2  # no silent overwrite
    before = (mg("profile", "show", "--json").json(), mg("cabinet", "list", "--json").json())
    week = mg("log", "week", "--end", "2026-11-20", "--json").json()
    _move(monkeypatch, tmp_path, "new-home")
    restored = mg("restore", file, "--json").json()
    assert restored["profile_restored"] == "restored"
    assert (restored["products_restored"], restored["entries_restored"]) == (2, 3)
    assert (mg("profile", "show", "--json").json(), mg("cabinet", "list", "--json").json()) == (
        before[0] | {"path": mg("where", "--json").json()["config"]},
        before[1],
    )
    assert mg("log", "week", "--end", "2026-11-20", "--json").json() == week
    again = mg("restore", file, "--json").json()  # idempotent
    assert again["profile_restored"] == "unchanged" and again["already_present"] == 3
    assert "3 restored" in mg("restore", file, "--replace").out


def test_restore_is_all_or_nothing(home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mg = home
    doc = json.loads(mg("backup", "-").out)
    doc["cabinet"][0]["label"] = "Magnesium 1 mg"  # the same name, another product
    other = _move(monkeypatch, tmp_path, "other")
    mg("cabinet", "add", doc["cabinet"][0]["name"], "Magnesium 5 mg")
    ran = mg("restore", "-", stdin=json.dumps(doc))
    assert ran.code == 2 and "differs from the backup's" in ran.err and "--replace" in ran.err
    assert mg("log", "export").json() == [] and not (other / "config.toml").exists()
    doc["diary"][1]["kind"] = "pill"
    bad = mg("restore", "-", "--replace", stdin=json.dumps(doc))
    assert bad.code == 2 and "nothing" in bad.err
    assert [p["label"] for p in mg("cabinet", "list", "--json").json()] == ["Magnesium 5 mg"]
    for text in ("[]", "{}", "not json", '{"format": "mgcalc-backup", "version": 9}'):
        assert mg("restore", "-", stdin=text).code == 2
