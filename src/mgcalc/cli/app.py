"""The Typer application: every command, its help, and one error path.

:class:`MgcalcGroup` turns any :class:`MgcalcError` raised by a command into
``mgcalc: error: ...`` on stderr and its documented exit code, so commands never
handle errors themselves and CliRunner sees exactly what a user sees.
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


def _register() -> None:
    from mgcalc.cli import (
        calc_cmds,
        food_cmd,
        forms_cmd,
        info_cmds,
        intake_cmds,
        knowledge_cmds,
        label_cmds,
    )

    for module in (
        calc_cmds,
        intake_cmds,
        label_cmds,
        forms_cmd,
        food_cmd,
        knowledge_cmds,
        info_cmds,
    ):
        module.register(app)


_register()


@cache
def click_command() -> Any:
    """The click command Typer builds from ``app``: built once per process, since
    Typer 0.29 makes a pydantic TypeAdapter for every parameter of every command."""
    from typer.main import get_command

    return get_command(app)
