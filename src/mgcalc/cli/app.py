"""The Typer application: every command, its help, and one error path.

:class:`MgcalcGroup` turns any :class:`MgcalcError` raised by a command into
``mgcalc: error: ...`` on stderr and its documented exit code, so commands never
handle errors themselves and CliRunner sees exactly what a user sees.

Registering a command (the convention every command module follows):

1. Write the command as a plain function in a module under ``mgcalc.cli`` with
   Typer ``Annotated`` parameters, a docstring whose help has an ``Example:`` line,
   and a ``register(app)`` that calls ``app.command()(function)`` (or
   ``app.add_typer`` for a group such as ``cabinet add``) and records its schema.
   ``register`` must do nothing else: the fast path calls the function without it.
2. Add the module to :data:`COMMAND_MODULES` below.
3. Run ``python -m mgcalc.cli.tablegen`` to regenerate :mod:`mgcalc.cli.commandtable`
   (and :mod:`mgcalc.cli.schematable`, the records ``mgcalc schema`` describes), and
   commit them. A test fails while the tables and the app disagree.

Why: the fast path (:mod:`mgcalc.cli.fastpath`) parses argv from that table and
calls the function directly, importing only the command's module, and that
against a declaration-only stand-in for Typer (:mod:`mgcalc.cli.typerstub`), so
use ``typer`` in a command module only for declarations (Option, Argument,
Typer groups) and ``typer.Exit``. Typer (with pydantic behind it) runs only for
help, completion and usage errors. Parameters must keep to the
shapes :mod:`mgcalc.cli.tablegen` accepts (options with one value, repeatable
options, boolean flags, arguments with the variadic one last; str, int, float or
an enum), and a command must not need the root callback.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from mgcalc import __version__
from mgcalc.core.errors import MgcalcError, error_line


def report(error: MgcalcError) -> int:
    sys.stderr.write(error_line(str(error)))
    return error.exit_code


class PipeClosed(Exception):
    """A closed stdout, carried past click (which would exit 1 on it) to entry.run."""


class MgcalcGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except MgcalcError as error:
            raise typer.Exit(report(error)) from None
        except BrokenPipeError:
            raise PipeClosed from None


app = typer.Typer(
    cls=MgcalcGroup,
    name="mgcalc",
    help="Magnesium dose and label calculator: elemental magnesium, intakes, labels.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
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


# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "calc_cmds",
    "serum_cmd",
    "intake_cmds",
    "label_cmds",
    "forms_cmd",
    "food_cmd",
    "knowledge_cmds",
    "info_cmds",
    "profile_cmds",
    "cabinet_cmds",
    "diary_cmds",
    "days_cmds",
)


def _register() -> None:
    from importlib import import_module

    from mgcalc.cli.typerstub import forget_stubbed

    forget_stubbed()  # modules the fast path imported without Typer import again
    for name in COMMAND_MODULES:
        import_module(f"mgcalc.cli.{name}").register(app)


_register()


@cache
def click_command() -> Any:
    """The click command Typer builds from ``app``: built once per process, since
    Typer 0.29 makes a pydantic TypeAdapter for every parameter of every command."""
    from typer.main import get_command

    from mgcalc.cli.helptext import tidy

    return tidy(get_command(app))
