"""The Typer application: the table of commands, the root group, one error path.

Each command lives in a module under ``mgcalc.cli`` as a plain function with Typer
``Annotated`` parameters (or, for a group such as ``cabinet``, a ``typer.Typer``
made with :func:`mgcalc.cli.command.sub_app`). :data:`COMMANDS` names, in the
order ``mgcalc --help`` lists them, where each command is and the one line that
describes it, so that a run imports only the module of the command it runs
(click's documented lazy-loading pattern, with Typer's public
``typer.main.get_command`` converting the one command).

Adding a command: write the function (its docstring's first paragraph is the
summary; give it an ``Example:`` line), add a :class:`Entry` here, and, if it
prints records, its record types to :data:`mgcalc.cli.info_cmds.OUTPUTS`.

:class:`MgcalcGroup` turns any :class:`MgcalcError` raised by a command into
``mgcalc: error: ...`` on stderr and its documented exit code, so commands never
handle errors themselves and CliRunner sees exactly what a user sees.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache
from importlib import import_module
from typing import Annotated, Any

import typer
import typer.main

from mgcalc import __version__
from mgcalc.cli.command import HelpfulCommand, HelpfulGroup, write_commands
from mgcalc.core.errors import MgcalcError, error_line


@dataclass(frozen=True, slots=True)
class Entry:
    """Where a command is: ``attribute`` of ``mgcalc.cli.<module>``, a function or a
    ``typer.Typer`` group; ``summary`` is its help's first paragraph, shown by
    ``mgcalc --help`` without importing the module."""

    module: str
    attribute: str
    summary: str
    no_args_is_help: bool = False


COMMANDS: dict[str, Entry] = {
    "elemental": Entry(
        "calc_cmds",
        "elemental",
        "Elemental magnesium in AMOUNT of compound FORM (with mmol and mEq).",
        no_args_is_help=True,
    ),
    "compound": Entry(
        "calc_cmds",
        "compound",
        "Compound weight of FORM that supplies ELEMENTAL magnesium (and, with --unit-size, "
        "how many whole capsules or tablets, rounded up).",
        no_args_is_help=True,
    ),
    "convert": Entry(
        "calc_cmds",
        "convert",
        "Elemental magnesium between mg, mmol and mEq.",
        no_args_is_help=True,
    ),
    "serum": Entry(
        "serum_cmd",
        "serum",
        "Serum magnesium in mg/dL, mg/L, mmol/L and mEq/L, placed against an adult reference "
        "interval (with its source). Informs; does not interpret a result for treatment.",
    ),
    "check": Entry(
        "intake_cmds",
        "check",
        "Intake from food and supplements against the RDA/AI and the supplemental UL.",
    ),
    "plan": Entry(
        "intake_cmds",
        "plan",
        "A supplemental dose that closes the gap to the RDA/AI, never above the UL.",
    ),
    "label": Entry(
        "label_cmds",
        "label",
        "Read a label line (elemental or compound?), or write one with --form/--compound.",
    ),
    "compare": Entry(
        "label_cmds", "compare", "Products by cost per 100 mg of elemental magnesium."
    ),
    "forms": Entry(
        "forms_cmd",
        "forms",
        "The form catalogue (formula, magnesium %, absorption, tolerance), or a ranking.",
    ),
    "food": Entry("food_cmd", "food", "Magnesium in a portion of food (USDA SR28, 8,050 foods)."),
    "evidence": Entry(
        "knowledge_cmds",
        "evidence",
        "The seed's research grades (A-D) beside the mainstream verdict and its source.",
    ),
    "guide": Entry(
        "knowledge_cmds",
        "guide",
        "Short, sourced answers to the common questions about magnesium.",
    ),
    "interactions": Entry(
        "knowledge_cmds",
        "interactions",
        "Medication classes that interact with magnesium, stacking notes, kidney caution.",
    ),
    "sources": Entry(
        "info_cmds",
        "sources",
        "Every source behind mgcalc's figures, with its full citation.",
    ),
    "schema": Entry(
        "info_cmds",
        "schema",
        "The JSON Schema of a command's output: every record it can print, error records "
        "included, each field with a description and unit.",
    ),
    "where": Entry(
        "profile_cmds",
        "where",
        "Where mgcalc keeps your profile and diary (MGCALC_HOME overrides).",
    ),
    "profile": Entry(
        "profile_cmds",
        "profile_app",
        "Save who you are (sex, age, life stage, standard, kidney function, medicines), so "
        "check, plan and the diary need no --sex/--age.",
    ),
    "cabinet": Entry(
        "cabinet_cmds",
        "cabinet_app",
        "Your products, by name: the label line as printed and what it supplies.",
    ),
    "log": Entry(
        "diary_cmds",
        "log_app",
        "Your magnesium diary: what you took and ate, day by day, against the references.",
    ),
}


@cache
def load_command(name: str) -> Any:
    """The click command for ``mgcalc NAME``, from the one module that defines it."""
    entry = COMMANDS[name]
    target = getattr(import_module(f"mgcalc.cli.{entry.module}"), entry.attribute)
    if not isinstance(target, typer.Typer):
        single = typer.Typer(add_completion=False, rich_markup_mode=None)
        single.command(name, cls=HelpfulCommand, no_args_is_help=entry.no_args_is_help)(target)
        target = single
    return typer.main.get_command(target)


class PipeClosed(Exception):
    """A closed stdout, carried past click (which would exit 1 on it) to entry.run."""


class MgcalcGroup(HelpfulGroup):
    """The root ``mgcalc`` group: its commands come from :data:`COMMANDS`."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return load_command(cmd_name) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        write_commands([(name, entry.summary) for name, entry in COMMANDS.items()], formatter)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:  # "No such command 'elementl'."
            close = get_close_matches(args[0], COMMANDS) if args else []
            if close:
                error.message = f"{error.message.rstrip('.')}. Did you mean {close[0]!r}?"
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except MgcalcError as error:
            raise typer.Exit(report(error)) from None
        except BrokenPipeError:
            raise PipeClosed from None


def report(error: MgcalcError) -> int:
    sys.stderr.write(error_line(str(error)))
    return error.exit_code


app = typer.Typer(
    cls=MgcalcGroup,
    name="mgcalc",
    help="Magnesium dose and label calculator: elemental magnesium, intakes, labels.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"mgcalc {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Magnesium dose and label calculator. Informs; does not prescribe."""


def click_command() -> Any:
    """The click group Typer builds from ``app`` (its commands load when asked for)."""
    return typer.main.get_command(app)


def every_command() -> dict[str, Any]:
    """Every command and group by its words (``"cabinet add"``), in help order, each
    loaded: for documentation, tests and the start-up benchmark, never for one run."""
    found: dict[str, Any] = {}

    def walk(words: str, command: Any) -> None:
        found[words] = command
        for name, sub in getattr(command, "commands", {}).items():
            walk(f"{words} {name}", sub)

    for name in COMMANDS:
        walk(name, load_command(name))
    return found
