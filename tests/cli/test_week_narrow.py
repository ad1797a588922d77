"""The week chart at 40 columns: still a chart, one row a day, every number whole.

At 40 (and 60) columns the six-column chart does not fit; it used to turn into 49
key/value lines. Its narrow layout stacks totals vs the RDA, supplements vs the UL
and food, one row per day with a bar, in four columns.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from tests.conftest import NIGHTLY, iso

END = date(2026, 11, 26)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def day(days_ago: int) -> str:
    return iso(days_ago, END)


@pytest.fixture
def week(mg):
    assert mg("profile", "set", "--sex", "female", "--age", "34").code == 0
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    assert mg("cabinet", "add", "calm", "Magnesium citrate 1000 mg").code == 0
    for ago in (6, 5, 4):
        assert mg("log", "add", "nightly", "--food", "250", "--date", day(ago)).code == 0
    assert mg("log", "none", "--date", day(3)).code == 0
    spinach = ["--food", "spinach 1 cup", "--date", day(1)]
    assert mg("log", "add", "nightly", "calm", *spinach).code == 0
    assert mg("log", "add", "nightly", "--date", day(0)).code == 0
    return mg


def _numbers(text: str) -> Counter[str]:
    return Counter(NUMBER.findall(text))


@pytest.mark.parametrize("width", ["40", "60"])
def test_a_narrow_week_is_a_chart_with_every_number(week, monkeypatch, width: str) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    wide = week("log", "week", "--end", END.isoformat()).out
    monkeypatch.setenv("COLUMNS", width)
    narrow = week("log", "week", "--end", END.isoformat()).out
    lines = narrow.splitlines()
    assert all(len(line) <= int(width) for line in lines)
    assert not _numbers(wide) - _numbers(narrow), narrow
    # one row per day with a bar, under each heading; never 'Food mg  250' blocks
    day_rows = [
        line for line in lines if re.match(r"^\d\d-\d\d (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ", line)
    ]
    assert len(day_rows) == 3 * 7
    assert sum("█" in line for line in day_rows) >= 10
    assert not any(line.startswith("Food mg") for line in lines)
    assert any("OVER" in line for line in lines)
    assert any("not logged" in line for line in day_rows)
    assert len(lines) < 49
