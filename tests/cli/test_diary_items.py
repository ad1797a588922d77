"""Each argument of 'log add' is one item, and capsules count units: a pasted label
line's '% DV' never swallows the next argument, a bare number beside a product is
elemental mg, and '2 capsules of' a two-capsule serving is one serving."""

from __future__ import annotations

import pytest


@pytest.fixture
def cabinet(mg):
    assert mg("cabinet", "add", "multi", "Magnesium (as magnesium oxide) 100 mg").code == 0
    assert (
        mg(
            "cabinet", "add", "sleepwell", "Magnesium (as magnesium glycinate) 200 mg",
            "--units-per-serving", "2",
        ).code
        == 0
    )  # fmt: skip
    return mg


LINE = "Magnesium (as magnesium oxide) 250 mg 60% DV"


@pytest.mark.parametrize(
    ("words", "logged"),
    [
        ([LINE, "2 capsules of multi"], [(LINE, 1, 250), ("multi", 2, 200)]),
        ([LINE, "multi"], [(LINE, 1, 250), ("multi", 1, 100)]),
        (["Magnesium 25% DV", "multi"], [("Magnesium 25% DV", 1, 105), ("multi", 1, 100)]),
        (["300", "multi"], [("300", 1, 300), ("multi", 1, 100)]),
        (["2 capsules of sleepwell"], [("sleepwell", 1, 200)]),
        (["1 capsule of sleepwell"], [("sleepwell", 0.5, 100)]),
        (["3 tablets sleepwell"], [("sleepwell", 1.5, 300)]),
        (["2 servings of sleepwell"], [("sleepwell", 2, 400)]),
        (["sleepwell x2"], [("sleepwell", 2, 400)]),
        (["2", "sleepwell"], [("sleepwell", 2, 400)]),
        (["2 capsules of multi", LINE], [("multi", 2, 200), (LINE, 1, 250)]),
    ],
)
def test_each_argument_is_one_item(cabinet, words: list[str], logged: list[tuple]) -> None:
    ran = cabinet("log", "add", *words, "--json")
    assert ran.code == 0, ran.err
    assert [(e["item"], e["count"], e["elemental_mg"]) for e in ran.json()] == logged
    total = sum(mg for _, _, mg in logged)
    assert sum(e["elemental_mg"] for e in cabinet("log", "export").json()) == total


def test_a_food_without_an_amount_is_one_household_measure_and_shows_its_entry(mg) -> None:
    ran = mg("log", "add", "--food", "oatmeal", "--json")
    [entry] = ran.json()
    assert entry["item"] == "oatmeal 1 cup" and entry["elemental_mg"] == pytest.approx(63.18)
    assert "cooked with water" in entry["food"]
    assert "(USDA: Cereals, oats" in mg("log", "add", "--food", "oatmeal 1 cup").out
    day = mg("log", "day", "--sex", "female", "--json").json()
    assert [f["ndb"] for f in day["foods"]] == ["08121", "08121"]
    assert "USDA 08121" in mg("log", "day", "--sex", "female").out
