"""``serum``: serum magnesium between mg/dL, mmol/L and mEq/L, against a reference interval."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.options import BatchOpt, ExplainOpt, FormatOpt, JsonOpt, QuietOpt, SvgOpt
from mgcalc.core.errors import InputError
from mgcalc.core.serum import serum as _serum


def serum(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="VALUE",
            help="Serum magnesium with its unit: 2.0mg/dL, 0.85 mmol/L, 1.7 mEq/L, 20 mg/L.",
            show_default=False,
        ),
    ] = None,
    age: Annotated[
        str | None,
        typer.Option(
            "--age",
            metavar="AGE",
            help="Age for the paediatric intervals: years (8), months (5m), weeks (3w) or "
            "days (4d). Without it, adult intervals.",
        ),
    ] = None,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Serum magnesium in mg/dL, mg/L, mmol/L and mEq/L, placed against an adult reference
    interval (with its source). Informs; does not interpret a result for treatment.

    The interval is the one its source publishes in the value's unit (mg/dL or mmol/L);
    --age selects the paediatric intervals; a critical value says to seek care now.

    Example: mgcalc serum 2.0mg/dL ; mgcalc serum 0.65 mmol/L --age 6 --json
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    if batch is not None:
        from mgcalc.cli.batch_specs import serum_spec  # the batch machinery: --batch only

        raise typer.Exit(actions.batch(ctx, serum_spec(age), batch, out, ("age",)))
    text = " ".join(words or []).strip()
    if not text:
        raise InputError("missing argument VALUE", suggestion="e.g. mgcalc serum 2.0mg/dL")
    actions.show(_serum(text, age), out)
