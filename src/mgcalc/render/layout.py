"""Which layout a view gets at a width, shared by both table writers.

A number is never cut: a table is drawn only when every numeric cell and every
word fits whole (text columns wrap between words first); otherwise the view's
narrow layout, if it has one and it fits (the week chart in four columns), else
the same view as key/value lines, one block per row. Free of rich, so the plain
writer (:mod:`mgcalc.render.plain`) and the rich one (:mod:`mgcalc.render.table`)
lay out a view the same way from one computation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mgcalc.render import words, wrap

if TYPE_CHECKING:
    from mgcalc.render.views.base import View

FRAME = 3  # SIMPLE_HEAD without edge padding: 3 characters per column, less one


def _longest_word(text: str) -> int:
    """The longest piece a line break cannot split, as the writers break lines:
    spaces at the start of the text belong to its first word (a cell "  #12
    glycinate" in a column five wide would have "#12" folded), and a figure keeps
    its unit."""
    return max(map(len, words(text)), default=0)


def lines_of(text: str, width: int) -> str:
    """``text`` wrapped to ``width`` as both writers print it: between words, a
    figure never apart from its unit (rich then has nothing left to break)."""
    return "\n".join(wrap(text, width, glue=True))


def column_widths(view: View) -> list[tuple[int, int]]:
    """(narrowest, natural) content width of each column.

    Numeric cells (and text columns marked ``wrap=False``) never wrap; other text
    cells and every header may wrap between words only (a figure keeps its unit).
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


def arrange(view: View, width: int) -> tuple[View, list[int]] | None:
    """The layout drawn as a table at ``width`` (the view or its narrow layout) with
    its column widths, or None when the rows go as key/value lines."""
    for layout in (view, view.narrow):
        widths = None if layout is None else fit_widths(layout, width)
        if layout is not None and widths is not None:
            return layout, widths
    return None


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
            wrapped = [line.rstrip() for line in wrap(cell, room, glue=True, fold=False)]
            lines.append(first + (wrapped[0] or "-"))
            lines += [indent + more for more in wrapped[1:]]
    return lines
