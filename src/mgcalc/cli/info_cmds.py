"""``sources`` and ``schema``: what mgcalc's figures rest on and what it prints."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import schema_names
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, SvgOpt
from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.core.sources import find_sources

if TYPE_CHECKING:
    from mgcalc.render.schema import Output

# command -> the records it prints (mgcalc.render.schema.Output, or the older
# (record type, prints a listing) pair); filled by each command module
SCHEMAS: dict[str, Any] = {}


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
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    actions.show(find_sources(ids or []), out)


def schema(
    command: Annotated[
        str,
        typer.Argument(
            metavar="COMMAND",
            help="The command whose output to describe.",
            autocompletion=schema_names,
        ),
    ],
    batch: Annotated[
        bool, typer.Option("--batch", help="Describe one batch record (result or error).")
    ] = False,
) -> None:
    """The JSON Schema of a command's output: every record it can print, error records
    included, each field with a description and unit.

    Example: mgcalc schema elemental --batch
    """
    from dataclasses import replace

    import mgcalc.cli.app  # noqa: F401  (registering every command fills SCHEMAS)
    from mgcalc.render.schema import command_schema

    # after the fast path this module may have been imported again for the app
    registry = sys.modules[__name__].SCHEMAS

    if command not in registry:
        raise UnknownNameError("schema name", command, choices=sorted(registry))
    output = output_of(command, registry)
    if has_batch(command):
        output = replace(output, batch=True)
    elif batch:
        raise InputError(f"'mgcalc {command}' has no --batch mode")
    document = command_schema(command, output, batch_only=batch)
    sys.stdout.write(json.dumps(document, indent=2) + "\n")


def output_of(command: str, registry: dict[str, Any]) -> Output:
    """A command's records, with those its variants (``log-day`` for ``log day``)
    registered under ``COMMAND-VARIANT``: ``schema log`` covers all that log prints."""
    from mgcalc.cli.app import click_command
    from mgcalc.render.schema import Output

    if command not in click_command().commands:
        return Output.of(registry[command])
    parts = [
        Output.of(declared)
        for name, declared in registry.items()
        if name == command or name.startswith(command + "-")
    ]
    return Output(
        single=tuple(dict.fromkeys(r for part in parts for r in part.single)),
        listing=tuple(dict.fromkeys(r for part in parts for r in part.listing)),
    )


def has_batch(command: str) -> bool:
    from mgcalc.cli.app import click_command

    found = click_command().commands.get(command)  # None for variants such as log-day
    params = [] if found is None else found.params
    return any("--batch" in getattr(param, "opts", ()) for param in params)


def register(app: typer.Typer) -> None:
    from mgcalc.core.sources import SourceRecord

    SCHEMAS["sources"] = (SourceRecord, True)
    app.command()(sources)
    app.command()(schema)
