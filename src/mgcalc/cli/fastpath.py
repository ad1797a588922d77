"""Run any command without Typer's parser, from the generated command table.

Typer 0.29 imports pydantic and builds a TypeAdapter for every parameter it
parses, which alone costs about twice ``import typer``; a one-shot command in an
``xargs`` loop should not pay that. This module parses argv with the table in
:mod:`mgcalc.cli.commandtable` (generated from the Typer app and checked by a
test), imports only the invoked command's module (without Typer: see
:mod:`mgcalc.cli.typerstub`) and calls the same function Typer would call, with
the same values. Anything it does not fully understand
(help, completion, an unknown or repeated option, a value Typer would reject, a
missing argument) it declines by returning None, and the Typer app handles it,
so errors and help always come from one place. Tests compare both paths.
"""

from __future__ import annotations

import os
import re
from typing import Any

from mgcalc.cli.commandtable import COMMANDS
from mgcalc.cli.typerstub import exit_types, import_command_module

_HELP = frozenset({"-h", "--help"})
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


class _Decline(Exception):
    """Hand this argv to Typer."""


def _command(argv: list[str]) -> tuple[str, list[str]]:
    for words in (2, 1):
        name = " ".join(argv[:words])
        if len(argv) >= words and name in COMMANDS:
            return name, argv[words:]
    raise _Decline


def _convert(kind: str, text: str) -> Any:
    if kind == "str":
        return text
    if kind == "int" and len(text) <= 18 and _INT.fullmatch(text):  # longer: Typer's error
        return int(text)
    if kind == "float" and _FLOAT.fullmatch(text):
        return float(text)
    if kind.startswith("enum:"):
        _, module, qualname, sensitivity = kind.split(":")
        enum: Any = import_command_module(module)
        for part in qualname.split("."):
            enum = getattr(enum, part)
        wanted = text if sensitivity == "s" else text.lower()
        for member in enum:
            value = member.value if sensitivity == "s" else str(member.value).lower()
            if value == wanted:
                return member
    raise _Decline


def parse(spec: dict[str, Any], args: list[str]) -> dict[str, Any]:
    """Keyword arguments for the command function, exactly as Typer would pass them."""
    params: dict[str, list[Any]] = spec["params"]
    options: dict[str, str] = spec["options"]
    values: dict[str, Any] = {}
    positional: list[str] = []
    pending = list(args)
    while pending:
        arg = pending.pop(0)
        if arg.startswith("-") and arg != "-":
            name, eq, inline = arg.partition("=")
            dest = options.get(name)
            if dest is None or arg in _HELP:
                raise _Decline
            kind, multiple, _ = params[dest]
            if dest in values and not multiple:
                raise _Decline
            if kind == "flag":
                if eq:
                    raise _Decline
                values[dest] = True
                continue
            if eq:
                text = inline
            elif pending:
                text = pending.pop(0)
            else:
                raise _Decline
            value = _convert(kind, text)
            if multiple:
                values.setdefault(dest, []).append(value)
            else:
                values[dest] = value
        else:
            positional.append(arg)
    for name, nargs, required in spec["arguments"]:
        kind = params[name][0]
        if nargs == -1:
            taken, positional = positional, []
            if taken:
                values[name] = [_convert(kind, text) for text in taken]
        elif positional:
            values[name] = _convert(kind, positional.pop(0))
        if required and name not in values:
            raise _Decline
    if positional:
        raise _Decline
    for name, (_, _, required) in params.items():
        if required and name not in values:
            raise _Decline
    return values


def plan(argv: list[str]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The table entry and keyword arguments for ``argv``, or None to use Typer."""
    if not argv or any(key.startswith("_MGCALC_COMPLETE") for key in os.environ):
        return None
    try:
        name, args = _command(argv)
        spec = COMMANDS[name]
        if not args and spec["no_args_is_help"]:
            return None
        if any(arg in _HELP for arg in args):
            return None
        return spec, parse(spec, args)
    except _Decline:
        return None


def try_fast(argv: list[str]) -> int | None:
    """Exit code if handled here, None to hand ``argv`` to Typer."""
    planned = plan(argv)
    if planned is None:
        return None
    spec, kwargs = planned
    function = getattr(import_command_module(spec["module"]), spec["function"])
    try:
        result = function(**kwargs)
    except exit_types() as done:
        return int(getattr(done, "exit_code", 0))
    return result if isinstance(result, int) else 0
