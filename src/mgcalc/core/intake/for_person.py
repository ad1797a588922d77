"""check and plan for a person described as text: the one entry point for the CLI,
batch rows and diary days.

Every argument is a keyword with the CLI option's name, and values are the text a
person typed (a CSV cell, a profile field), so callers pass what they read and
get a result object back; nothing here prints or exits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.chemistry.quantity import parse_unit_size
from mgcalc.core.errors import InputError
from mgcalc.core.intake.check import CheckResult, IntakeItem, check, food_item
from mgcalc.core.intake.planner import plan, unit_elemental, unit_range
from mgcalc.core.knowledge.goals import resolve_goal
from mgcalc.core.reference.conditions import Conditions
from mgcalc.core.reference.interactions import medication_use
from mgcalc.core.reference.kidney import parse_crcl, parse_egfr
from mgcalc.core.reference.lifestage import LifeStage, Person, life_stage, parse_age, parse_sex

if TYPE_CHECKING:  # imported by plan_for only: check and the diary's days never plan
    from mgcalc.core.intake.plan import PlanResult


def stage_for(
    *,
    sex: str,
    age: str | None = None,
    pregnant: bool = False,
    lactating: bool = False,
    standard: str = "us",
) -> LifeStage:
    person = Person(parse_sex(sex), None if age is None else parse_age(age), pregnant, lactating)
    return life_stage(person, standard)


def check_for(
    *,
    sex: str,
    age: str | None = None,
    pregnant: bool = False,
    lactating: bool = False,
    standard: str = "us",
    food: Sequence[str] = (),
    supplement: Sequence[str | IntakeItem] = (),
    medication: Sequence[str] = (),
    kidney_disease: bool = False,
    egfr: str | float | None = None,
    crcl: str | float | None = None,
    condition: Sequence[str] = (),
) -> CheckResult:
    stage = stage_for(sex=sex, age=age, pregnant=pregnant, lactating=lactating, standard=standard)
    kidney = None if egfr is None else parse_egfr(egfr)
    clearance = None if crcl is None else parse_crcl(crcl)
    return check(
        stage,
        food,
        supplement,
        medication,
        kidney_disease,
        egfr=kidney,
        crcl=clearance,
        conditions=condition,
    )


FOOD_NEEDED = (
    "plan needs --food: the magnesium you get from food (mg, or foods such as "
    "'almonds 1oz'); give --food 0 to plan as if food supplied none"
)


def plan_for(
    *,
    sex: str,
    age: str | None = None,
    pregnant: bool = False,
    lactating: bool = False,
    standard: str = "us",
    food: Sequence[str] | None = None,
    form: str = "glycinate",
    unit_size: str | None = None,
    unit_is_compound: bool = False,
    goal: str = "general",
    medication: Sequence[str] = (),
    kidney_disease: bool = False,
    egfr: str | float | None = None,
    crcl: str | float | None = None,
    condition: Sequence[str] = (),
) -> PlanResult:
    """A plan needs to know the food: without it the gap would be the whole reference
    value and the UL would become the target (see docs/intake.md, "plan")."""

    goal = resolve_goal(goal).id
    if unit_is_compound and unit_size is None:
        raise InputError("--unit-is-compound needs --unit-size")
    if not food:
        raise InputError(FOOD_NEEDED)
    stage = stage_for(sex=sex, age=age, pregnant=pregnant, lactating=lactating, standard=standard)
    kidney = None if egfr is None else parse_egfr(egfr)
    chosen = resolve(form)
    unit = unit_span = None
    if unit_size is not None:
        size, is_compound = parse_unit_size(unit_size, compound=unit_is_compound)
        unit = unit_elemental(chosen, size.mg, is_compound=is_compound)
        unit_span = unit_range(chosen, size.mg, is_compound=is_compound)
    return plan(
        stage,
        chosen,
        [food_item(text) for text in food],
        goal=goal,
        unit_elemental_mg=unit,
        unit_span_mg=unit_span,
        medications=[medication_use(m) for m in medication],
        kidney_disease=kidney_disease,
        egfr=kidney,
        crcl=None if crcl is None else parse_crcl(crcl),
        conditions=Conditions.of(condition),
    )
