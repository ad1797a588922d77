"""Draw a :class:`~mgcalc.render.views.View` with rich.

rich chooses plain text when the stream is not a terminal, honours NO_COLOR,
and falls back to ASCII boxes when the stream's encoding is not UTF.
"""

from __future__ import annotations

import os
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mgcalc.core.errors import InputError
from mgcalc.render.views import View, view_for


class PipeConsole(Console):
    """A Console that lets a closed pipe propagate to mgcalc's one exit path.

    rich's default exits with status 1 itself; mgcalc ends quietly with 0.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def console_for(stream: TextIO, *, record: bool = False) -> Console:
    width = None
    if not stream.isatty():
        width = int(os.environ.get("COLUMNS", "100") or 100)
    return PipeConsole(file=stream, highlight=False, width=width, record=record, emoji=False)


def build_table(view: View) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for column in view.columns:
        table.add_column(
            column.header,
            justify="right" if column.numeric else "left",
            overflow="fold",
            no_wrap=column.numeric,
        )
    for row in view.rows:
        table.add_row(*row)
    return table


def render_table(result: Any, stream: TextIO, *, svg: str | None = None) -> None:
    console = console_for(stream, record=svg is not None)
    view = view_for(result, ascii_only=not console.encoding.lower().startswith("utf"))
    console.print(Text(view.title, style="bold"))
    console.print(build_table(view))
    for note in view.notes:
        console.print(Text(note, style="dim"))
    if svg is not None:
        try:
            console.save_svg(svg, title=f"mgcalc: {view.title}")
        except OSError as exc:
            raise InputError(f"cannot write SVG '{svg}': {exc.strerror}") from None
