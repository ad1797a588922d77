"""Options shared by every data command (after sqlite-utils' shared output options)."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli.complete import sex_names, standard_names
from mgcalc.render import OutputFormat

FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table).",
        case_sensitive=False,
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print only the primary figure, for $(mgcalc ...).")
]
SvgOpt = Annotated[
    str | None,
    typer.Option(
        "--svg",
        metavar="FILE",
        help="Also save the table as an SVG picture in FILE ('-': the SVG on stdout, no table).",
    ),
]
BatchOpt = Annotated[
    str | None,
    typer.Option(
        "--batch",
        "-b",
        metavar="FILE",
        help="Read one input per line from FILE ('-' for stdin) and stream one record per line "
        "(a header line such as form,amount names CSV columns). With -q: one figure per "
        "line, an empty line for a bad one.",
    ),
]
PeopleBatchOpt = Annotated[
    str | None,
    typer.Option(
        "--batch",
        "-b",
        metavar="FILE",
        help="Read a CSV of people from FILE ('-' for stdin): a header naming columns like "
        "the options (sex, age, pregnant, food, ...), one record per row. With -q: one figure "
        "per row, an empty line for a bad one.",
    ),
]
PurityOpt = Annotated[
    str,
    typer.Option(
        "--purity",
        metavar="P",
        help="Share of the raw material that is the named salt: 0.9 or 90% (default 1).",
    ),
]
ConcentrationOpt = Annotated[
    str | None,
    typer.Option(
        "--concentration",
        metavar="C",
        help="Strength of a liquid, for amounts in mL, L, tsp or tbsp: 50% (w/v, g per "
        "100 mL), 500mg/mL, 400mg/5mL (compound) or 4mEq/mL (elemental).",
    ),
]
ExplainOpt = Annotated[
    bool,
    typer.Option("--explain", help="Print the chain from input to figure, with sources (stderr)."),
]

StandardOpt = Annotated[
    str,
    typer.Option(
        "--standard",
        metavar="us|eu",
        help="Reference standard: US (IOM 1997) or EU (EFSA/SCF).",
        autocompletion=standard_names,
    ),
]

# Who the figures are for: shared by check and plan (and by batch and the diary's
# profile, which fill the same fields). Keep every person option here.
SexOpt = Annotated[
    str | None,
    typer.Option(
        "--sex",
        help="female or male (default: the saved profile's).",
        show_default=False,
        autocompletion=sex_names,
    ),
]
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
        "--food",
        metavar="MG|FOOD",
        help="Magnesium from food: '250' (mg), '0', or 'almonds 28g'. Repeatable.",
    ),
]
MedicationOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--medication",
        metavar="NAME[@HH:MM]",
        help="A medicine or class (levothyroxine, Cipro, ppis...; see mgcalc interactions), "
        "optionally with the time you take it. Repeatable.",
    ),
]
KidneyOpt = Annotated[
    bool,
    typer.Option("--kidney-disease", help="Kidney impairment: no supplement without a clinician."),
]
EgfrOpt = Annotated[
    str | None,
    typer.Option(
        "--egfr",
        metavar="N",
        help="Kidney function, eGFR in mL/min/1.73 m² (KDIGO G1-G5 categories).",
    ),
]
PersonStandardOpt = Annotated[
    str | None,
    typer.Option(
        "--standard",
        metavar="us|eu",
        help="Reference standard: US (IOM 1997) or EU (EFSA/SCF). Default: the profile's, or us.",
        show_default=False,
        autocompletion=standard_names,
    ),
]

# What one capsule or tablet holds: the same meaning in compound and plan (and any
# command added later); parsed by core.quantity.parse_unit_size.
UnitSizeOpt = Annotated[
    str | None,
    typer.Option(
        "--unit-size",
        metavar="AMOUNT",
        help="What one capsule or tablet holds, as its label prints it: elemental magnesium "
        "(120mg, as on Supplement Facts), or the compound's weight written '500mg compound'.",
    ),
]
UnitIsCompoundOpt = Annotated[
    bool,
    typer.Option(
        "--unit-is-compound", help="--unit-size is the compound's weight (as '... compound')."
    ),
]
