"""A diary to trust: Ctrl-C never leaves an entry stored behind exit 130, no future
dates, 'none' never contradicts a logged supplement, a 'none' day without food has no
total against the RDA, and the terminal bars and colour tell 217% from 100%."""

from __future__ import annotations

import os
import signal

import pytest

from mgcalc.render.views.base import bar
from tests.conftest import iso


def test_ctrl_c_while_storing_keeps_the_entry_and_says_so(mg, monkeypatch) -> None:
    from mgcalc.store import diary

    original = diary.add_entries

    def interrupted(*args, **kwargs):
        stored = original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C just after the commit
        return stored

    monkeypatch.setattr(diary, "add_entries", interrupted)
    ran = mg("log", "add", "300", "--json")
    assert ran.code == 0 and "they are kept" in ran.err and "log undo" in ran.err
    assert [e["entry_id"] for e in ran.json()] == [
        e["entry_id"] for e in mg("log", "export").json()
    ]
    assert signal.getsignal(signal.SIGINT) is not None


def test_future_dates_are_refused_and_people_dates_read(mg) -> None:
    refused = mg("log", "add", "300", "--date", "2999-01-01")
    assert refused.code == 2 and "in the future" in refused.err
    assert mg("log", "none", "--date", "-1").code == 0
    [entry] = mg("log", "add", "300", "--date", "-3", "--json").json()
    assert entry["date"] == iso(3)
    assert mg("log", "day", iso(3)[5:], "--sex", "male", "--json").json()["date"] == iso(3)


def test_none_on_a_day_with_supplements_is_refused(mg) -> None:
    mg("log", "add", "300", "--date", iso(1))
    ran = mg("log", "none", "--date", iso(1))
    assert ran.code == 2 and "holds supplements" in ran.err and "log remove" in ran.err
    assert mg("log", "none", "--date", iso(2)).code == 0
    assert "already recorded" in mg("log", "none", "--date", iso(2)).err
    assert len(mg("log", "export").json()) == 2


def test_a_none_day_without_food_has_no_total_and_no_average_weight(mg) -> None:
    mg("log", "add", "100", "--food", "300", "--date", iso(1))
    mg("log", "none", "--date", iso(2))
    rows = {r["date"]: r for r in mg("log", "week", "--sex", "male", "--json").json()}
    none_day = rows[iso(2)]
    assert none_day["food_logged"] is False and none_day["total_mg"] is None
    assert none_day["percent_of_reference"] is None and none_day["supplement_mg"] == 0
    table = mg("log", "week", "--sex", "male").out
    assert "Average total on the 1 logged day(s): 400 mg." in table
    assert "food not logged" in table
    day = mg("log", "day", iso(2), "--sex", "male")
    assert "0%  of RDA" not in day.out and "total against the RDA/AI is unknown" in day.out
    assert mg("log", "day", iso(2), "--sex", "male", "--json").json()["food_logged"] is False


@pytest.mark.parametrize(
    ("share", "cells"), [(0.5, 5), (1.0, 10), (1.3, 13), (2.0, 20), (2.17, 20)]
)
def test_bars_scale_past_100_percent(share: float, cells: int) -> None:
    drawn = bar(share * 350, 350, width=10).split(" ")[0]
    assert len(drawn.rstrip("+").replace("░", "")) == cells
    assert drawn.endswith("+") == (share > 2.05)
    assert bar(2.17 * 350, 350, width=10) != bar(350, 350, width=10)


def test_over_ul_days_are_red_where_colour_is_allowed(mg, monkeypatch) -> None:
    mg("log", "add", "500", "--date", iso(1))
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    coloured = mg("log", "week", "--sex", "male").out
    assert "\x1b[1;31m" in coloured and "OVER" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR")
    assert "\x1b[" not in mg("log", "week", "--sex", "male").out


def test_log_day_lists_each_entry_once(mg) -> None:
    mg("cabinet", "add", "nightly", "Magnesium (as magnesium glycinate) 200 mg")
    mg("log", "add", "nightly", "glycinate 1000mg", "--food", "almonds 1oz")
    out = mg("log", "day", "--sex", "female").out
    assert out.count("nightly") == 1 and out.count("glycinate 1000mg") == 1
    assert out.count("almonds 1oz") == 1 and "USDA 12063" in out


def test_log_add_answers_with_the_day_and_questions(mg) -> None:
    bare = mg("log", "add", "100", "--time", "06:00", "--json").json()
    assert bare[0]["day"] is None  # no profile: nothing to stand against
    mg("profile", "set", "--sex", "female", "--medication", "levothyroxine@07:00")
    ran = mg("log", "add", "300", "--time", "07:30", "--food", "50", "--json")
    day = ran.json()[0]["day"]
    assert (day["supplement_mg"], day["ul_mg"], day["over_ul"]) == (400, 350, True)
    assert (day["total_mg"], day["rda_mg"], day["percent_of_reference"]) == (450, 320, 140.6)
    assert any("levothyroxine" in w and "07:30" in w for w in day["warnings"])
    again = mg("log", "add", "300", "--time", "08:00")
    assert "'300' was already logged at 07:30" in again.out and "OVER" in again.out
    assert "so far: supplements 700 mg" in again.out
    later = mg("log", "add", "300", "--time", "12:00", "--json").json()[0]["day"]
    assert not any("already logged" in w for w in later["warnings"])
    # the output of log add reads back into another diary as an export does
    assert mg("log", "import", "-", stdin=ran.out).code == 0


def test_a_food_typed_as_an_item_is_pointed_to_food(mg) -> None:
    ran = mg("log", "add", "oatmeal 1 cup")
    assert ran.code == 2 and '--food "oatmeal 1 cup"' in ran.err
