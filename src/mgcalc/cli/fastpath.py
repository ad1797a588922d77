"""Answer the hottest invocations without importing Typer.

Typer 0.29 builds a pydantic TypeAdapter for every parameter, which alone costs
about twice ``import typer``; a one-shot ``mgcalc elemental citrate 500mg`` in an
``xargs`` loop should not pay that. This module parses the plain, well-formed
argv of ``elemental``, ``compound`` and ``convert`` and calls the same actions as
the Typer commands. Anything it does not fully understand (help, batch, svg,
an unknown or malformed option, a missing argument) it declines by returning
None, and the Typer app handles it, so errors and help always come from one place.
Tests compare both paths on the same argv.
"""

from __future__ import annotations

from collections.abc import Callable

from mgcalc.cli import actions

# option -> (destination, takes a value)
_OUTPUT = {
    "--json": ("as_json", False),
    "-q": ("quiet", False),
    "--quiet": ("quiet", False),
    "--format": ("fmt", True),
    "-f": ("fmt", True),
}
_OPTIONS = {
    "elemental": _OUTPUT
    | {"--count": ("count", True), "-n": ("count", True), "--purity": ("purity", True)},
    "compound": _OUTPUT | {"--unit-size": ("unit_size", True), "--purity": ("purity", True)},
    "convert": dict(_OUTPUT),
}
_ARITY = {"elemental": 2, "compound": 2, "convert": 1}
_FORMATS = {"table", "json", "csv", "ndjson"}


def _parse(command: str, args: list[str]) -> tuple[list[str], dict[str, str | bool]] | None:
    known = _OPTIONS[command]
    positional: list[str] = []
    options: dict[str, str | bool] = {}
    pending = list(args)
    while pending:
        arg = pending.pop(0)
        if arg.startswith("-") and len(arg) > 1:
            name, eq, inline = arg.partition("=")
            spec = known.get(name)
            if spec is None or spec[0] in options:
                return None
            dest, takes_value = spec
            if not takes_value:
                if eq:
                    return None
                options[dest] = True
                continue
            if eq:
                value = inline
            elif pending:
                value = pending.pop(0)
            else:
                return None
            options[dest] = value
        else:
            positional.append(arg)
    if len(positional) != _ARITY[command]:
        return None
    fmt = options.get("fmt")
    if fmt is not None and str(fmt).lower() not in _FORMATS:
        return None
    return positional, options


def try_fast(argv: list[str]) -> int | None:
    """Exit code if handled here, None to hand ``argv`` to Typer."""
    if not argv or argv[0] not in _OPTIONS:
        return None
    parsed = _parse(argv[0], argv[1:])
    if parsed is None:
        return None
    positional, opts = parsed
    fmt = opts.get("fmt")
    out = actions.OutputOptions.of(
        None if fmt is None else str(fmt).lower(),
        bool(opts.get("as_json")),
        bool(opts.get("quiet")),
    )
    run: dict[str, Callable[[], None]] = {
        "elemental": lambda: actions.elemental(
            positional[0],
            positional[1],
            str(opts.get("count", "1")),
            str(opts.get("purity", "1")),
            out,
        ),
        "compound": lambda: actions.compound(
            positional[0],
            positional[1],
            None if "unit_size" not in opts else str(opts["unit_size"]),
            str(opts.get("purity", "1")),
            out,
        ),
        "convert": lambda: actions.convert(positional[0], out),
    }
    run[argv[0]]()
    return 0
