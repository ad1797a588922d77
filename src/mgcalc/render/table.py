"""Draw a :class:`~mgcalc.render.views.View` with rich, at any terminal width.

rich chooses plain text when the stream is not a terminal, honours NO_COLOR,
and falls back to ASCII boxes when the stream's encoding is not UTF.

A number is never cut: a table is drawn only when every numeric cell and every
word fits whole (text columns wrap between words first); otherwise the view's
narrow layout, if it has one and it fits (the week chart in four columns), else
the same view as key/value lines, one block per row. A COLUMNS that is not a
positive whole number is treated as unset.
"""

from __future__ import annotations

import os
import textwrap
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mgcalc.core.errors import InputError
from mgcalc.render import DEFAULT_WIDTH, columns_from_env
from mgcalc.render.views import View, view_for


class PipeConsole(Console):
    """A Console that lets a closed pipe propagate to mgcalc's one exit path.

    rich's default exits with status 1 itself; mgcalc ends quietly with 0.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def console_for(stream: TextIO, *, record: bool = False) -> Console:
    width = columns_from_env()
    environ = dict(os.environ)
    if width is None:
        environ.pop("COLUMNS", None)  # rich would take COLUMNS=0 literally on a TTY
        if not stream.isatty():
            width = DEFAULT_WIDTH
    return PipeConsole(
        file=stream, highlight=False, width=width, record=record, emoji=False, _environ=environ
    )


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


FRAME = 3  # SIMPLE_HEAD without edge padding: 3 characters per column, less one


def column_widths(view: View) -> list[tuple[int, int]]:
    """(narrowest, natural) content width of each column.

    Numeric cells (and text columns marked ``wrap=False``) never wrap; other text
    cells and headers may wrap between words only.
    """
    widths = []
    for index, column in enumerate(view.columns):
        cells = [row[index] for row in view.rows if index < len(row)]
        natural = max((len(cell) for cell in [column.header, *cells]), default=0)
        narrowest = max(
            (
                len(cell) if column.numeric or not column.wrap else _longest_word(cell)
                for cell in cells
            ),
            default=0,
        )
        widths.append((max(narrowest, _longest_word(column.header)), natural))
    return widths


def fit_widths(view: View, room: int) -> list[int] | None:
    """Content widths that fit ``room`` by narrowing the widest text columns first,
    or None when even the narrowest layout would split a word or a number."""
    ranges = column_widths(view)
    room -= FRAME * len(ranges) - 1
    if sum(low for low, _ in ranges) > room:
        return None
    widths = [natural for _, natural in ranges]
    excess = sum(widths) - room
    while excess > 0:
        index = max(
            (i for i, (low, _) in enumerate(ranges) if widths[i] > low),
            key=lambda i: widths[i],
        )
        widths[index] -= 1
        excess -= 1
    return widths


def build_table(view: View, widths: list[int] | None = None) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for index, column in enumerate(view.columns):
        table.add_column(
            Text(column.header),
            justify="right" if column.numeric else "left",
            overflow="fold",
            no_wrap=column.numeric or not column.wrap,
            width=None if widths is None else widths[index],
        )
    for row in view.rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def key_value_lines(view: View, width: int) -> list[str]:
    """The rows as ``Header  value`` lines, values wrapped between words only.

    A value with a word too long to sit beside its header goes under it, indented;
    a word longer than the whole width is printed whole rather than cut."""
    key_width = max((len(column.header) for column in view.columns), default=0)
    lines: list[str] = []
    for number, row in enumerate(view.rows):
        if number:
            lines.append("")
        for column, cell in zip(view.columns, row, strict=False):
            beside = width - key_width - 2
            if _longest_word(cell) <= beside:
                indent = " " * (key_width + 2)
                first = column.header.ljust(key_width) + "  "
            else:
                indent = first = "  "
                lines.append(column.header)
            room = max(width - len(indent), 1)
            wrapped = textwrap.wrap(cell, room, break_long_words=False, break_on_hyphens=False) or [
                "-"
            ]
            lines.append(first + wrapped[0])
            lines += [indent + more for more in wrapped[1:]]
    return lines


def print_rows(console: Console, view: View) -> None:
    for layout in (view, view.narrow):
        widths = None if layout is None else fit_widths(layout, console.width)
        if layout is not None and widths is not None:
            console.print(build_table(layout, widths))
            return
    console.print()
    for line in key_value_lines(view, console.width):
        console.print(Text(line), soft_wrap=True)
    console.print()


def render_table(result: Any, stream: TextIO, *, svg: str | None = None) -> None:
    """Draw ``result`` on ``stream``; ``svg`` also saves it as a picture there, or
    with ``-`` writes the picture to ``stream`` instead of the table."""
    if svg == "-":
        import io

        canvas = console_for(io.StringIO(), record=True)
        title = draw(canvas, result)
        stream.write(canvas.export_svg(title=f"mgcalc: {title}"))
        return
    console = console_for(stream, record=svg is not None)
    title = draw(console, result)
    if svg is not None:
        try:
            console.save_svg(svg, title=f"mgcalc: {title}")
        except OSError as exc:
            raise InputError(f"cannot write SVG '{svg}': {exc.strerror}") from None


def draw(console: Console, result: Any) -> str:
    """Print the view of ``result``; its title, for the SVG."""
    view = view_for(result, ascii_only=not console.encoding.lower().startswith("utf"))
    console.print(Text(view.title, style="bold"))
    for line in view.lead:
        console.print(Text(line, style="bold"))
    print_rows(console, view)
    for note in view.notes:
        console.print(Text(note, style="dim"))
    return view.title
