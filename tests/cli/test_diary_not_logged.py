"""A diary day with nothing logged has no status against the UL: -q says not-logged,
the JSON never claims 'within', and log week/days agree."""

from __future__ import annotations

from tests.conftest import iso


def test_not_logged_day_has_no_ul_status(mg, monkeypatch) -> None:
    assert mg("profile", "set", "--sex", "female", "--age", "30").code == 0
    quiet = mg("log", "day", iso(3), "-q")
    assert quiet.code == 0 and quiet.out.strip() == "not_logged"
    rec = mg("log", "day", iso(3), "--json").json()
    assert rec["status"] == rec["ul_status"] == "not_logged"
    assert rec["percent_of_ul"] is None and rec["percent_of_reference"] is None
    monkeypatch.setenv("COLUMNS", "40")
    table = mg("log", "day", iso(3)).out
    assert "within" not in table and "no status against the UL" in table
    assert all(len(line) <= 40 for line in table.splitlines())


def test_week_agrees_with_the_day(mg) -> None:
    assert mg("profile", "set", "--sex", "female", "--age", "30").code == 0
    assert mg("log", "week", "--end", iso(0), "-q").out.strip() == "not_logged"
    mg("log", "add", "200", "--date", iso(1))
    mg("log", "none", "--date", iso(2))
    rows = {r["date"]: r for r in mg("log", "week", "--end", iso(0), "--json").json()}
    assert rows[iso(0)]["ul_status"] == "not_logged"
    assert rows[iso(1)]["ul_status"] == "within"
    assert rows[iso(2)]["ul_status"] == "within"  # 'log none': logged, no supplements
    for day, row in rows.items():
        single = mg("log", "day", day, "--json").json()
        assert single["ul_status"] == row["ul_status"]
    assert mg("log", "week", "--end", iso(0), "-q").out.strip() == "within"
    assert mg("log", "day", iso(2), "-q").out.strip() == "within"
