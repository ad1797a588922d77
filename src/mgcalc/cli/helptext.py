"""Help and choice errors that read cleanly, for every command at once.

Typer prints a type for every parameter (``--json <bool>``, ``FOOD AMOUNT
<list[str]>``), wraps arguments in brackets again when their metavar already
has them (``[[FILE]]``), writes a required argument as ``{command}``, and adds
``[default: 1]`` after help that already says "(default 1)"; an enum value out
of range gives pydantic's "Value error, 'x' is not one of ...", not the
"unknown format 'x'; valid choices: ..." every other vocabulary gives; and under
80 columns rich's option table cuts option names and words (``--pregn…``,
``Repeatab…``). :func:`tidy` walks the click command Typer built, swaps each
parameter for a subclass that fixes these and gives each command a help layout
that fits the terminal, so a command added later is tidied without doing anything.
"""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

from typer._click.exceptions import BadParameter
from typer._click.formatting import HelpFormatter
from typer.core import TyperArgument, TyperOption

from mgcalc.core.errors import InputError, UnknownNameError

_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER"}


def _plain(label: str) -> str:
    """``<list[str]>`` -> ``TEXT``; ``<table|json>`` -> ``table|json``."""
    label = label.strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        label = label[5:-1]
    return _TYPE_NAMES.get(label, label)


def _checked_choice(param: Any, value: Any) -> None:
    """An enum-typed value outside its choices: the same error every vocabulary gives."""
    choices = [str(getattr(c, "value", c)) for c in param.type_descriptor.choices or ()]
    if not choices or value is None:
        return
    sensitive = param.type_descriptor.case_sensitive
    for item in value if isinstance(value, (list, tuple)) else [value]:
        text = str(getattr(item, "value", item))
        if (text if sensitive else text.lower()) not in choices:
            kind = (param.opts[0] if param.opts else param.name).lstrip("-").replace("-", " ")
            raise UnknownNameError(kind, text, choices=choices)


def _checked_number(param: Any, ctx: Any, value: Any, process: Callable[..., Any]) -> Any:
    """A number option or argument given text: one plain sentence, not pydantic's
    wording (``log remove abc``: "ID must be a whole number, got 'abc'")."""
    try:
        return process(ctx, value)
    except BadParameter:
        kind = {int: "a whole number", float: "a number"}.get(param.type_descriptor.annotation)
        if kind is None or value is None:
            raise
        option = param.opts and param.opts[0].startswith("-")
        name = param.opts[0] if option else (param.metavar or param.name.upper())
        from mgcalc.core.chemistry.counts import COUNT_OPTIONS, parse_count

        if name in COUNT_OPTIONS:  # '0.5', 'nan': the range, as for 0 or 101
            parse_count(str(value), name, whole=True, most=COUNT_OPTIONS[name])
        raise InputError(f"{name} must be {kind}, got '{value}'") from None


class TidyOption(TyperOption):
    def process_value(self, ctx: Any, value: Any) -> Any:
        _checked_choice(self, value)
        return _checked_number(self, ctx, value, super().process_value)

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag:
            return None
        if self.metavar is not None:
            return self.metavar
        return _plain(TyperOption.display_type(self, ctx)) or None


class TidyArgument(TyperArgument):
    def process_value(self, ctx: Any, value: Any) -> Any:
        _checked_choice(self, value)
        return _checked_number(self, ctx, value, super().process_value)

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return None
        return _plain(TyperArgument.display_type(self, ctx)) or None

    def _usage_display_name(self) -> str:
        name = self.metavar or (self.name or "").upper()
        if name.startswith("[") or " " in name:
            return name
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")


def _says_its_default(param: Any) -> bool:
    return "default" in (getattr(param, "help", None) or "").lower()


def _tidy_param(param: Any) -> Any:
    if isinstance(param, TyperOption):
        param.__class__ = TidyOption
        if _says_its_default(param):
            param.show_default = False
    elif isinstance(param, TyperArgument):
        param.__class__ = TidyArgument
    return param


