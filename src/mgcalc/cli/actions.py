"""What each calculator command does once its arguments are parsed.

Each action parses user text with core, computes a result and hands it to
:func:`mgcalc.render.emit`. Every command shows its result through here, so the
calculators' modules (forms, molmass) are imported in their actions only:
``food`` or ``log day`` never pays for them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from mgcalc.core.errors import InputError
from mgcalc.render import OutputFormat, Result, emit, write_table

if TYPE_CHECKING:
    import typer

    from mgcalc.cli.batch import BatchSpec


class OutputOptions(NamedTuple):
    """The output options every data command shares."""

    fmt: OutputFormat = OutputFormat.TABLE
    quiet: bool = False
    svg: str | None = None
    explain: bool = False

    @classmethod
    def of(
        cls,
        fmt: OutputFormat | str | None,
        as_json: bool,
        quiet: bool,
        svg: str | None = None,
        explain: bool = False,
    ) -> OutputOptions:
        check_conflicts(None if fmt is None else str(fmt), as_json, quiet, svg)
        chosen = OutputFormat(fmt) if fmt is not None else OutputFormat.TABLE
        return cls(OutputFormat.JSON if as_json else chosen, quiet, svg, explain)


def check_conflicts(fmt: str | None, as_json: bool, quiet: bool, svg: str | None = None) -> None:
    """One usage error for output options that ask for two different outputs, on every
    command (``fmt`` as given: table, json, csv, ndjson, or a command's own like md)."""
    fmt = None if fmt is None else str(getattr(fmt, "value", fmt)).lower()
    asked = [f"--format {fmt}"] if fmt not in (None, "table") else []
    if as_json and fmt != "json":
        asked.append("--json")
    if quiet:
        asked.append("--quiet")
    if svg is not None:
        asked.append("--svg")
    if len(asked) > 1:
        raise InputError(f"{' and '.join(asked)} ask for different outputs: give one of them")
    if svg is not None:
        check_svg_path(svg)


def check_svg_path(path: str) -> None:
    """Refuse an SVG path that cannot be written before anything is computed or
    printed (``-`` is stdout)."""
    import os

    if path == "-":
        return
    if not path.strip():
        raise InputError("--svg needs a file name ('-' for stdout)")
    parent = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        problem = "it is a directory"
    elif not os.path.isdir(parent):
        problem = f"no directory '{parent}'"
    elif not os.access(path if os.path.exists(path) else parent, os.W_OK):
        problem = "permission denied"
    else:
        return
    raise InputError(f"cannot write SVG '{path}': {problem}")


def show(result: Result, out: OutputOptions, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if out.svg is not None:
        write_table(result, stream, svg=out.svg)
    else:
        emit(result, out.fmt, stream, quiet=out.quiet)
    if out.quiet:
        cautions_to_stderr(result)
    if out.explain:
        explain_to_stderr(result)


def show_with_errors(result: Result, out: OutputOptions, errors: Sequence[str]) -> bool:
    """A listing whose bad entries are error records of their own (compare's rows,
    interactions' medicines): each is also one ``mgcalc: error:`` line on stderr,
    then the listing is shown. True if any entry failed (the caller exits 1)."""
    from mgcalc.core.errors import error_line

    for text in errors:
        sys.stderr.write(error_line(text))
    show(result, out)
    return bool(errors)


def cautions_to_stderr(result: Result) -> None:
    """``-q`` prints one figure, but never hides a caution (kidney, no UL for the age,
    medicine windows): those go to stderr, one ``mgcalc: caution: ...`` line each; nor
    why a plan proposes no dose (``mgcalc: note: ...``)."""
    cautions = getattr(result, "cautions", None) or []
    reason = getattr(result, "quiet_reason", None)  # plan: why its figure is 0
    if not cautions and not reason:
        return
    from mgcalc.core.errors import error_line

    sys.stdout.flush()
    for caution in cautions:
        sys.stderr.write(error_line(caution.text, "caution"))
    if reason:
        sys.stderr.write(error_line(reason, "note"))


# what every batch command takes beside --batch: how to write the records
_OUTPUT = {"batch", "fmt", "as_json", "quiet"}


def given(ctx: typer.Context, names: Sequence[str]) -> dict[str, Any]:
    """The values of the parameters ``names`` that the user gave (on the command line
    or through the environment), not their defaults: what a batch applies to every row."""
    return {
        name: ctx.params[name] for name in names if name in ctx.params and _was_given(ctx, name)
    }


def _was_given(ctx: typer.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


def refuse_unapplied(ctx: typer.Context, applied: Collection[str]) -> None:
    """Every parameter of a batch command is applied to every row or refused: one given
    beside ``--batch`` that the batch does not apply is a usage error naming it, never
    silently ignored."""
    for param in ctx.command.params:
        name = param.name or ""
        if name in _OUTPUT or name in applied or not _was_given(ctx, name):
            continue
        if param.param_type_name == "argument":
            raise InputError("--batch reads its inputs from the file; give no other inputs")
        option = max(param.opts, key=len)
        if name in ("svg", "explain"):
            raise InputError(f"--batch streams records; {option} does not apply")
        raise InputError(
            f"{option} does not apply to --batch",
            suggestion="with --batch: " + ", ".join(_option_names(ctx, applied))
            if applied
            else "--batch takes only the output options here",
        )


def _option_names(ctx: Any, names: Collection[str]) -> list[str]:
    return [max(p.opts, key=len) for p in ctx.command.params if p.name in names]


def batch(
    ctx: typer.Context,
    spec: BatchSpec,
    path: str,
    out: OutputOptions,
    applied: Collection[str] = (),
    *,
    breach: Callable[[Any], str | None] | None = None,
) -> int:
    """Run a batch for a command and return its exit code (0, 1 if a line failed, 3 if
    ``breach`` (``--strict``) found a record over its limit). ``applied``: the
    parameters the spec applies to every row; any other one given is refused."""
    from mgcalc.cli.batch import run_batch

    refuse_unapplied(ctx, applied)
    if out.svg or out.explain:
        raise InputError("--batch streams records; --svg and --explain do not apply")
    return run_batch(spec, path, out.fmt, sys.stdout, sys.stderr, quiet=out.quiet, breach=breach)


def explain_to_stderr(result: Result) -> None:
    """The chain from input to figure, on stderr so that stdout stays data."""
    from mgcalc.core.explain import explain, explain_intake, explain_label, explain_plan

    if hasattr(result, "parsed"):
        steps = explain_label(result)
    elif hasattr(result, "doses"):
        steps = explain_plan(result)
    elif hasattr(result, "stage"):
        steps = explain_intake(result)
    elif hasattr(result, "mmol_l"):
        from mgcalc.core.serum_intervals import explain_serum

        steps = explain_serum(result)  # type: ignore[arg-type]
    else:
        steps = explain(result)
    sys.stdout.flush()
    for step in steps:
        sys.stderr.write(f"explain: {step}\n")


def elemental(
    form: str,
    amount: str,
    count: str,
    purity: str,
    out: OutputOptions,
    concentration: str | None = None,
) -> None:
    from mgcalc.core.chemistry.from_text import elemental_of

    show(
        elemental_of(
            form=form, amount=amount, count=count, purity=purity, concentration=concentration
        ),
        out,
    )


def compound(
    form: str,
    target: str,
    unit_size: str | None,
    purity: str,
    out: OutputOptions,
    concentration: str | None = None,
    *,
    unit_is_compound: bool = False,
    salt: bool = False,
) -> None:
    from mgcalc.core.chemistry.from_text import compound_of

    result = compound_of(
        form=form,
        elemental=target,
        unit_size=unit_size,
        unit_is_compound=unit_is_compound,
        purity=purity,
        concentration=concentration,
        salt=salt,
    )
    show(result, out)


def convert(amount: str, out: OutputOptions) -> None:
    from mgcalc.core.chemistry import calc
    from mgcalc.core.chemistry.quantity import parse_quantity

    show(calc.convert(parse_quantity(amount, bulk=True)), out)


class Deferred:
    """Ctrl-C held back while a command stores and reports (see :func:`deferred_interrupt`)."""

    pending = False


def deferred_interrupt() -> Any:
    """A context in which Ctrl-C is held until the block ends: what the block stores is
    stored and reported, never half-said (a store that commits, then exit 130 as if
    nothing had been kept). The caller says it was kept when ``pending`` is set."""
    import signal
    from contextlib import contextmanager

    @contextmanager
    def held() -> Any:
        state = Deferred()

        def note(signum: int, frame: object) -> None:
            state.pending = True

        try:
            previous = signal.signal(signal.SIGINT, note)
        except ValueError:  # not the main thread: nothing to hold
            yield state
            return
        try:
            yield state
        finally:
            signal.signal(signal.SIGINT, previous)

    return held()
