"""A document nested too deeply for the (recursive) JSON and TOML readers is bad
input: one ``mgcalc: error:`` line and exit 2, never an internal RecursionError."""

from __future__ import annotations

from pathlib import Path

DEEP = "[" * 100_000 + "]" * 100_000


def test_log_import_of_a_deep_json_array(mg, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP + "\n")
    ran = mg("log", "import", str(path))
    assert ran.code == 2
    assert ran.err.startswith("mgcalc: error: ") and "nested too deeply" in ran.err
    assert ran.err.count("\n") == 1


def test_log_import_of_a_deep_ndjson_line(mg, tmp_path: Path) -> None:
    path = tmp_path / "deep.ndjson"
    path.write_text('{"date": "2026-01-01", "name": "x", "mg": 10}\n{"a": ' + DEEP + "}\n")
    ran = mg("log", "import", str(path))
    assert ran.code == 2
    assert "line 2: " in ran.err and "nested too deeply" in ran.err
    assert ran.err.count("\n") == 1


def test_a_deep_profile_file(mg, mgcalc_home: Path) -> None:
    (mgcalc_home / "config.toml").write_text("[profile]\nsex = " + DEEP + "\n")
    ran = mg("profile", "show")
    assert ran.code == 2
    assert ran.err.startswith("mgcalc: error: ") and "nested too deeply" in ran.err
    assert ran.err.count("\n") == 1
