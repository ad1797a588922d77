"""``forms``: the catalogue as a table."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NamedTuple

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import goal_names
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, SvgOpt, choice, completes, metavar
from mgcalc.core.chemistry.forms import Form, catalogue
from mgcalc.core.errors import InputError
from mgcalc.core.knowledge.form_listing import FormRecordOut, form_record


class SortKey(StrEnum):
    FRACTION = "fraction"
    NAME = "name"
    ID = "id"
    ABSORPTION = "absorption"


class FormsResult(NamedTuple):
    forms: list[Form]

    def records(self) -> list[FormRecordOut]:
        return [form_record(form) for form in self.forms]

    def quiet(self) -> str:
        return "\n".join(form.id for form in self.forms)


def sort_forms(forms: list[Form], key: SortKey) -> list[Form]:
    if key is SortKey.FRACTION:
        return sorted(forms, key=lambda f: -f.fraction)
    if key is SortKey.NAME:
        return sorted(forms, key=lambda f: f.name.lower())
    if key is SortKey.ABSORPTION:
        rank = {"high": 0, "low": 1}
        return sorted(forms, key=lambda f: (rank[f.record.absorption] if f.record else 2, f.id))
    return sorted(forms, key=lambda f: f.id)


def forms(
    sort: Annotated[
        SortKey,
        typer.Option(
            "--sort",
            metavar=metavar(SortKey),
            help="Order of the rows.",
            parser=choice(SortKey, "--sort"),
            autocompletion=completes(SortKey),
        ),
    ] = SortKey.FRACTION,
    goal: Annotated[
        str | None,
        typer.Option(
            "--goal",
            metavar="GOAL",
            help="Rank for a goal: general, sleep, muscle-cramps, constipation, blood-pressure, "
            "blood-sugar, energy, migraine, sensitive-stomach (aliases such as cramps, bp).",
            autocompletion=goal_names,
        ),
    ] = None,
    every_hydrate: Annotated[
        bool, typer.Option("--all", help="With --goal: rank every hydrate, not one per salt.")
    ] = False,
    by_name: Annotated[
        bool,
        typer.Option(
            "--products",
            help="The over-the-counter products a FORM may name (mag-ox-400, slow-mag, ...), "
            "each as its label states it.",
        ),
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """The form catalogue (formula, magnesium %, absorption, tolerance), a ranking, or
    the products by name.

    Examples: mgcalc forms ; mgcalc forms --goal sleep ; mgcalc forms --products
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    if by_name:
        if goal is not None:
            raise InputError("--products lists products; --goal ranks forms: give one")
        from mgcalc.core.knowledge.product_listing import ProductsResult
        from mgcalc.data.products import products

        actions.show(ProductsResult(products()), out)
        return
    if goal is not None:
        from mgcalc.core.knowledge.ranking import rank_forms

        actions.show(rank_forms(goal, every_hydrate=every_hydrate), out)
        return
    actions.show(FormsResult(sort_forms(catalogue(materials=True), sort)), out)
