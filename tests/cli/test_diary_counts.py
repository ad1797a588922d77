"""Counts of units are whole numbers where whole, in every output of the diary.

The diary stores counts as REAL (half a tablet is a count); read back, ``x2`` was
``2.0`` in JSON, CSV and the export while every other command prints ``2``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from tests.conftest import NIGHTLY

DAY = "2026-03-02"


@pytest.fixture
def logged(mg):
    assert mg("profile", "set", "--sex", "female", "--age", "34").code == 0
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    for item in (["nightly", "x2"], ["nightly", "x0.5"], ["citrate 500mg"]):
        assert mg("log", "add", *item, "--date", DAY).code == 0
    return mg


def _counts(value: Any) -> list[Any]:
    """Every ``count`` anywhere in a JSON document."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == "count"] + [
            c for v in value.values() for c in _counts(v)
        ]
    if isinstance(value, list):
        return [c for v in value for c in _counts(v)]
    return []


def _assert_whole_where_whole(counts: list[Any]) -> None:
    assert counts
    for count in counts:
        assert isinstance(count, int | float) and not isinstance(count, bool)
        if float(count).is_integer():
            assert isinstance(count, int), counts


@pytest.mark.parametrize(
    "args",
    [
        ["log", "day", DAY, "--json"],
        ["log", "export", "--format", "json"],
        ["log", "add", "nightly", "x3", "--date", DAY, "--json"],
        ["log", "undo", "--json"],
    ],
)
def test_json_counts_are_integers_where_whole(logged, args: list[str]) -> None:
    ran = logged(*args)
    assert ran.code == 0, ran.err
    _assert_whole_where_whole(_counts(json.loads(ran.out)))


def test_day_counts_servings_of_each_item(logged) -> None:
    day = logged("log", "day", DAY, "--json").json()
    counts = {item["input"]: item["count"] for item in day["supplements"]}
    assert counts == {"nightly": 2.5, "citrate 500mg": 1}
    assert sorted(e["count"] for e in day["entries"]) == [0.5, 1, 2]


@pytest.mark.parametrize(
    "args", [["log", "export", "--format", "csv"], ["log", "day", DAY, "-f", "csv"]]
)
def test_csv_counts_have_no_trailing_point_zero(logged, args: list[str]) -> None:
    text = logged(*args).out
    rows = list(csv.DictReader(io.StringIO(text)))
    if "entries" in rows[0]:
        cells = [str(c) for e in json.loads(rows[0]["entries"]) for c in [e["count"]]]
    else:
        cells = [row["count"] for row in rows]
    assert sorted(cells) == ["0.5", "1", "2"]


@pytest.mark.usefixtures("wide_tables")
def test_table_and_round_trip_keep_the_count(logged, tmp_path) -> None:
    assert "nightly x2 " in logged("log", "day", DAY).out
    exported = logged("log", "export", "--format", "csv").out
    path = tmp_path / "export.csv"
    path.write_text(exported, encoding="utf-8", newline="")
    assert logged("log", "remove", "1").code == 0
    assert logged("log", "import", str(path)).code == 0
    assert logged("log", "export", "--format", "csv").out == exported
