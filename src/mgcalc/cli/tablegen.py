"""Generate :mod:`mgcalc.cli.commandtable` from the Typer app.

The fast path parses argv from that table without importing Typer's parsing
machinery (which imports pydantic and builds a TypeAdapter per parameter), so
the table must describe every command exactly as Typer sees it. This module
builds the description from the click commands Typer makes; a test compares it
with the checked-in table, so a command added or changed without regenerating
fails the suite. Regenerate with ``python -m mgcalc.cli.tablegen``.

It also writes :mod:`mgcalc.cli.schematable`: which records each ``mgcalc schema
NAME`` describes (what the command modules register in
:data:`mgcalc.cli.info_cmds.SCHEMAS`, a command's variants merged in) and whether
the command has ``--batch``, so ``schema`` answers without building the app.

Only the parameter shapes the fast path can reproduce exactly are allowed:
plain options taking one value (str, int, float or an enum), repeatable ones,
boolean flags, and positional arguments with the variadic one last. Anything
else (callbacks, environment variables, prompts, counters, ``--x/--no-x``, a
``typer.Option`` as a default value instead of inside ``Annotated``) is refused
here with the command's name, so it is noticed when the table is made.
"""

from __future__ import annotations

import pprint
import sys
from enum import Enum
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).with_name("commandtable.py")
OUTPUTS_PATH = Path(__file__).with_name("schematable.py")

HEADER = '''"""Every command the Typer app registers, for the fast path (generated; do not edit).

Made by ``python -m mgcalc.cli.tablegen`` from the Typer app; tests/cli/test_commandtable.py
fails when it is out of date. Format: command words -> {module, function,
no_args_is_help, arguments: [[name, nargs, required]], options: {flag: name},
params: {name: [kind, multiple, required]}}.
"""

from typing import Any

COMMANDS: dict[str, dict[str, Any]] = '''

OUTPUTS_HEADER = '''"""What ``mgcalc schema NAME`` describes, by NAME (generated; do not edit).

Made by ``python -m mgcalc.cli.tablegen`` from the records the command modules
register (mgcalc.cli.info_cmds.SCHEMAS) and the Typer app; tests/cli/test_commandtable.py
fails when it is out of date. Format: name -> {single: [record], listing: [record],
batch: the command has --batch}, each record as "module:qualname".
"""

from typing import Any

OUTPUTS: dict[str, dict[str, Any]] = '''


class Unsupported(Exception):
    """A parameter shape the fast path cannot reproduce exactly."""


def _kind(param: Any, where: str) -> str:
    descriptor = param.type_descriptor
    annotation = descriptor.annotation
    if descriptor.is_list:
        (annotation,) = annotation.__args__
    if getattr(param, "is_flag", False):
        if annotation is not bool or param.secondary_opts or param.count:
            raise Unsupported(f"{where}: only plain boolean flags are supported")
        return "flag"
    if annotation in (str, int, float):
        return str(annotation.__name__)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        sensitive = "s" if descriptor.parameter_info.case_sensitive else "i"
        return f"enum:{annotation.__module__}:{annotation.__qualname__}:{sensitive}"
    raise Unsupported(f"{where}: type {annotation!r} is not supported")


def _function(command: Any) -> Any:
    function = command.callback
    while hasattr(function, "__wrapped__"):
        function = function.__wrapped__
    return function


def describe_command(command: Any, name: str) -> dict[str, Any]:
    import inspect

    from typer.models import ParameterInfo

    function = _function(command)
    for parameter in inspect.signature(function).parameters.values():
        if isinstance(parameter.default, ParameterInfo):
            raise Unsupported(
                f"mgcalc {name} {parameter.name}: declare typer.Option/Argument inside "
                "Annotated[...], with a plain default (the fast path uses the defaults)"
            )
    arguments: list[list[Any]] = []
    options: dict[str, str] = {}
    params: dict[str, list[Any]] = {}
    for param in command.params:
        where = f"mgcalc {name} {param.name}"
        if param.callback is not None or param.envvar or param.is_eager:
            raise Unsupported(f"{where}: callbacks, envvars and eager options are not supported")
        if getattr(param, "prompt", None) or not param.expose_value:
            raise Unsupported(f"{where}: prompts and hidden values are not supported")
        kind = _kind(param, where)
        if param.param_type_name == "argument":
            if arguments and arguments[-1][1] == -1:
                raise Unsupported(f"{where}: a variadic argument must come last")
            if param.nargs not in (1, -1):
                raise Unsupported(f"{where}: nargs {param.nargs} is not supported")
            arguments.append([param.name, param.nargs, bool(param.required)])
        else:
            if param.nargs != 1:
                raise Unsupported(f"{where}: options take one value each")
            for opt in param.opts:
                options[opt] = param.name
        params[param.name] = [kind, bool(param.multiple), bool(param.required)]
    return {
        "module": function.__module__,
        "function": function.__qualname__,
        "no_args_is_help": bool(command.no_args_is_help),
        "arguments": arguments,
        "options": options,
        "params": params,
    }


def describe(group: Any, prefix: str = "") -> dict[str, dict[str, Any]]:
    """Every leaf command of ``group``, keyed by its words (``'cabinet add'``)."""
    table: dict[str, dict[str, Any]] = {}
    for name in sorted(group.commands):
        command = group.commands[name]
        words = f"{prefix}{name}"
        if hasattr(command, "commands"):
            if command.callback is not None or command.params or command.invoke_without_command:
                raise Unsupported(f"mgcalc {words}: group callbacks are not supported")
            table.update(describe(command, words + " "))
        else:
            table[words] = describe_command(command, words)
    return table


def render(table: dict[str, dict[str, Any]], header: str = HEADER) -> str:
    return header + pprint.pformat(table, width=99, sort_dicts=True) + "\n"


def current() -> dict[str, dict[str, Any]]:
    """The table as the Typer app describes it now."""
    from mgcalc.cli.app import click_command

    return describe(click_command())


def _names(records: tuple[type, ...]) -> list[str]:
    return [f"{record.__module__}:{record.__qualname__}" for record in records]


def current_outputs() -> dict[str, dict[str, Any]]:
    """What each schema name describes, as the registered records say now: a
    command's own records with those of its variants (``log-day`` for ``log day``)
    registered under ``COMMAND-VARIANT``, so ``schema log`` covers all that log prints."""
    from mgcalc.cli.app import click_command
    from mgcalc.cli.info_cmds import SCHEMAS
    from mgcalc.render.schema import Output

    commands = click_command().commands
    outputs: dict[str, dict[str, Any]] = {}
    for name, declared in SCHEMAS.items():
        parts = [Output.of(declared)]
        if name in commands:
            parts += [Output.of(d) for n, d in SCHEMAS.items() if n.startswith(name + "-")]
        params = commands[name].params if name in commands else []
        outputs[name] = {
            "single": _names(tuple(dict.fromkeys(r for part in parts for r in part.single))),
            "listing": _names(tuple(dict.fromkeys(r for part in parts for r in part.listing))),
            "batch": any("--batch" in getattr(param, "opts", ()) for param in params),
        }
    return outputs


def main() -> int:
    import subprocess

    TABLE_PATH.write_text(render(current()), encoding="utf-8")
    OUTPUTS_PATH.write_text(render(current_outputs(), OUTPUTS_HEADER), encoding="utf-8")
    for path in (TABLE_PATH, OUTPUTS_PATH):
        subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(path)], check=False)
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
