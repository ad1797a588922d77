"""The click command classes every mgcalc command is built with (Typer's ``cls=``).

Two things Typer's own classes do differently from what mgcalc promises:

- a command or group given no arguments, where it asks for help then, prints its
  help on stdout and exits 0 (click raises a usage error that only its own
  standalone mode turns into help);
- help fits the terminal: on a narrow one every option's description starts on
  the line under the option, so that descriptions are not squeezed into a column a
  few characters wide; a group lists each command's whole summary, not a summary
  cut to fit beside the longest name; the usage line writes arguments as their
  metavar says (``NAME``, ``[FILE]``; Typer would write a required one ``{NAME}``);
  and no line ends in spaces (click leaves one after a usage line it wraps).
"""

from __future__ import annotations

import shutil
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

WIDE_HELP_COLUMNS = 80
"""From this width click's two-column layout has room for the option names."""
NARROW_NAME_COLUMN = 4  # on a narrow terminal every description starts on its own line


def help_width() -> int:
    """The width help is wrapped to: the terminal's, up to click's usual 80 columns,
    and never wider than the terminal (click's own minimum is 50)."""
    return max(min(shutil.get_terminal_size().columns, WIDE_HELP_COLUMNS) - 2, 20)


def _name_column(formatter: Any) -> int:
    return 30 if formatter.width >= WIDE_HELP_COLUMNS - 2 else NARROW_NAME_COLUMN


def write_parameters(command: Any, ctx: Any, formatter: Any) -> None:
    """Arguments, then options, each a definition list sized for the terminal."""
    sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None and param.param_type_name in sections:
            sections[param.param_type_name].append(record)
    for title, key in (("Arguments", "argument"), ("Options", "option")):
        if sections[key]:
            with formatter.section(title):
                formatter.write_dl(sections[key], col_max=_name_column(formatter))


def write_commands(rows: list[tuple[str, str]], formatter: Any) -> None:
    """Each command with its whole summary (click cuts it to fit beside the name)."""
    if rows:
        with formatter.section("Commands"):
            formatter.write_dl(rows, col_max=_name_column(formatter))


def usage_name(argument: Any) -> str:
    """An argument as the usage line shows it: its metavar as written when it has
    brackets or several words (``[DATE]``, ``FORM AMOUNT``), else bracketed when
    optional and followed by ``...`` when it takes several values."""
    name = argument.metavar or (argument.name or "").upper()
    if name.startswith("[") or " " in name:
        return str(name)
    name = name if argument.required else f"[{name}]"
    return name + ("..." if argument.nargs != 1 else "")


def trimmed(page: str) -> str:
    return "\n".join(line.rstrip() for line in page.split("\n"))


class HelpShape:
    """What commands and groups share: help that fits the terminal, with no trailing
    spaces, shown when asked with no arguments (``no_args_is_help``) with exit 0."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args and getattr(self, "no_args_is_help", False) and not ctx.resilient_parsing:
            typer.echo(ctx.get_help())
            ctx.exit(0)
        parsed: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        return parsed

    def get_help(self, ctx: Any) -> str:
        return trimmed(super().get_help(ctx))  # type: ignore[misc]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        write_parameters(self, ctx, formatter)


class HelpfulCommand(HelpShape, TyperCommand):
    """A command shaped by :class:`HelpShape`, its usage line naming its arguments."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(usage_name(param))
        return pieces


class HelpfulGroup(HelpShape, TyperGroup):
    """A group of commands shaped by :class:`HelpShape`; a subclass lists its commands
    (:func:`write_commands`)."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        write_parameters(self, ctx, formatter)
        self.format_commands(ctx, formatter)
