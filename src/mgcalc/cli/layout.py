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
import textwrap
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


def _wrap(text: str, width: int) -> list[str]:
    """Paragraphs wrapped between words only: an option name or a goal id with a
    hyphen (``--unit-size``, ``muscle-cramps``) is never split across lines."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines += textwrap.wrap(
            " ".join(paragraph.split()), width, break_on_hyphens=False, break_long_words=False
        )
    return lines


_ClickFormatter: Any = typer.Context.formatter_class  # click's HelpFormatter, by its public name


class WholeWordFormatter(_ClickFormatter):  # type: ignore[misc]
    """click's help formatter, wrapping text and definition lists between words only."""

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for line in _wrap(text, max(self.width - self.current_indent, 11)):
            self.write(f"{indent}{line}\n" if line else "\n")

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((len(first) for first, _ in rows), default=0), col_max) + col_spacing
        margin = " " * (first_col + self.current_indent)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - len(first)))
            else:
                self.write("\n" + margin)
            lines = _wrap(second, max(self.width - first_col - 2, 10)) or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{margin}{line}\n" if line else "\n")


class HelpContext(typer.Context):
    """The context of every mgcalc command: help through :class:`WholeWordFormatter`."""

    formatter_class = WholeWordFormatter


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

    context_class = HelpContext

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(usage_name(param))
        return pieces


class HelpfulGroup(HelpShape, TyperGroup):
    """A group of commands shaped by :class:`HelpShape`; a subclass lists its commands
    (:func:`write_commands`)."""

    context_class = HelpContext

    def format_options(self, ctx: Any, formatter: Any) -> None:
        write_parameters(self, ctx, formatter)
        self.format_commands(ctx, formatter)
