"""Options shared by every data command (after sqlite-utils' shared output options),
and the readers that turn typed text into numbers and choices with mgcalc's own
one-line errors (``--limit must be a whole number, got 'ten'``; ``unknown format
'xml'; valid choices: ...``) instead of click's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Annotated, TypeVar

import typer

from mgcalc.cli.complete import sex_names, standard_names
from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.render import OutputFormat

E = TypeVar("E", bound=StrEnum)


def choice(enum: type[E], option: str) -> Callable[[str], E]:
    """Read ``option``'s value as a member of ``enum``, in any case."""

    def read(text: str) -> E:
        for member in enum:
            if member.value == str(text).lower():
                return member
        kind = option.lstrip("-").replace("-", " ")
        raise UnknownNameError(kind, str(text), choices=[member.value for member in enum])

    return read


def completes(enum: type[StrEnum]) -> Callable[[str], list[str]]:
    """Shell completion for a choice option: the values :func:`choice` accepts."""

    def names(incomplete: str) -> list[str]:
        return [member.value for member in enum if member.value.startswith(incomplete.lower())]

    return names


# what a whole-number option accepts: ASCII digits, '_' between them, a sign, and a
# decimal point with only zeros after it ('2.0' from a spreadsheet), spaces around
_WHOLE = r"\s*([+-]?[0-9]+(?:_[0-9]+)*)(?:\.0+)?\s*"


def whole_number(name: str) -> Callable[[str], int]:
    """Read a whole number for option or argument ``name`` (``--limit``, ``ID``)."""

    def read(text: str) -> int:
        whole = re.fullmatch(_WHOLE, str(text))
        if whole:
            return int(whole[1])
        # the count grammar loads core.quantity: only a refused value needs it
        from mgcalc.core.chemistry.counts import COUNT_OPTIONS, parse_count

        if name in COUNT_OPTIONS:  # '0.5', 'nan': the count's range, as for 0 or 101
            parse_count(str(text), name, whole=True, most=COUNT_OPTIONS[name])
        raise InputError(f"{name} must be a whole number, got '{text}'")

    return read


def number(name: str) -> Callable[[str], float]:
    """Read a number for option ``name`` (``--price``)."""

    def read(text: str) -> float:
        try:
            return float(text)
        except ValueError:
            raise InputError(f"{name} must be a number, got '{text}'") from None

    return read


def metavar(values: Iterable[str]) -> str:
    return "|".join(values)


FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        metavar=metavar(OutputFormat),
        help="Output format (default: table).",
        parser=choice(OutputFormat, "--format"),
        autocompletion=completes(OutputFormat),
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
        show_default=False,
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
        metavar="female|male",
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
CrclOpt = Annotated[
    str | None,
    typer.Option(
        "--crcl",
        metavar="N",
        help="Kidney function as creatinine clearance in mL/min (SmPC thresholds: below 30 "
        "no dose).",
    ),
]
ConditionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--condition",
        metavar="ID",
        help="A condition that rules magnesium out or needs care: heart-block, bradycardia, "
        "myasthenia-gravis, severe-renal-impairment, dialysis, hypermagnesaemia-symptoms. "
        "Repeatable.",
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
