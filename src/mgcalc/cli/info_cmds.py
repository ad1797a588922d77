"""``sources`` and ``schema``: what mgcalc's figures rest on and what it prints."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from mgcalc.cli.complete import schema_names
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, SvgOpt
from mgcalc.core.errors import InputError, UnknownNameError


def sources(
    ids: Annotated[list[str] | None, typer.Argument(metavar="[ID]...", help="Source ids.")] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Every source behind mgcalc's figures, with its full citation.

    Example: mgcalc sources IOM97 ODS
    """
    from mgcalc.cli import actions
    from mgcalc.core.reference.sources import find_sources

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    actions.show(find_sources(ids or []), out)


def schema(
    command_words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[COMMAND]...",
            help="The command path whose output to describe ('log export'); none: list them.",
            autocompletion=schema_names,
        ),
    ] = None,
    batch: Annotated[
        bool, typer.Option("--batch", help="Describe one batch record (result or error).")
    ] = False,
) -> None:
    """The JSON Schema of a command's output: every record it can print, error records
    included, each field with a description and unit.

    Example: mgcalc schema log export ; mgcalc schema elemental --batch
    """
    from mgcalc.cli.outputs import OUTPUTS, record_types
    from mgcalc.render.schema import Output, command_schema

    if not command_words:  # the names, one a line, as a command path
        sys.stdout.write("".join(name.replace("-", " ") + "\n" for name in OUTPUTS))
        return
    command = "-".join(word.strip().lower() for word in " ".join(command_words).split())
    if command not in OUTPUTS:
        raise UnknownNameError("schema name", command, choices=sorted(OUTPUTS))
    declared = OUTPUTS[command]
    if batch and not declared.batch:
        raise InputError(f"'mgcalc {command}' has no --batch mode")
    output = Output(
        single=record_types(declared.single),
        listing=record_types(declared.listing),
        batch=declared.batch,
    )
    document = command_schema(command, output, batch_only=batch)
    sys.stdout.write(json.dumps(document, indent=2) + "\n")
