"""Package data of foods: the USDA SR28 magnesium table (a CSV of 8,050 rows read one
line by NDB number, or whole for a search) and the everyday names of foods.toml.
"""

from __future__ import annotations

import os
from functools import cache
from typing import NamedTuple

from mgcalc.data import DATA_DIR, read_toml, tuples


class CommonFood(NamedTuple):
    """An everyday name and the USDA SR28 entry it means; for the foods in the ODS
    fact sheet's table, that table's figure too (a second source, source id ODS)."""

    name: str
    ndb: str
    aliases: tuple[str, ...]
    ods_serving: str = ""  # the serving as the ODS table gives it ("1 oz", "1 medium")
    ods_mg: int | None = None
    ods_note: str = ""  # where the two tables' figures part, when mgcalc can show why


class FoodRow(NamedTuple):
    """One USDA SR28 food: magnesium per 100 g and its household measures."""

    ndb_no: str
    food_group: str
    description: str
    common_names: str
    magnesium_mg_per_100g: float
    household_measures: str


FOODS_CSV = "usda-sr28-magnesium.csv"

FOOD_COLUMNS = (
    "ndb_no",
    "food_group",
    "description",
    "common_names",
    "magnesium_mg_per_100g",
    "household_measures",
)


@cache
def _food_table_text() -> str:
    """The USDA table as text; its header must be :data:`FOOD_COLUMNS` (the
    validator and a test hold the file to it)."""
    with open(os.path.join(DATA_DIR, FOODS_CSV), encoding="utf-8", newline="") as handle:
        text = handle.read()
    if text.partition("\n")[0].rstrip("\r") != ",".join(FOOD_COLUMNS):
        raise ValueError(f"{FOODS_CSV}: header is not {','.join(FOOD_COLUMNS)}")
    return text


def _food_row(fields: list[str]) -> FoodRow:
    ndb, group, description, common, magnesium, measures = fields
    return FoodRow(ndb, group, description, common, float(magnesium), measures)


@cache
def food_rows() -> tuple[FoodRow, ...]:
    """The USDA SR28 magnesium table (8,050 foods); read only by food searches."""
    import csv
    import io

    rows = csv.reader(io.StringIO(_food_table_text(), newline=""))
    next(rows)  # the header
    return tuple(_food_row(fields) for fields in rows)


@cache
def _food_lines() -> dict[str, str]:
    """Each line of the table by the NDB number that starts it (unquoted, one record
    a line: a test checks both for every row)."""
    lines = _food_table_text().split("\n")[1:]
    return {line.partition(",")[0]: line.rstrip("\r") for line in lines if line}


@cache
def food_row(ndb: str) -> FoodRow | None:
    """The food with NDB number ``ndb``, or None, parsing only its line: a lookup by
    everyday name or number then costs a split of the text, not the ~60 ms of
    reading all 8,050 rows into records."""
    import csv

    line = _food_lines().get(ndb)
    if line is None:
        return None
    (fields,) = csv.reader([line])
    return _food_row(fields)


@cache
def common_foods() -> tuple[CommonFood, ...]:
    return tuple(CommonFood(**tuples(row)) for row in read_toml("foods.toml")["food"])