RICH_HELP_MIN_COLUMNS = 80
"""From this width rich's boxed help has room for every option name; below it the
help is click's plain layout, each description wrapped under its option."""
NARROW_NAME_COLUMN = 4  # so every description starts on the line after its option
SUMMARY_CHARS = 300  # a command's first sentence in full, not "Elemental..."


def _fitting_help(command: Any) -> None:
    rich_help = command.format_help

    def format_help(ctx: Any, formatter: Any) -> None:
        columns = shutil.get_terminal_size().columns
        if command.rich_markup_mode is None:
            return rich_help(ctx, formatter)  # type: ignore[no-any-return]
        if columns >= RICH_HELP_MIN_COLUMNS:
            return _piped_tidily(rich_help, ctx, formatter)
        formatter.width = max(columns - 1, 20)
        formatter.write_dl = partial(HelpFormatter.write_dl, formatter, col_max=NARROW_NAME_COLUMN)
        mode, command.rich_markup_mode = command.rich_markup_mode, None
        if hasattr(command, "commands"):
            command.format_commands = partial(_command_summaries, command)
        try:
            rich_help(ctx, formatter)
        finally:
            command.rich_markup_mode = mode
            command.__dict__.pop("format_commands", None)
        text = "".join(formatter.buffer)  # click wraps the usage line after a space
        formatter.buffer[:] = ["\n".join(line.rstrip() for line in text.split("\n"))]

    command.format_help = format_help


def _piped_tidily(rich_help: Callable[..., Any], ctx: Any, formatter: Any) -> None:
    """rich's boxed help, as it is on a terminal; into a pipe or a file, the same
    text without rich's padding: it starts with its Usage line (``mgcalc --help |
    head -1``) and no line ends in spaces. (rich writes to whatever ``sys.stdout``
    is when it prints, so the page is caught whole and tidied.)"""
    stdout = sys.stdout
    if stdout.isatty():
        rich_help(ctx, formatter)
        return
    page = io.StringIO()
    sys.stdout = page
    try:
        rich_help(ctx, formatter)
    finally:
        sys.stdout = stdout
    formatter.write(tidy_page(page.getvalue()))  # click echoes it, with one newline


def tidy_page(text: str) -> str:
    """Padding off a help page: no blank lines around it, no spaces at line ends, and
    the one-space margin rich puts before the usage and description lines removed
    (the boxes start in the first column already)."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "".join(f"{line[1:] if line.startswith(' ') else line}\n" for line in lines)


def _command_summaries(group: Any, ctx: Any, formatter: Any) -> None:
    """A group's commands, each with its summary wrapped under it (click would cut
    each summary to what fits beside the longest name)."""
    rows = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None and not command.hidden:
            rows.append((name, command.get_short_help_str(SUMMARY_CHARS)))
    if rows:
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def reflowed(text: str | None) -> str | None:
    """A docstring's paragraphs as running text: rich markup mode keeps every newline
    of a help text, so a docstring wrapped at 88 columns showed its line breaks in the
    middle of sentences ("an adult reference" / "interval"); the help layout wraps
    them to the terminal instead. A paragraph that starts with click's ``\\b`` keeps
    its lines."""
    if not text:
        return text
    paragraphs = text.strip().split("\n\n")
    return "\n\n".join(p if p.startswith("\b") else " ".join(p.split()) for p in paragraphs)


def tidy(command: Any) -> Any:
    """Tidy the help of ``command`` and every command under it; returns ``command``."""
    command.help = reflowed(command.help)
    for param in command.params:
        _tidy_param(param)
    _fitting_help(command)
    make_help_option = command.get_help_option

    def get_help_option(ctx: Any) -> Any:
        """click makes ``--help`` per run; tidy that one too."""
        option = make_help_option(ctx)
        return None if option is None else _tidy_param(option)

    command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        tidy(sub)
    return command
