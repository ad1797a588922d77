"""``elemental``, ``compound`` and ``convert``: the calculators."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.batch import BatchSpec
from mgcalc.cli.complete import form_names
from mgcalc.cli.info_cmds import SCHEMAS
from mgcalc.cli.options import BatchOpt, ExplainOpt, FormatOpt, JsonOpt, PurityOpt, QuietOpt, SvgOpt
from mgcalc.core import calc
from mgcalc.core.errors import InputError
from mgcalc.core.forms import resolve
from mgcalc.core.quantity import parse_quantity, split_name_amount
from mgcalc.core.results import CompoundRecord, ConvertRecord, ElementalRecord
from mgcalc.render import OutputFormat

FormArg = Annotated[
    str | None,
    typer.Argument(
        metavar="FORM",
        help="Catalogue id or alias (citrate, glycinate, epsom-salt) or a formula (MgSO4.7H2O).",
        autocompletion=form_names,
    ),
]


def _need(value: str | None, name: str, command: str) -> str:
    if value is None:
        raise InputError(f"missing argument {name}", suggestion=f"see mgcalc {command} --help")
    return value


def _elemental_line(text: str) -> ElementalRecord:
    form, amount = split_name_amount(text)
    return calc.elemental(resolve(form), parse_quantity(amount)).record()


def _compound_line(text: str) -> CompoundRecord:
    form, amount = split_name_amount(text)
    return calc.compound(resolve(form), parse_quantity(amount)).record()


def _convert_line(text: str) -> ConvertRecord:
    return calc.convert(parse_quantity(text)).record()


ELEMENTAL_BATCH = BatchSpec(_elemental_line, tuple(ElementalRecord.__annotations__))
COMPOUND_BATCH = BatchSpec(_compound_line, tuple(CompoundRecord.__annotations__))
CONVERT_BATCH = BatchSpec(_convert_line, tuple(ConvertRecord.__annotations__))


def elemental(
    form: FormArg = None,
    amount: Annotated[
        str | None,
        typer.Argument(metavar="AMOUNT", help="Compound weight: 500mg, 0.5g, '1,000 mg', 500."),
    ] = None,
    count: Annotated[
        str, typer.Option("--count", "-n", metavar="N", help="Number of units of AMOUNT each.")
    ] = "1",
    purity: PurityOpt = "1",
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Elemental magnesium in AMOUNT of compound FORM (with mmol and mEq).

    Example: mgcalc elemental citrate 500mg
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        raise typer.Exit(actions.batch(ELEMENTAL_BATCH, batch, out, [form, amount]))
    actions.elemental(
        _need(form, "FORM", "elemental"), _need(amount, "AMOUNT", "elemental"), count, purity, out
    )


def compound(
    form: FormArg = None,
    target: Annotated[
        str | None,
        typer.Argument(metavar="ELEMENTAL", help="Elemental magnesium wanted: 200mg, 8 mmol."),
    ] = None,
    unit_size: Annotated[
        str | None,
        typer.Option(
            "--unit-size",
            metavar="AMOUNT",
            help="Compound weight per capsule or tablet; prints whole units, rounded up.",
        ),
    ] = None,
    purity: PurityOpt = "1",
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Compound weight of FORM that supplies ELEMENTAL magnesium.

    Example: mgcalc compound glycinate 200mg --unit-size 500mg
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        raise typer.Exit(actions.batch(COMPOUND_BATCH, batch, out, [form, target]))
    actions.compound(
        _need(form, "FORM", "compound"),
        _need(target, "ELEMENTAL", "compound"),
        unit_size,
        purity,
        out,
    )


def convert(
    amount: Annotated[
        str | None,
        typer.Argument(metavar="AMOUNT", help="Elemental magnesium: 240mg, 10 mmol, 20 mEq."),
    ] = None,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Elemental magnesium between mg, mmol and mEq.

    Example: mgcalc convert 10mmol
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        raise typer.Exit(actions.batch(CONVERT_BATCH, batch, out, [amount]))
    actions.convert(_need(amount, "AMOUNT", "convert"), out)


def register(app: typer.Typer) -> None:
    SCHEMAS.update(
        elemental=(ElementalRecord, False),
        compound=(CompoundRecord, False),
        convert=(ConvertRecord, False),
    )
    for command in (elemental, compound, convert):
        app.command(no_args_is_help=True)(command)


__all__ = ["OutputFormat", "register"]
