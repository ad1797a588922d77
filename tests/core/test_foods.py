from pathlib import Path

import pytest

from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.core.foods import find_food, lookup_food_text, search, split_food_amount
from mgcalc.data import common_foods, food_rows
from tests.conftest import SHARED


@pytest.mark.parametrize(
    ("text", "ndb", "mg"),
    [  # the NIH fact sheet's figures, from USDA SR28 (reference.md and data/README.md)
        ("pumpkin seeds 1 oz", "12016", 156),
        ("chia seeds 1oz", "12006", 95),  # SR28 335 mg/100 g x 28.35 g; ODS prints 111
        ("almonds 1 oz", "12063", 79),
        ("spinach 1/2 cup", "11458", 78),
        ("cashews 1 oz", "12085", 74),
        ("black beans 1/2 cup", "16015", 60),
        ("edamame 1/2 cup", "11212", 50),
        ("soymilk 1 cup", "16120", 61),
        ("banana 1 medium", "09040", 32),
        ("shredded wheat 2 biscuits", "08147", 61),
        ("peanuts 1/4 cup", "16389", 63),
        ("brown rice ½ cup", "20037", 39),
    ],
)
def test_everyday_portions(text: str, ndb: str, mg: float) -> None:
    portion = lookup_food_text(text)
    assert portion.food.ndb_no == ndb
    assert round(portion.magnesium_mg) == mg


def test_at_least_60_everyday_names_all_resolving() -> None:
    names = common_foods()
    assert len(names) >= 60
    by_ndb = {row.ndb_no for row in food_rows()}
    assert all(food.ndb in by_ndb for food in names)


def test_table_is_the_whole_shared_file() -> None:
    assert len(food_rows()) == 8050
    shared = SHARED / "data" / "usda-sr28-magnesium.csv"
    if shared.exists():
        from mgcalc.data import DATA_DIR, FOODS_CSV

        assert shared.read_bytes() == Path(DATA_DIR, FOODS_CSV).read_bytes()


@pytest.mark.parametrize(
    ("amount", "grams"),
    [("28g", 28), ("1oz", 28.35), ("2 oz", 56.7), ("1 cup", 143), ("1 tbsp", None)],
)
def test_raw_almond_measures(amount: str, grams: float | None) -> None:
    food, _ = find_food("12061")
    if grams is None:
        with pytest.raises(InputError, match="its measures: 1 cup, whole"):
            lookup_food_text(f"12061 {amount}")
        return
    from mgcalc.core.foods import grams_of

    assert grams_of(food, amount)[0] == pytest.approx(grams, abs=0.01)


def test_search_ranks_the_plain_entry_first() -> None:
    assert search("almonds")[0].ndb_no == "12063"
    assert search("pumpkin seeds")[0].description.startswith("Seeds, pumpkin")
    assert all("chocolate" in r.description.lower() for r in search("dark chocolate"))
    assert search("pepitas")[0].ndb_no in {"12016", "12516"}  # common name


def test_unknown_food() -> None:
    with pytest.raises(UnknownNameError):
        find_food("qqqzzz")


@pytest.mark.parametrize(
    ("text", "name", "amount"),
    [
        ("almonds 1oz", "almonds", "1oz"),
        ("black beans 1/2 cup", "black beans", "1/2 cup"),
        ("7up 1 cup", "7up", "1 cup"),
        ("banana 1 1/2 medium", "banana", "1 1/2 medium"),
    ],
)
def test_split(text: str, name: str, amount: str) -> None:
    assert split_food_amount(text) == (name, amount)


def test_missing_amount() -> None:
    with pytest.raises(InputError, match="FOOD AMOUNT"):
        split_food_amount("almonds")
