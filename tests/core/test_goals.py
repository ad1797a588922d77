"""The goal registry: one vocabulary for forms --goal, plan --goal and the guide."""

import pytest

from mgcalc.core.errors import UnknownNameError
from mgcalc.core.knowledge.goals import goal_ids, last_dose_time, resolve_goal
from mgcalc.data.knowledge import evidence, goals

NAMES = [(goal.id, name) for goal in goals().values() for name in (goal.id, *goal.aliases)]


@pytest.mark.parametrize(("goal_id", "name"), NAMES)
def test_every_id_and_alias_resolves_in_any_spelling(goal_id: str, name: str) -> None:
    assert resolve_goal(name).id == goal_id
    assert resolve_goal(name.upper().replace("-", " ")).id == goal_id


@pytest.mark.parametrize(
    ("name", "goal_id"),
    [
        ("muscle", "muscle-cramps"),
        ("cramps", "muscle-cramps"),
        ("bp", "blood-pressure"),
        ("glucose", "blood-sugar"),
        ("insomnia", "sleep"),
        ("headache", "migraine"),
    ],
)
def test_names_the_old_commands_used_still_work(name: str, goal_id: str) -> None:
    assert resolve_goal(name).id == goal_id


def test_unknown_goal_lists_every_valid_choice() -> None:
    with pytest.raises(UnknownNameError) as caught:
        resolve_goal("slep")
    message = str(caught.value)
    assert "did you mean 'sleep'" in message
    assert all(goal_id in message for goal_id in goal_ids())


def test_timing_comes_from_evidence() -> None:
    timing = evidence()["timing"]
    assert last_dose_time(resolve_goal("sleep")) == timing["before_bed"]
    assert last_dose_time(resolve_goal("cramps")) == timing["after_training"]
    assert last_dose_time(resolve_goal("general")) is None


def test_the_guide_lists_the_same_goal_vocabulary() -> None:
    from mgcalc.core.knowledge.guide import find_topic, render_topic

    text = render_topic(find_topic("goals"))
    for goal in goals().values():
        line = next(line for line in text.splitlines() if line.startswith(f"- `{goal.id}`"))
        assert all(alias in line for alias in goal.aliases)
    assert find_topic("evidence").id == "goals"


def test_the_guide_quotes_both_food_tables_from_data() -> None:
    from mgcalc.core.foods.lookup import lookup_food_text
    from mgcalc.core.foods.results import FoodResult
    from mgcalc.core.knowledge.guide import find_topic, render_topic

    ods = FoodResult(lookup_food_text("chia seeds 1 oz")).record()["ods"]
    assert ods is not None
    text = " ".join(render_topic(find_topic("food")).split())
    assert f"{round(ods['usda_sr28_mg'])} mg per 1 oz in SR28, {ods['elemental_mg']} mg" in text
