"""The goal registry: one vocabulary for forms --goal, plan --goal and the guide."""

import pytest

from mgcalc.core.errors import UnknownNameError
from mgcalc.core.goals import goal_ids, last_dose_time, resolve_goal
from mgcalc.data import evidence, goals

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
