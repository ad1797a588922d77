"""One food figure, one precision: food, check and log add give the same mg."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("food", ["banana,1", "almonds 1 oz", "milk 250 mL"])
def test_food_check_and_the_diary_agree(mg, food: str) -> None:
    alone = mg("food", food, "--json").json()["elemental_mg"]
    quiet = float(mg("food", food, "-q").out)
    checked = mg("check", "--sex", "female", "--food", food, "--json").json()["foods"][0]
    logged = mg("log", "add", "--food", food, "--json").json()[0]["elemental_mg"]
    assert alone == quiet == checked["elemental_mg"] == logged


def test_check_cites_a_food_unit_conversion(mg) -> None:
    converted = mg("check", "--sex", "female", "--food", "milk 250 mL", "--json").json()
    assert "NIST-HB44" in converted["sources"]
    plain = mg("check", "--sex", "female", "--food", "milk 1 cup", "--json").json()
    assert "NIST-HB44" not in plain["sources"]
