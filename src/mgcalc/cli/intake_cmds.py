"""``check`` and ``plan``: intake against the reference values, and a dose plan."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import form_names, goal_names
from mgcalc.cli.info_cmds import SCHEMAS
from mgcalc.cli.options import ExplainOpt, FormatOpt, JsonOpt, QuietOpt, StandardOpt, SvgOpt
from mgcalc.core.errors import InputError, LimitExceeded
from mgcalc.core.forms import resolve
from mgcalc.core.goals import resolve_goal
from mgcalc.core.intake import check as run_check
from mgcalc.core.intake import food_item
from mgcalc.core.interactions import resolve_medication
from mgcalc.core.lifestage import LifeStage, Person, life_stage, parse_age, parse_sex
from mgcalc.core.plan import plan as run_plan
from mgcalc.core.plan import unit_elemental
from mgcalc.core.quantity import parse_mg, parse_quantity

SexOpt = Annotated[str, typer.Option("--sex", help="female or male.", show_default=False)]
AgeOpt = Annotated[
    str | None,
    typer.Option(
        "--age", metavar="AGE", help="Years (34, 2.5) or months (8m). Default: adult 31-50."
    ),
]
PregnantOpt = Annotated[bool, typer.Option("--pregnant", help="Use the pregnancy values.")]
LactatingOpt = Annotated[bool, typer.Option("--lactating", help="Use the lactation values.")]
FoodOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--food", metavar="X", help="Magnesium from food: '250' (mg) or 'almonds 28g'. Repeatable."
    ),
]
MedicationOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--medication",
        metavar="CLASS",
        help="bisphosphonates, tetracyclines, quinolones, loop-diuretics, thiazide-diuretics, "
        "potassium-sparing-diuretics, ppis (or a drug name). Repeatable.",
    ),
]
KidneyOpt = Annotated[
    bool,
    typer.Option("--kidney-disease", help="Kidney impairment: no supplement without a clinician."),
]


def stage_of(
    sex: str, age: str | None, pregnant: bool, lactating: bool, standard: str
) -> LifeStage:
    person = Person(parse_sex(sex), None if age is None else parse_age(age), pregnant, lactating)
    return life_stage(person, standard)


def check(
    sex: SexOpt,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    food: FoodOpt = None,
    supplement: Annotated[
        list[str] | None,
        typer.Option(
            "--supplement",
            metavar="X",
            help="Elemental mg ('300', '10 mmol') or 'FORM AMOUNT' ('glycinate 1000mg'). "
            "Repeatable.",
        ),
    ] = None,
    standard: StandardOpt = "us",
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 3 if supplements exceed the UL.")
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Intake from food and supplements against the RDA/AI and the supplemental UL.

    Example: mgcalc check --sex female --age 34 --food 250 --supplement "glycinate 1000mg"
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    stage = stage_of(sex, age, pregnant, lactating, standard)
    result = run_check(stage, food or [], supplement or [], medication or [], kidney_disease)
    actions.show(result, out)
    if strict and result.over_ul:
        raise LimitExceeded(
            f"supplemental magnesium {result.record()['supplement_mg']:g} mg is over the "
            f"UL of {stage.ul_mg} mg (--strict)"
        )


def plan(
    sex: SexOpt,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    food: FoodOpt = None,
    form: Annotated[
        str, typer.Option("--form", help="Form to take.", autocompletion=form_names)
    ] = "glycinate",
    unit_size: Annotated[
        str | None,
        typer.Option(
            "--unit-size",
            metavar="AMOUNT",
            help="Elemental magnesium per capsule or tablet (e.g. 120mg).",
        ),
    ] = None,
    unit_is_compound: Annotated[
        bool, typer.Option("--unit-is-compound", help="--unit-size is the compound weight.")
    ] = False,
    goal: Annotated[
        str,
        typer.Option(
            "--goal", help="Timing for a goal (as forms --goal).", autocompletion=goal_names
        ),
    ] = "general",
    standard: StandardOpt = "us",
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """A supplemental dose that closes the gap to the RDA/AI, never above the UL.

    Example: mgcalc plan --sex male --age 45 --food 250 --form citrate --goal sleep
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    goal = resolve_goal(goal).id
    if unit_is_compound and unit_size is None:
        raise InputError("--unit-is-compound needs --unit-size")
    stage = stage_of(sex, age, pregnant, lactating, standard)
    chosen = resolve(form)
    unit = None
    if unit_size is not None:
        size = parse_mg(unit_size) if unit_is_compound else parse_quantity(unit_size).mg
        unit = unit_elemental(chosen, size, is_compound=unit_is_compound)
    result = run_plan(
        stage,
        chosen,
        [food_item(text) for text in food or []],
        goal=goal,
        unit_elemental_mg=unit,
        medications=[resolve_medication(m) for m in medication or []],
        kidney_disease=kidney_disease,
    )
    actions.show(result, out)


def register(app: typer.Typer) -> None:
    from mgcalc.core.intake import CheckRecord
    from mgcalc.core.plan import PlanRecord

    SCHEMAS.update(check=(CheckRecord, False), plan=(PlanRecord, False))
    app.command()(check)
    app.command()(plan)
