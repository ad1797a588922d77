"""Food words mean the everyday food (the ranking's principles, not only the everyday
names of foods.toml): cooked before eaten means cooked, a by-product or a dressing is
not the food, a category word alone is its mixed entry, a maker's name is no food."""

from __future__ import annotations

import pytest

from mgcalc.core.foods.lookup import lookup_food_text, search


@pytest.mark.parametrize(
    ("text", "must", "never"),
    [
        ("oatmeal 1 cup", "cooked", "dry"),
        ("beans 1 cup", "cooked", "liquid"),
        ("salad 1 cup", "lettuce", "dressing"),
        ("nuts 1 oz", "mixed nuts", "pine"),
        ("mineral water 1 cup", "mineral water", "sweetened"),
        ("lentils 1 cup", "cooked", "raw"),
    ],
)
def test_everyday_words_find_the_everyday_food(text: str, must: str, never: str) -> None:
    food = lookup_food_text(text).food.description.lower()
    assert must in food and never not in food, food


def test_the_ranking_itself_prefers_the_food_as_eaten() -> None:
    """Without the everyday names: the search alone."""
    assert "cooked" in search("oatmeal", limit=1)[0].description
    assert "dry" in search("dry oats", limit=1)[0].description
    assert "dressing" not in search("salad", limit=1)[0].description.lower()
    assert "liquid" not in search("beans", limit=1)[0].description.lower()
    assert "Quinoa, uncooked" in [r.description for r in search("uncooked quinoa", limit=2)]


def test_cooked_oatmeal_is_about_63_mg_a_cup() -> None:
    portion = lookup_food_text("oatmeal 1 cup")
    assert portion.magnesium_mg == pytest.approx(63.18, abs=0.01)


def test_no_amount_is_one_household_measure() -> None:
    banana = lookup_food_text("banana")
    assert banana.default_serving and "medium" in banana.measure
    assert lookup_food_text("chicken curry").food.ndb_no == "22989"
