"""The diary's pure parts: reading items, dates, statuses and day spans."""

from __future__ import annotations

from datetime import date

import pytest

from mgcalc.core.diary.cabinet import check_name, product_from_label
from mgcalc.core.diary.days import date_span, status_of
from mgcalc.core.diary.entries import none_entry, parse_date, parse_time
from mgcalc.core.diary.items import build_entries
from mgcalc.core.errors import InputError

NIGHTLY = product_from_label("nightly", "Magnesium (as magnesium glycinate) 200 mg", "t")
PRODUCTS = {"nightly": NIGHTLY}


def read(*words: str) -> list[tuple[str, str, float, float]]:
    made = build_entries(words, [], PRODUCTS, day="2026-01-01", time=None, logged_at="t")
    return [(e.kind, e.item, e.count, e.elemental_mg) for e in made]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["nightly"], [("product", "nightly", 1.0, 200.0)]),
        (["Nightly", "x2"], [("product", "nightly", 2.0, 400.0)]),
        (["nightly x0.5"], [("product", "nightly", 0.5, 100.0)]),
        (["nightly", "3x"], [("product", "nightly", 3.0, 600.0)]),
        (["300"], [("supplement", "300", 1.0, 300.0)]),
        (["300", "mg"], [("supplement", "300 mg", 1.0, 300.0)]),
        (["10 mmol"], [("supplement", "10 mmol", 1.0, 243.05)]),
        (
            ["nightly", "300mg", "nightly"],
            [
                ("product", "nightly", 1.0, 200.0),
                ("supplement", "300mg", 1.0, 300.0),
                ("product", "nightly", 1.0, 200.0),
            ],
        ),
    ],
)
def test_items(words, expected) -> None:
    assert read(*words) == expected


def test_form_amount_items_convert_and_count() -> None:
    (one,) = build_entries(["oxide 500mg x2"], [], {}, day="d", time=None, logged_at="t")
    (single,) = build_entries(
        ["magnesium oxide", "500", "mg"], [], {}, day="d", time=None, logged_at="t"
    )
    assert one.kind == "supplement" and one.count == 2 and one.form == "oxide"
    assert one.elemental_mg == pytest.approx(2 * single.elemental_mg, abs=0.01)
    assert single.compound_mg == 500 and one.compound_mg == 1000


@pytest.mark.parametrize("words", [["nightlyy"], ["glycinate"], ["nightly", "x0"], ["x2"]])
def test_unreadable_items(words) -> None:
    with pytest.raises(InputError):
        read(*words)


def test_dates_and_times() -> None:
    today = date(2026, 3, 1)
    assert parse_date("today", today) == "2026-03-01"
    assert parse_date("Yesterday", today) == "2026-02-28"
    assert parse_date("2024-02-29", today) == "2024-02-29"
    assert parse_date("2024-2-1", today) == "2024-02-01"  # as people type it
    assert parse_date("-2", today) == parse_date("2 days ago", today) == "2026-02-27"
    assert parse_date("sunday", today) == "2026-03-01" and parse_date("Fri", today) == "2026-02-27"
    assert parse_date("02-27", today) == "2026-02-27" and parse_date("12-05", today) == "2025-12-05"
    assert parse_date("02-27 Fri", today) == "2026-02-27"  # as the week view prints a day
    for bad in ("2023-02-29", "20240201", "", "now", "13-01", "+2"):
        with pytest.raises(InputError):
            parse_date(bad, today)
    assert parse_time("7:05") == "07:05" and parse_time("23:59") == "23:59"
    for bad in ("24:00", "7", "07:60", "7pm"):
        with pytest.raises(InputError):
            parse_time(bad)
    assert date_span("2026-03-01", 3) == ["2026-02-27", "2026-02-28", "2026-03-01"]


def test_status_distinguishes_no_supplements_from_not_logged() -> None:
    none = none_entry("d", None, "t")
    (pill,) = build_entries(["nightly"], [], PRODUCTS, day="d", time=None, logged_at="t")
    (food,) = build_entries([], ["120"], PRODUCTS, day="d", time=None, logged_at="t")
    assert status_of([]) == "not_logged"
    assert status_of([none]) == "no_supplements"
    assert status_of([none, food]) == "no_supplements"
    assert status_of([none, pill]) == "logged"
    assert status_of([food]) == "logged"


@pytest.mark.parametrize(
    "name", ["citrate", "x2", "3x", "two  spaces", "9lives", "a" * 41, "", "calm x2", "calm 2"]
)
def test_cabinet_names_that_would_be_ambiguous(name: str) -> None:
    with pytest.raises(InputError):
        check_name(name)
