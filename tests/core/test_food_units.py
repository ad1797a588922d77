"""Food amounts in pounds, kilograms and volumes: masses convert directly, volumes
through the food's own volume measure (US customary units, source NIST-HB44)."""

from __future__ import annotations

import pytest

from mgcalc.core.errors import InputError
from mgcalc.core.foods.lookup import find_food, lookup_food_text
from mgcalc.core.foods.measures import ML_PER, ML_PER_FL_OZ, grams_of
from mgcalc.core.foods.results import FoodResult


def test_the_customary_units_follow_from_their_definitions() -> None:
    # a US gallon is 231 cubic inches of 2.54 cm; a fluid ounce 1/128 of it
    assert abs(ML_PER_FL_OZ - 29.5735295625) < 1e-10
    assert ML_PER["cup"] == pytest.approx(236.5882365, abs=1e-7)
    assert ML_PER["tbsp"] * 16 == pytest.approx(ML_PER["cup"])
    assert ML_PER["tsp"] * 3 == pytest.approx(ML_PER["tbsp"])


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("almonds 1 lb", 453.59237),
        ("almonds 1 pound", 453.59237),
        ("almonds 0.5 kg", 500),
        ("water 1 L", 1000),  # SR28's own '1 liter = 1000 g'
        ("water 500 mL", 500),  # through that litre, not the rounded 1 fl oz = 29.6 g
        ("milk 250 mL", 244 * 250 / 236.5882365),  # 1 cup = 244 g
        ("milk 1 cup", 244),  # the food's own measure, unchanged
        ("milk 2 pints", 4 * 244),
        ("honey 1 tbsp", 21),
    ],
)
def test_masses_and_volumes(text: str, grams: float) -> None:
    assert lookup_food_text(text).grams == pytest.approx(grams, rel=1e-9)


def test_a_volume_says_which_measure_it_went_through_and_cites_the_units() -> None:
    record = FoodResult(lookup_food_text("milk 250 mL")).record()
    assert record["amount"] == "250 mL (as 1 quart = 976 g)"  # its largest volume measure
    assert "NIST-HB44" in record["sources"]
    assert "NIST-HB44" not in FoodResult(lookup_food_text("milk 1 cup")).record()["sources"]


def test_a_food_without_a_volume_measure_lists_its_measures() -> None:
    salmon = find_food("salmon")[0]
    with pytest.raises(InputError) as caught:
        grams_of(salmon, "100 mL")
    text = str(caught.value)
    assert "has no volume measure to convert 100 mL" in text
    assert "its measures: 3 oz, 0.5 fillet" in text


@pytest.mark.parametrize("text", ["almonds 0g", "almonds 0 oz", "almonds 0 lb", "milk 0 mL"])
def test_zero_is_zero_in_every_unit(text: str) -> None:
    assert lookup_food_text(text).magnesium_mg == 0


@pytest.mark.parametrize("text", ["almonds -1 oz", "almonds -1 g", "milk -250 mL"])
def test_a_negative_amount_has_one_wording(text: str) -> None:
    with pytest.raises(InputError, match=r"^food amount must be 0 or more, got"):
        lookup_food_text(text)
