"""``check`` and ``plan``: intake against the reference values, and a dose plan."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import form_names, goal_names
from mgcalc.cli.options import (
    AgeOpt,
    ConditionOpt,
    CrclOpt,
    EgfrOpt,
    ExplainOpt,
    FoodOpt,
    FormatOpt,
    JsonOpt,
    KidneyOpt,
    LactatingOpt,
    MedicationOpt,
    PeopleBatchOpt,
    PersonStandardOpt,
    PregnantOpt,
    QuietOpt,
    SexOpt,
    SvgOpt,
    UnitIsCompoundOpt,
    UnitSizeOpt,
)
from mgcalc.cli.person import who
from mgcalc.core.errors import InputError, LimitExceeded

if TYPE_CHECKING:
    from mgcalc.core.intake.cautions import Caution


def check(
    ctx: typer.Context,
    sex: SexOpt = None,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    food: FoodOpt = None,
    supplement: Annotated[
        list[str] | None,
        typer.Option(
            "--supplement",
            metavar="MG|PRODUCT",
            help="Elemental mg ('300', '10 mmol', '0'), a compound ('glycinate 400mg', "
            "'400mg glycinate'), a Supplement Facts line ('Magnesium (as magnesium glycinate) "
            "200 mg'), with a count ('... x2', '2 capsules of ...'). Repeatable.",
        ),
    ] = None,
    standard: PersonStandardOpt = None,
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    egfr: EgfrOpt = None,
    crcl: CrclOpt = None,
    condition: ConditionOpt = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 3 if supplements exceed the UL, where no UL is set, with eGFR or "
            "creatinine clearance < 30, a condition that rules magnesium out, or a medicine "
            "whose label says to avoid magnesium.",
        ),
    ] = False,
    batch: PeopleBatchOpt = None,
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
    if batch is not None:
        from mgcalc.cli.people_batch import CHECK_OPTIONS, check_batch  # for --batch only

        spec = check_batch(actions.given(ctx, CHECK_OPTIONS))
        applied = (*CHECK_OPTIONS, "strict")
        code = actions.batch(ctx, spec, batch, out, applied, breach=_breach if strict else None)
        raise typer.Exit(code)
    person = who(
        sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr, crcl, condition
    )
    from mgcalc.core.intake.for_person import check_for  # the core loads to run, not for help

    result = check_for(
        **person.fields,
        food=food or [],
        supplement=_with_cabinet(supplement or []),
    )
    result = replace(result, profile_used=person.profile_used)
    actions.show(result, out)
    if not out.quiet:  # a panel whose rows were all counted is said on stderr too
        label_warnings_to_stderr(result.cautions)
    breach = result.limit_breach()
    if strict and breach:
        raise LimitExceeded(f"{breach} (--strict)")


def _products() -> dict[str, Any]:
    from mgcalc.store.cabinet import list_products  # only when a name may be a product

    return {product.name.lower(): product for product in list_products()}


def _with_cabinet(texts: list[str]) -> list[Any]:
    """Each --supplement that names a cabinet product ('nightly x2') as that product."""
    if not texts:
        return texts
    from mgcalc.core.diary.items import product_item

    products = _products()
    return [(product_item(text, products) if products else None) or text for text in texts]


def _cabinet_product(name: str) -> Any:
    """The cabinet product --form names, if it names one and is not a form."""
    from mgcalc.core.chemistry.forms import resolve
    from mgcalc.core.errors import MgcalcError

    try:
        resolve(name)
    except MgcalcError:
        return _products().get(name.strip().lower())
    return None


def _breach(result: Any) -> str | None:
    """``check --batch --strict``: why one row is over its limit (as a single run)."""
    why: str | None = result.limit_breach()
    return why


def label_warnings_to_stderr(cautions: list[Caution]) -> None:
    """What the label reader changed in the count (``-q`` writes every caution)."""
    import sys

    from mgcalc.core.errors import error_line

    sys.stdout.flush()
    for caution in cautions:
        if caution.kind == "label":
            sys.stderr.write(error_line(caution.text, "warning"))


def plan(
    ctx: typer.Context,
    sex: SexOpt = None,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    food: FoodOpt = None,
    form: Annotated[
        str, typer.Option("--form", metavar="FORM", help="Form to take.", autocompletion=form_names)
    ] = "glycinate",
    unit_size: UnitSizeOpt = None,
    unit_is_compound: UnitIsCompoundOpt = False,
    goal: Annotated[
        str,
        typer.Option(
            "--goal",
            metavar="GOAL",
            help="Timing for a goal (as forms --goal).",
            autocompletion=goal_names,
        ),
    ] = "general",
    standard: PersonStandardOpt = None,
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    egfr: EgfrOpt = None,
    crcl: CrclOpt = None,
    condition: ConditionOpt = None,
    batch: PeopleBatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """A supplemental dose that closes the gap to the RDA/AI, never above the UL.

    --food is required (--food 0 for none): without it the whole UL would become the
    target.

    Example: mgcalc plan --sex male --age 45 --food 250 --form citrate --goal sleep
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        from mgcalc.cli.people_batch import PLAN_OPTIONS, plan_batch  # for --batch only

        spec = plan_batch(actions.given(ctx, PLAN_OPTIONS))
        raise typer.Exit(actions.batch(ctx, spec, batch, out, PLAN_OPTIONS))
    person = who(
        sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr, crcl, condition
    )
    from mgcalc.core.intake.for_person import plan_for  # the core loads to run, not for help

    product = _cabinet_product(form) if unit_size is None else None
    if product is not None:  # a plan in units of a product you own
        if len(product.forms) != 1:
            raise InputError(
                f"your cabinet's '{product.name}' names {len(product.forms)} forms; a plan "
                "needs one",
                suggestion="give --form and --unit-size for it",
            )
        form, unit_size, unit_is_compound = (
            product.forms[0],
            f"{product.elemental_mg_per_unit!r}mg",
            False,
        )
    result = plan_for(
        **person.fields,
        food=food,
        form=form,
        unit_size=unit_size,
        unit_is_compound=unit_is_compound,
        goal=goal,
    )
    result.profile_used = person.profile_used
    actions.show(result, out)
