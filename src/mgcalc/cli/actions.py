"""What each calculator command does once its arguments are parsed.

Each action parses user text with core, computes a result and hands it to
:func:`mgcalc.render.emit`. Every command shows its result through here, so the
calculators' modules (forms, molmass) are imported in their actions only:
``food`` or ``log day`` never pays for them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, TextIO

from mgcalc.core.errors import InputError
from mgcalc.render import OutputFormat, Result, emit, write_table

if TYPE_CHECKING:
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


def batch(spec: BatchSpec, path: str, out: OutputOptions, given: Sequence[object] = ()) -> int:
    """Run a batch for a command and return its exit code (0, or 1 if a line failed)."""
    from mgcalc.cli.batch import run_batch

    if any(value for value in given):
        raise InputError("--batch reads its inputs from the file; give no other inputs")
    if out.svg or out.explain:
        raise InputError("--batch streams records; --svg and --explain do not apply")
    return run_batch(spec, path, out.fmt, sys.stdout, sys.stderr, quiet=out.quiet)


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
        from mgcalc.core.serum import explain_serum

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
    from mgcalc.core.chemistry import calc
    from mgcalc.core.chemistry.forms import resolve
    from mgcalc.core.chemistry.quantity import parse_quantity

    if concentration is not None:
        from mgcalc.core.chemistry import concentration as strength
        from mgcalc.core.chemistry import liquids
        from mgcalc.core.chemistry.units import ACCEPTED_VOLUMES

        if not strength.is_volume(amount):
            raise InputError(
                f"--concentration needs AMOUNT as a volume ({ACCEPTED_VOLUMES}), got '{amount}'"
            )
        show(
            liquids.elemental_in_volume(
                resolve(form),
                strength.parse_volume(amount),
                strength.parse_concentration(concentration),
                count=calc.parse_count(count),
                purity=calc.parse_purity(purity),
            ),
            out,
        )
        return
    result = calc.elemental(
        resolve(form),
        parse_quantity(amount, bulk=True),
        count=calc.parse_count(count),
        purity=calc.parse_purity(purity),
    )
    show(result, out)


def compound(
    form: str,
    target: str,
    unit_size: str | None,
    purity: str,
    out: OutputOptions,
    concentration: str | None = None,
    *,
    unit_is_compound: bool = False,
) -> None:
    from mgcalc.core.chemistry import calc
    from mgcalc.core.chemistry.forms import resolve
    from mgcalc.core.chemistry.quantity import parse_quantity, parse_unit_size

    if concentration is not None:
        from mgcalc.core.chemistry import concentration as strength
        from mgcalc.core.chemistry import liquids

        if unit_size is not None or unit_is_compound:
            raise InputError("--unit-size and --concentration do not combine: give one")
        show(
            liquids.volume_for(
                resolve(form),
                parse_quantity(target, bulk=True),
                strength.parse_concentration(concentration),
                purity=calc.parse_purity(purity),
            ),
            out,
        )
        return
    if unit_is_compound and unit_size is None:
        raise InputError("--unit-is-compound needs --unit-size")
    unit = None
    if unit_size is not None:
        unit, unit_is_compound = parse_unit_size(unit_size, compound=unit_is_compound)
    result = calc.compound(
        resolve(form),
        parse_quantity(target, bulk=True),
        unit_size=unit,
        unit_is_compound=unit_is_compound,
        purity=calc.parse_purity(purity),
    )
    show(result, out)


def convert(amount: str, out: OutputOptions) -> None:
    from mgcalc.core.chemistry import calc
    from mgcalc.core.chemistry.quantity import parse_quantity

    show(calc.convert(parse_quantity(amount, bulk=True)), out)
