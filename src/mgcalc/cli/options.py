"""Options shared by every data command (after sqlite-utils' shared output options)."""

from __future__ import annotations

from typing import Annotated

import typer

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
    typer.Option("--svg", metavar="FILE", help="Also save the table as an SVG picture."),
]
BatchOpt = Annotated[
    str | None,
    typer.Option(
        "--batch",
        "-b",
        metavar="FILE",
        help="Read one input per line from FILE ('-' for stdin) and stream one record per line.",
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
ExplainOpt = Annotated[
    bool,
    typer.Option("--explain", help="Print the chain from input to figure, with sources (stderr)."),
]

StandardOpt = Annotated[
    str,
    typer.Option(
        "--standard", metavar="us|eu", help="Reference standard: US (IOM 1997) or EU (EFSA/SCF)."
    ),
]
