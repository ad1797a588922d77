"""``sources`` and ``schema``: what mgcalc's figures rest on and what it prints."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import schema_names
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, SvgOpt
from mgcalc.core.errors import UnknownNameError
from mgcalc.core.sources import find_sources

# command -> (record type, prints a listing); filled by each command module
SCHEMAS: dict[str, tuple[Any, bool]] = {}


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
            help="The command whose output to describe (also forms-goal, label-write, "
            "food-search for those variants).",
            autocompletion=schema_names,
        ),
    ],
    batch: Annotated[
        bool, typer.Option("--batch", help="Describe one batch record (result or error).")
    ] = False,
) -> None:
    """The JSON Schema of a command's JSON output (from its typed records).

    Example: mgcalc schema elemental --batch
    """
    from pydantic import TypeAdapter

    import mgcalc.cli.app  # noqa: F401  (registering every command fills SCHEMAS)
    from mgcalc.core.results import ErrorRecord

    # after the fast path this module may have been imported again for the app
    registry = sys.modules[__name__].SCHEMAS

    if command not in registry:
        raise UnknownNameError("schema name", command, choices=sorted(registry))
    record, listing = registry[command]
    shape: Any = record
    if batch:
        shape = batch_record(command, record) | ErrorRecord
    elif listing:
        shape = list[record]  # type: ignore[valid-type]
    document = TypeAdapter(shape).json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = f"mgcalc {command}" + (" --batch record" if batch else "")
    sys.stdout.write(json.dumps(document, indent=2) + "\n")


def batch_record(command: str, record: Any) -> Any:
    """A success record of ``--batch``: the line number and input, then the record."""
    from typing_extensions import TypedDict

    fields = {"line": int, "input": str, **record.__annotations__}
    name = "".join(part.title() for part in command.split("-")) + "BatchRecord"
    return TypedDict(name, fields)  # type: ignore[operator]


def register(app: typer.Typer) -> None:
    from mgcalc.core.sources import SourceRecord

    SCHEMAS["sources"] = (SourceRecord, True)
    app.command()(sources)
    app.command()(schema)
