"""The Typer application: commands loaded one at a time, and one error path.

:data:`mgcalc.cli.commands.COMMANDS` says where each command is. A group of this
module (the root ``mgcalc``, and ``cabinet``, ``log``, ``profile``) lists the
table and, asked for one command, imports that command's module and converts
the function with Typer's public ``typer.main.get_command``: click's documented
lazy-loading pattern. So a run imports the module of the command it runs and no
other, and help for a group imports none.

Adding a command: write the function in a module under ``mgcalc.cli`` (Typer
``Annotated`` parameters; a docstring whose first paragraph says what it does and
that shows an ``Example:``), add it to :data:`~mgcalc.cli.commands.COMMANDS`,
and, if it prints records, name them in :data:`mgcalc.cli.outputs.OUTPUTS`.

:class:`MgcalcGroup` turns any :class:`MgcalcError` raised by a command into
``mgcalc: error: ...`` on stderr and its documented exit code, so commands never
handle errors themselves and CliRunner sees exactly what a user sees.
"""

from __future__ import annotations

import sys
from difflib import get_close_matches
from functools import cache
from importlib import import_module
from typing import Annotated, Any

import typer
import typer.main

from mgcalc import __version__
from mgcalc.cli.commands import COMMANDS, Entry, Group
from mgcalc.cli.layout import HelpfulCommand, HelpfulGroup, write_commands
from mgcalc.core.errors import MgcalcError, error_line


def _table(path: str) -> dict[str, Entry | Group]:
    """The commands under ``mgcalc PATH`` (``""``: the root; ``"log"``)."""
    table: dict[str, Entry | Group] = COMMANDS
    for word in path.split():
        group = table[word]
        assert isinstance(group, Group)
        table = dict(group.commands)
    return table


@cache
def load_command(path: str) -> Any:
    """The click command for ``mgcalc PATH`` (``"elemental"``, ``"log day"``), built
    from the one module that defines it; a group's commands load when asked for."""
    *words, name = path.split()
    entry = _table(" ".join(words))[name]
    if isinstance(entry, Group):
        return LazyGroup(
            path, name=name, help=entry.summary, no_args_is_help=True, rich_markup_mode=None
        )
    module, _, function = entry.function.partition(":")
    single = typer.Typer(add_completion=False, rich_markup_mode=None)
    single.command(name, cls=HelpfulCommand, no_args_is_help=entry.no_args_is_help)(
        getattr(import_module(module), function)
    )
    return typer.main.get_command(single)


class LazyGroup(HelpfulGroup):
    """A group whose commands are listed in the table and loaded one at a time."""

    def __init__(self, path: str = "", **attrs: Any) -> None:
        super().__init__(**attrs)
        self.path = path

    def list_commands(self, ctx: Any) -> list[str]:
        return list(_table(self.path))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in _table(self.path):
            return None
        return load_command(f"{self.path} {cmd_name}".strip())

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = [(name, entry.summary) for name, entry in _table(self.path).items()]
        write_commands(rows, formatter)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:  # "No such command 'elementl'."
            close = get_close_matches(args[0], _table(self.path)) if args else []
            if close:
                error.message = f"{error.message.rstrip('.')}. Did you mean {close[0]!r}?"
            raise


class PipeClosed(Exception):
    """A closed stdout, carried past click (which would exit 1 on it) to entry.run."""


class MgcalcGroup(LazyGroup):
    """The root ``mgcalc`` group, and the one place a command's error is reported."""

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


def _version(ctx: typer.Context, value: bool) -> None:
    """Noted here and printed by ``_version_json``, which click runs after every eager
    option, so ``--version --json`` and ``--json --version`` both know of ``--json``."""
    if value:
        ctx.meta["mgcalc.version"] = True


def _version_json(ctx: typer.Context, as_json: bool) -> None:
    if not ctx.meta.get("mgcalc.version"):
        return
    from mgcalc import CONTRACT_VERSION

    if as_json:
        print(f'{{"version": "{__version__}", "contract": {CONTRACT_VERSION}}}')
    else:
        print(f"mgcalc {__version__}")
    raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            callback=_version_json,
            help="With --version: the version and contract version as JSON.",
        ),
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

    def walk(path: str) -> None:
        for name in _table(path):
            words = f"{path} {name}".strip()
            found[words] = load_command(words)
            if isinstance(_table(path)[name], Group):
                walk(words)

    walk("")
    return found
