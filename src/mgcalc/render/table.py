"""Draw a :class:`~mgcalc.render.views.View` with rich, for a terminal.

This writer draws on terminals, wherever FORCE_COLOR asks for styles, and for
``--svg``; pipes and files get mgcalc's plain text (:mod:`mgcalc.render.plain`).
rich honours NO_COLOR and falls back to ASCII boxes when the stream's encoding is
not UTF. The layout (table, narrow table or key/value lines) comes from
:mod:`mgcalc.render.layout`, as the plain writer's does. A COLUMNS that is not a
positive whole number is treated as unset.
"""

from __future__ import annotations

import os
import re
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mgcalc.core.errors import InputError
from mgcalc.render import DEFAULT_WIDTH, ascii_only, columns_from_env
from mgcalc.render.layout import Frame, arrange, key_value_lines, wrap
from mgcalc.render.views import View, view_for

# SIMPLE_HEAD without edge padding: a space and a divider between two columns, with
# one space of padding on each side of it; one edge space on each side of the table
FRAME = Frame(gap=3, edge=2)


def lines_of(text: str, width: int) -> str:
    """``text`` wrapped as the layout wraps it, for rich to print as it is."""
    return "\n".join(wrap(text, width))


class PipeConsole(Console):
    """A Console that lets a closed pipe propagate to mgcalc's one exit path.

    rich's default exits with status 1 itself; mgcalc ends quietly with 0.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def console_for(stream: TextIO, *, record: bool = False, width: int | None = None) -> Console:
    """rich's Console for ``stream``, ``width`` wide or as wide as COLUMNS says (the
    terminal's width, or DEFAULT_WIDTH for a stream that is not a terminal)."""
    width = width or columns_from_env()
    environ = dict(os.environ)
    if width is None:
        environ.pop("COLUMNS", None)  # rich would take COLUMNS=0 literally on a TTY
        if not stream.isatty():
            width = DEFAULT_WIDTH
    return PipeConsole(
        file=stream, highlight=False, width=width, record=record, emoji=False, _environ=environ
    )


def build_table(view: View, widths: list[int]) -> Table:
    """The table at ``widths``, its headers and text cells already wrapped by
    :func:`lines_of` (so rich breaks nothing itself)."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for column, width in zip(view.columns, widths, strict=True):
        table.add_column(
            # a header wraps between words even over cells that never wrap, as
            # column_widths allows (it was cut: "Total m" for "Total mg")
            Text(lines_of(column.header, width)),
            justify="right" if column.numeric else "left",
            overflow="fold",
            no_wrap=column.numeric or not column.wrap,
            width=width,
        )
    for number, row in enumerate(view.rows):
        table.add_row(
            *(
                Text(
                    cell if column.numeric or not column.wrap else lines_of(cell, width),
                    style=view.styles.get((number, place), ""),
                )
                for place, (cell, column, width) in enumerate(
                    zip(row, view.columns, widths, strict=False)
                )
            )
        )
    return table


def print_rows(console: Console, view: View) -> None:
    if not view.rows:
        return  # nothing to list: the notes say so (an empty cabinet), no bare header
    arranged = arrange(view, console.width, FRAME)
    if arranged is not None:
        console.print(build_table(*arranged))
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
        stream.write(offline_svg(canvas.export_svg(title=f"mgcalc: {title}")))
        return
    console = console_for(stream, record=svg is not None)
    title = draw(console, result)
    if svg is not None:
        try:
            with open(svg, "w", encoding="utf-8") as file:
                file.write(offline_svg(console.export_svg(title=f"mgcalc: {title}")))
        except OSError as exc:
            raise InputError(f"cannot write SVG '{svg}': {exc.strerror}") from None


def offline_svg(svg: str) -> str:
    """rich's picture without its ``@font-face`` rules, which fetch a web font from a
    CDN: an offline tool's file loads nothing from the network, and the picture
    falls back to the reader's monospace font."""
    return re.sub(r"@font-face\s*\{[^}]*\}", "", svg)


def draw(console: Console, result: Any) -> str:
    """Print the view of ``result``; its title, for the SVG."""
    view = view_for(result, ascii_only=ascii_only(console.file))
    print_view(console, view)
    return view.title


def print_view(console: Console, view: View) -> None:
    width = console.width
    console.print(Text(lines_of(view.title, width), style="bold"))
    for line in view.lead:
        console.print(Text(lines_of(line, width), style="bold"))
    print_rows(console, view)
    for note in view.notes:
        console.print(Text(lines_of(note, width), style="dim"))
