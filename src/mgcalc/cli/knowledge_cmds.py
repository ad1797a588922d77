"""``evidence``, ``guide`` and ``interactions``: sourced answers from the package data."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import topic_names
from mgcalc.cli.options import (
    FormatOpt,
    JsonOpt,
    QuietOpt,
    SvgOpt,
    choice,
    completes,
    metavar,
)
from mgcalc.core.errors import EXIT_PARTIAL, UnknownNameError
from mgcalc.render import OutputFormat


class GuideFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"
    CSV = "csv"
    NDJSON = "ndjson"


def evidence(
    fmt: FormatOpt = None, as_json: JsonOpt = False, quiet: QuietOpt = False, svg: SvgOpt = None
) -> None:
    """The seed's research grades (A-D) beside the mainstream verdict and its source.

    Study doses are shown only where the studies behind an outcome used them.

    Example: mgcalc evidence --format csv
    """
    from mgcalc.core.reference.evidence import EvidenceResult

    actions.show(EvidenceResult(), actions.OutputOptions.of(fmt, as_json, quiet, svg))


def guide(
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="[TOPIC]", help="A topic (omit to list them).", autocompletion=topic_names
        ),
    ] = None,
    fmt: Annotated[
        GuideFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar=metavar(GuideFormat),
            help="table (rendered), md (Markdown), json, csv, ndjson.",
            parser=choice(GuideFormat, "--format"),
            autocompletion=completes(GuideFormat),
        ),
    ] = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Short, sourced answers to the common questions about magnesium.

    Example: mgcalc guide best-form ; mgcalc guide sleep --format md
    """
    from mgcalc.core.knowledge.guide import GuideResult, find_topic  # to run, not for help

    result = GuideResult(None if topic is None else find_topic(topic))
    actions.check_conflicts(None if fmt is None else fmt.value, as_json, quiet)
    if fmt is GuideFormat.MD and not as_json and not quiet:
        sys.stdout.write(result.markdown())
        return
    if (fmt in (None, GuideFormat.TABLE)) and not as_json and not quiet:
        from mgcalc.render.guide_page import write_markdown

        write_markdown(result.markdown(), sys.stdout)
        return
    machine = None if fmt in (None, GuideFormat.TABLE, GuideFormat.MD) else OutputFormat(fmt)
    actions.show(result, actions.OutputOptions.of(machine, as_json, quiet))


def interactions(
    medication: Annotated[
        list[str] | None,
        typer.Option("--medication", metavar="CLASS", help="Only these classes (or drug names)."),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Medication classes that interact with magnesium, stacking notes, kidney caution.

    Example: mgcalc interactions --medication ppis
    """
    from mgcalc.core.reference.interactions import (  # to run, not for help
        InteractionsResult,
        all_medications,
        resolve_medication,
    )

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    if not medication:
        actions.show(InteractionsResult(all_medications()), out)
        return
    from mgcalc.core.error_records import error_place, option_error

    result = InteractionsResult([], include_stacking=False)
    for position, text in enumerate(medication, start=1):
        try:
            result.items.append(resolve_medication(text.partition("@")[0]))
        except UnknownNameError as unknown:  # a pharmacist's list goes on past one
            result.errors.append(option_error("--medication", text, str(unknown), position))
    errors = [f"{error_place(error)}: {error['error']}" for error in result.errors]
    if actions.show_with_errors(result, out, errors):
        raise typer.Exit(EXIT_PARTIAL)
