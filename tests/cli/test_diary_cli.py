"""cabinet and log, in-process, in table and JSON, against a temporary MGCALC_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import NIGHTLY, iso


@pytest.fixture
def stocked(mg):
    assert mg("profile", "set", "--sex", "female", "--age", "34").code == 0
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    assert mg("cabinet", "add", "citrus", "Magnesium citrate 500 mg").code == 0
    return mg


def test_cabinet_add_show_list_remove(mg, mgcalc_home: Path) -> None:
    added = mg("cabinet", "add", "nightly", NIGHTLY, "--price", "12", "--count", "120", "--json")
    assert added.code == 0, added.err
    rec = added.json()
    assert rec["label"] == NIGHTLY and rec["forms"] == ["glycinate"]
    assert rec["figure_is"] == "elemental" and rec["elemental_per_unit_mg"] == 200
    assert rec["cost_per_100mg"] == pytest.approx(100 * 12 / (120 * 200), abs=1e-4)
    compound = mg("cabinet", "add", "citrus", "Magnesium citrate 500 mg", "--json").json()
    elemental = mg("elemental", "citrate", "500mg", "--json").json()["elemental_mg"]
    assert compound["figure_is"] == "compound"
    assert compound["elemental_per_unit_mg"] == elemental
    two = mg("cabinet", "add", "pair", NIGHTLY, "--units-per-serving", "2", "--json").json()
    # the line is per serving, as label reads it: a serving of two holds 100 mg each
    assert two["elemental_mg"] == 200 and two["elemental_per_unit_mg"] == 100
    pasted = mg("label", NIGHTLY, "--units-per-serving", "2", "--json").json()
    assert pasted["elemental_per_unit_mg"] == two["elemental_per_unit_mg"]
    listing = mg("cabinet", "list", "--json").json()
    assert [p["name"] for p in listing] == ["citrus", "nightly", "pair"]
    assert mg("cabinet", "list", "-q").out.strip() == "3"
    assert "glycinate" in mg("cabinet", "list").out
    assert mg("cabinet", "show", "NIGHTLY", "--json").json() == rec
    assert "200 mg (elemental)" in mg("cabinet", "show", "nightly").out
    assert mg("cabinet", "remove", "pair", "--json").json()["name"] == "pair"
    assert [p["name"] for p in mg("cabinet", "list", "--json").json()] == ["citrus", "nightly"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["vit", "Vitamin C 500 mg"], "could not find magnesium"),
        (["mag", "Magnesium"], "amount"),
        (["citrate", NIGHTLY], "name of a magnesium form"),
        (["two  spaces", NIGHTLY], "one space between words"),
        (["ok", NIGHTLY, "--price", "3"], "go together"),
        (["ok", NIGHTLY, "--price", "-3", "--count", "3"], "--price"),
        (["x2", NIGHTLY], "reads as a count"),
    ],
)
def test_cabinet_refuses_with_the_reason(mg, mgcalc_home: Path, args, message) -> None:
    ran = mg("cabinet", "add", *args)
    assert ran.code == 2 and message in ran.err and ran.err.count("\n") == 1, ran.err


def test_cabinet_duplicates_and_unknown_names(mg) -> None:
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    again = mg("cabinet", "add", "Nightly", NIGHTLY)
    assert again.code == 2 and "already" in again.err
    replaced = mg("cabinet", "add", "nightly", "Magnesium (as oxide) 250 mg", "--replace", "--json")
    assert replaced.json()["elemental_per_unit_mg"] == 250
    missing = mg("cabinet", "show", "nigthly")
    assert missing.code == 2 and "did you mean 'nightly'" in missing.err


def test_reading_commands_write_nothing(mg, mgcalc_home: Path) -> None:
    assert mg("cabinet", "list", "--json").json() == []
    assert mg("log", "export").json() == []
    assert mg("log", "week", "--sex", "male", "--json").code == 0
    assert not (mgcalc_home / "diary.db").exists()


def test_log_add_items_counts_and_foods(stocked) -> None:
    mg = stocked
    ran = mg(
        "log", "add", "nightly", "x2", "glycinate 1000mg", "citrus 3x", "300",
        "--food", "almonds 1oz", "--food", "100", "--date", iso(1), "--time", "8:05", "--json",
    )  # fmt: skip
    assert ran.code == 0, ran.err
    entries = ran.json()
    assert [(e["kind"], e["item"], e["count"]) for e in entries] == [
        ("product", "nightly", 2.0),
        ("supplement", "glycinate 1000mg", 1.0),
        ("product", "citrus", 3.0),
        ("supplement", "300", 1.0),
        ("food", "almonds 1oz", 1.0),
        ("food", "100", 1.0),
    ]
    assert all(e["date"] == iso(1) and e["clock"] == "08:05" for e in entries)
    glycinate = mg("elemental", "glycinate", "1000mg", "--json").json()["elemental_mg"]
    citrate = mg("elemental", "citrate", "500mg", "--json").json()["elemental_mg"]
    assert entries[0]["elemental_mg"] == 400 and entries[1]["elemental_mg"] == glycinate
    assert entries[2]["elemental_mg"] == pytest.approx(3 * citrate, abs=0.01)
    food = mg("food", "almonds", "1oz", "--json").json()["elemental_mg"]
    assert entries[4]["elemental_mg"] == pytest.approx(food, abs=0.01)
    ids = [e["entry_id"] for e in entries]
    assert ids == sorted(ids) and len(set(ids)) == 6
    table = mg("log", "add", "nightly")
    assert table.code == 0 and "nightly" in table.out and "200 mg" in table.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nightlx"], "did you mean 'nightly'"),
        (["nightly", "--date", "2026-02-30"], "date"),
        (["nightly", "--date", "tomorrow"], "date"),
        (["nightly", "--time", "25:00"], "time"),
        (["nightly", "x500"], "count"),
        (["unobtainium 400mg"], "unknown form"),
        ([], "give something to log"),
        (["x" * 100_000], "characters"),  # the argument limit (10,000) comes first
        (["nightly", "--food", "9" * 1000], "over 500 characters"),
    ],
)
def test_log_add_refusals_store_nothing(stocked, args, message) -> None:
    ran = stocked("log", "add", *args)
    assert ran.code == 2 and message in ran.err and ran.err.count("\n") == 1, ran.err
    assert stocked("log", "export").json() == []


def test_log_none_remove_and_undo(stocked) -> None:
    mg = stocked
    none = mg("log", "none", "--date", iso(2), "--json").json()
    assert none[0]["kind"] == "none" and none[0]["elemental_mg"] == 0
    first = mg("log", "add", "nightly", "--json").json()
    batch = mg("log", "add", "citrus", "300mg", "--json").json()
    undone = mg("log", "undo", "--json").json()
    assert [e["entry_id"] for e in undone] == [e["entry_id"] for e in batch]
    removed = mg("log", "remove", str(first[0]["entry_id"]), "--json").json()
    assert removed == [
        {k: v for k, v in entry.items() if k != "day"} | {"removed": True} for entry in first
    ]  # log add's records also carry the day's standing
    assert first[0]["day"]["supplement_mg"] == 200 and first[0]["day"]["ul_mg"] == 350
    assert [e["kind"] for e in mg("log", "export").json()] == ["none"]
    missing = mg("log", "remove", "999")
    assert missing.code == 2 and "no diary entry has id 999" in missing.err
    assert mg("log", "undo").code == 0
    assert mg("log", "undo").code == 2


@pytest.mark.usefixtures("wide_tables")
def test_log_day_is_check_plus_entries(stocked) -> None:
    mg = stocked
    mg("log", "add", "glycinate 1000mg", "--food", "250", "--date", iso(0))
    day = mg("log", "day", "--json")
    assert day.code == 0, day.err
    rec = day.json()
    check = mg("check", "--supplement", "glycinate 1000mg", "--food", "250", "--json").json()
    assert set(check) <= set(rec)
    for key in ("food_mg", "supplement_mg", "total_mg", "rda_mg", "ul_mg", "over_ul", "sources"):
        assert rec[key] == check[key], key
    assert rec["warnings"] == check["warnings"]
    assert rec["status"] == "logged" and rec["date"] == iso(0) and rec["profile_used"] is True
    assert [e["item"] for e in rec["entries"]] == ["glycinate 1000mg", "250"]
    table = mg("log", "day", "today")
    assert "glycinate 1000mg" in table.out and "RDA 320 mg" in table.out
    quiet = mg("check", "--supplement", "glycinate 1000mg", "--food", "250", "-q").out
    assert mg("log", "day", "-q").out == quiet


def test_log_day_names_the_product_to_drop(stocked) -> None:
    mg = stocked
    mg("log", "add", "nightly", "citrus", "--date", iso(0))
    rec = mg("log", "day", "--json").json()
    assert rec["over_ul"] is False
    mg("log", "add", "nightly", "--date", iso(0))  # a second serving: 480.82 mg
    rec = mg("log", "day", "--json").json()
    assert rec["over_ul"] is True and rec["drop_to_fit"] == ["nightly"]
    assert any("Without 'nightly'" in w for w in rec["warnings"])
    strict = mg("log", "day", "--strict")
    assert strict.code == 3 and "over the UL" in strict.err
    assert mg("log", "day", "-q").out.strip() == "over"


def test_unlogged_and_no_supplement_days_differ(stocked) -> None:
    mg = stocked
    mg("log", "none", "--date", iso(1))
    empty = mg("log", "day", iso(2), "--json").json()
    none = mg("log", "day", iso(1), "--json").json()
    assert empty["status"] == "not_logged" and empty["entries"] == []
    assert none["status"] == "no_supplements" and len(none["entries"]) == 1
    assert "nothing logged" in mg("log", "day", iso(2)).out


def test_log_week_rows_and_bars(stocked, monkeypatch) -> None:
    mg = stocked
    mg("log", "add", "nightly", "x2", "--date", iso(0), "--food", "200")
    mg("log", "add", "citrus", "--date", iso(2))
    mg("log", "none", "--date", iso(3))
    week = mg("log", "week", "--json")
    assert week.code == 0, week.err
    rows = week.json()
    assert [r["date"] for r in rows] == [iso(n) for n in range(6, -1, -1)]
    by_date = {r["date"]: r for r in rows}
    assert by_date[iso(0)]["total_mg"] == 600 and by_date[iso(0)]["over_ul"] is True
    assert (
        by_date[iso(2)]["supplement_mg"]
        == mg("elemental", "citrate", "500mg", "--json").json()["elemental_mg"]
    )
    assert by_date[iso(3)]["status"] == "no_supplements"
    assert by_date[iso(1)]["status"] == "not_logged" and by_date[iso(1)]["total_mg"] is None
    assert all(r["sources"] for r in rows)
    table = mg("log", "week")
    assert "not logged" in table.out and "█" in table.out and "OVER" in table.out
    monkeypatch.setenv("COLUMNS", "40")
    narrow = mg("log", "week")
    assert all(len(line) <= 40 for line in narrow.out.splitlines())
    assert "600" in narrow.out and "not logged" in narrow.out
    assert mg("log", "week", "--strict").code == 3
    assert mg("log", "week", "--end", iso(1), "--strict", "-q").out.strip() == "within"
    days = mg("log", "days", "3", "--format", "csv")
    assert days.code == 0 and days.out.splitlines()[0].startswith("date,status,food_mg")
    assert len(days.out.strip().splitlines()) == 4
    assert len(mg("log", "days", "2", "--format", "ndjson").out.splitlines()) == 2
    assert mg("log", "days", "0").code == 2


def test_log_week_svg(stocked, tmp_path: Path) -> None:
    stocked("log", "add", "nightly")
    target = tmp_path / "week.svg"
    assert stocked("log", "week", "--svg", str(target)).code == 0
    assert target.read_text(encoding="utf-8").startswith("<svg")


def test_export_import_round_trip(stocked, tmp_path: Path, mgcalc_home: Path, monkeypatch) -> None:
    mg = stocked
    mg("log", "add", "nightly", "x2", "glycinate 1000mg", "--food", "almonds 1oz")
    mg("log", "none", "--date", iso(1))
    for fmt in ("json", "csv", "ndjson"):
        exported = mg("log", "export", "--format", fmt).out
        path = tmp_path / f"export.{fmt}"
        path.write_text(exported, encoding="utf-8", newline="")
        monkeypatch.setenv("MGCALC_HOME", str(tmp_path / f"other-{fmt}"))
        result = mg("log", "import", str(path), "--json").json()
        assert result["imported"] == 4 and result["already_present"] == 0
        assert mg("log", "export", "--format", fmt).out == exported
        again = mg("log", "import", "-", "--json", stdin=exported).json()
        assert again["imported"] == 0 and again["already_present"] == 4
        monkeypatch.setenv("MGCALC_HOME", str(mgcalc_home))


@pytest.mark.parametrize(
    "text",
    [
        '[{"id": 1}]',
        "not json, not csv",
        "[1, 2",
        '{"id": 1}\n',
        "id,date,time,kind,item,count,elemental_mg,form,compound_mg,source,logged_at\n"
        "1,2026-01-01,,pill,x,1.0,5.0,,,,2026-01-01T00:00:00\n",
    ],
)
def test_a_bad_import_changes_nothing(stocked, text: str) -> None:
    mg = stocked
    mg("log", "add", "nightly")
    before = mg("log", "export").out
    ran = mg("log", "import", "-", stdin=text)
    assert ran.code == 2 and ran.err.startswith("mgcalc: error:") and ran.err.count("\n") == 1
    assert mg("log", "export").out == before


def test_a_bad_import_names_its_bad_lines(stocked) -> None:
    mg = stocked
    mg("log", "add", "nightly", "300mg")
    rows = mg("log", "export", "--format", "csv").out.splitlines()
    rows[2] = rows[2].replace(",supplement,", ",pill,")
    rows.append(rows[1].replace(rows[1].split(",")[1], "2026-13-01"))
    ran = mg("log", "import", "-", stdin="\n".join(rows))
    assert ran.code == 2 and "line 3" in ran.err and "line 4" in ran.err
    assert "2 bad record" in ran.err
    assert mg("log", "import", "/no/such/file").code == 2


@pytest.mark.parametrize("name", ["log", "log-day", "log-week", "log-import", "cabinet", "where"])
def test_diary_schemas(mg, name: str) -> None:
    ran = mg("schema", name)
    assert ran.code == 0, ran.err
    assert ran.json()["title"]


@pytest.mark.parametrize("words", [[""], ["  "], ["", " "]])
def test_log_add_of_blank_words_is_refused_not_an_empty_success(mg, words: list[str]) -> None:
    ran = mg("log", "add", *words, "--json")
    assert ran.code == 2 and ran.out == "" and "give something to log" in ran.err
