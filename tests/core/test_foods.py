from pathlib import Path

import pytest

from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.core.foods.lookup import find_food, lookup_food_text, search, split_food_amount
from mgcalc.data.foods import common_foods, food_rows
from tests.conftest import SHARED, reference_text


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
        from mgcalc.data import DATA_DIR
        from mgcalc.data.foods import FOODS_CSV

        assert shared.read_bytes() == Path(DATA_DIR, FOODS_CSV).read_bytes()


@pytest.mark.parametrize(
    ("amount", "grams"),
    [
        ("28g", 28),
        ("1oz", 28.35),
        ("2 oz", 56.7),
        ("1 cup", 143),
        ("1 tbsp", 143 / 16),
        ("1 bucket", None),
    ],
)
def test_raw_almond_measures(amount: str, grams: float | None) -> None:
    food, _ = find_food("12061")
    if grams is None:
        with pytest.raises(InputError, match="its measures: 1 cup, whole"):
            lookup_food_text(f"12061 {amount}")
        return
    from mgcalc.core.foods.lookup import grams_of

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


def _ods_table() -> list[tuple[str, int]]:
    """reference.md's "Food sources (USDA via ODS)" items: (text, mg)."""
    text = reference_text()
    section = text.split("## Food sources")[1].split("The full food table")[0]
    body = section.split("\n", 1)[1].replace("\n", " ")
    items = [item.strip().rstrip(".") for item in body.split(";")]
    return [(item.rsplit(" ", 1)[0], int(item.rsplit(" ", 1)[1])) for item in items]


def test_ods_figures_are_pinned_to_reference_md() -> None:
    """Every ODS food figure in reference.md is in foods.toml, on the everyday food
    it names, with the serving reference.md gives; and nothing more."""
    table = _ods_table()
    assert len(table) == 15
    with_ods = {food.name: food for food in common_foods() if food.ods_mg is not None}
    matched = set()
    for text, mg in table:
        name = max((n for n in with_ods if text.startswith(n)), key=len)
        food = with_ods[name]
        serving = food.ods_serving.replace("1 medium", "medium")
        assert (food.ods_mg, serving in text) == (mg, True), text
        matched.add(name)
    assert matched == set(with_ods)


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        ("chia seeds 1 oz", True),
        ("peanut butter 2 tbsp", True),
        ("yogurt 1 cup", True),
        ("spinach 1 cup", False),
        ("black beans 1/2 cup", False),
        ("banana 1", False),
    ],
)
def test_food_shows_the_ods_figure_beside_sr28(text: str, differs: bool) -> None:
    from mgcalc.core.foods.measures import grams_of
    from mgcalc.core.foods.results import FoodResult

    record = FoodResult(lookup_food_text(text)).record()
    ods = record["ods"]
    assert ods is not None and record["sources"][:2] == ["USDA", "ODS"]
    food = find_food(str(record["ndb"]))[0]
    grams, _, _ = grams_of(food, ods["serving"])
    assert ods["usda_sr28_mg"] == round(food.magnesium_mg_per_100g * grams / 100, 2)
    assert ods["differs"] is differs


def test_foods_outside_the_ods_table_carry_no_second_figure() -> None:
    from mgcalc.core.foods.results import FoodResult

    record = FoodResult(lookup_food_text("kiwi 1")).record()
    assert record["ods"] is None and record["sources"] == ["USDA"]


def test_one_food_read_from_its_line_equals_the_whole_table_read() -> None:
    """data.foods.food_row (everyday names and NDB numbers, without reading all 8,050 rows)
    gives, for every food, the very record the whole-table read gives."""
    from mgcalc.data.foods import food_row

    rows = food_rows()
    assert [food_row(row.ndb_no) for row in rows] == list(rows)
    assert food_row("99999") is None and food_row("ndb_no") is None and food_row("") is None


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda text: text.replace("\n01001,", '\n"01001",', 1), "one line that starts"),
        (lambda text: text.replace("Butter, salted", "Butter,\nsalted", 1), "one line"),
        (lambda text: text.replace("ndb_no,food_group", "food_group,ndb_no", 1), "columns"),
    ],
    ids=["quoted-ndb", "wrapped-record", "column-order"],
)
def test_validator_refuses_a_table_one_food_cannot_be_read_from(
    tmp_path, monkeypatch, edit, problem: str
) -> None:
    from mgcalc.data import DATA_DIR
    from mgcalc.data.foods import FOODS_CSV
    from mgcalc.data.validate import _check_foods

    text = Path(DATA_DIR, FOODS_CSV).read_text(encoding="utf-8")
    (tmp_path / FOODS_CSV).write_text(edit(text), encoding="utf-8", newline="")
    monkeypatch.setattr("mgcalc.data.validate.DATA_DIR", str(tmp_path))
    found: list[str] = []
    _check_foods(found)
    assert any(problem in line for line in found), found
