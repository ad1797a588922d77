"""``elemental``, ``compound`` and ``convert``: the calculators."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import form_names
from mgcalc.cli.options import (
    BatchOpt,
    ConcentrationOpt,
    ExplainOpt,
    FormatOpt,
    JsonOpt,
    PurityOpt,
    QuietOpt,
    SvgOpt,
    UnitIsCompoundOpt,
    UnitSizeOpt,
)
from mgcalc.core.chemistry.quantity import split_name_amount, unreadable_amount
from mgcalc.core.errors import InputError

# the options a batch applies to every row (the keywords of core.chemistry.from_text)
_ELEMENTAL_OPTIONS = ("count", "purity", "concentration")
_COMPOUND_OPTIONS = ("unit_size", "unit_is_compound", "purity", "concentration", "salt")
_FORM_HELP = "FORM: catalogue id or alias (citrate, magnesium glycinate) or a formula (MgSO4.7H2O)"


def _words(metavar: str, help: str) -> object:
    """FORM and AMOUNT as the words a person types: ``citrate 500 mg``,
    ``magnesium glycinate 400mg`` and ``"glycinate 400mg"`` all read alike."""
    return typer.Argument(metavar=metavar, help=help, autocompletion=form_names, show_default=False)


def form_and_amount(words: list[str] | None, command: str, amount_name: str) -> tuple[str, str]:
    """Split the words after the command into FORM and AMOUNT (the amount comes last)."""
    text = " ".join(words or []).strip()
    hint = f"see mgcalc {command} --help"
    if not text:
        raise InputError(f"missing arguments FORM {amount_name}", suggestion=hint)
    if not any(char.isdigit() for char in text):
        raise unreadable_amount(text) or InputError(
            f"missing argument {amount_name}", suggestion=hint
        )
    return split_name_amount(text, f"FORM {amount_name}")


def elemental(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        _words("FORM AMOUNT", f"{_FORM_HELP}. AMOUNT: compound weight: 500mg, 0.5 g, 1,000 mg."),
    ] = None,
    count: Annotated[
        str, typer.Option("--count", "-n", metavar="N", help="Number of units of AMOUNT each.")
    ] = "1",
    purity: PurityOpt = "1",
    concentration: ConcentrationOpt = None,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Elemental magnesium in AMOUNT of compound FORM (with mmol and mEq).

    Example: mgcalc elemental citrate 500mg ; mgcalc elemental sulfate 2mL --concentration 50%
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        from mgcalc.cli.batch_specs import elemental_spec  # the batch machinery: --batch only

        preset = actions.given(ctx, _ELEMENTAL_OPTIONS)
        spec = elemental_spec(preset)
        raise typer.Exit(actions.batch(ctx, spec, batch, out, _ELEMENTAL_OPTIONS))
    form, amount = form_and_amount(words, "elemental", "AMOUNT")
    actions.elemental(form, amount, count, purity, out, concentration)


def compound(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        _words("FORM ELEMENTAL", f"{_FORM_HELP}. ELEMENTAL: magnesium wanted: 200mg, 8 mmol."),
    ] = None,
    unit_size: UnitSizeOpt = None,
    unit_is_compound: UnitIsCompoundOpt = False,
    purity: PurityOpt = "1",
    concentration: ConcentrationOpt = None,
    salt: Annotated[
        bool,
        typer.Option(
            "--salt",
            "--as-salt",
            help="ELEMENTAL is the salt's own weight (4g of magnesium sulfate), not "
            "magnesium: its magnesium, and with --concentration the volume that holds it.",
        ),
    ] = False,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Compound weight of FORM that supplies ELEMENTAL magnesium (and, with
    --unit-size, how many whole capsules or tablets, rounded up).

    ELEMENTAL is the magnesium itself; for a salt's weight (a dose written "magnesium
    sulfate 4 g") add --salt.

    Examples: mgcalc compound glycinate 200mg --unit-size 100mg ;
    mgcalc compound sulfate 4g --salt --concentration 50%
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        from mgcalc.cli.batch_specs import compound_spec  # the batch machinery: --batch only

        preset = actions.given(ctx, _COMPOUND_OPTIONS)
        spec = compound_spec(preset)
        raise typer.Exit(actions.batch(ctx, spec, batch, out, _COMPOUND_OPTIONS))
    form, target = form_and_amount(words, "compound", "ELEMENTAL")
    actions.compound(
        form,
        target,
        unit_size,
        purity,
        out,
        concentration,
        unit_is_compound=unit_is_compound,
        salt=salt,
    )


def convert(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="AMOUNT",
            help="Elemental magnesium: 240mg, 10 mmol, 20 mEq.",
            show_default=False,
        ),
    ] = None,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Elemental magnesium between mg, mmol and mEq.

    Example: mgcalc convert 10 mmol
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        from mgcalc.cli.batch_specs import CONVERT  # the batch machinery: --batch only

        raise typer.Exit(actions.batch(ctx, CONVERT, batch, out))
    amount = " ".join(words or []).strip()
    if not amount:
        raise InputError("missing argument AMOUNT", suggestion="see mgcalc convert --help")
    actions.convert(amount, out)
