"""How a view is laid out at a width, shared by the plain writer and the rich table.

Text wraps between words only, and a figure stays on the line of its unit ("350 mg"
is one word). A number is never cut: a view is drawn as a table only when every
numeric cell and every word fits whole (text columns wrap first); otherwise as its
narrow layout, if it has one and that fits (the week chart in four columns), else
as key/value lines, one block per row. Free of rich, so both writers lay out a view
from one computation; each says how many characters its frame takes.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from mgcalc.render.views.base import View

# the space between a figure and its unit ("350 mg", "4.06 mEq/mL", "86 %")
_FIGURE_UNIT = r"(?<=\d) (?=(?:mg|mcg|µg|μg|g|kg|t|mmol|mEq|mL|L|dL|IU|oz|lb|kcal|%)(?![A-Za-z]))"
_WORD = r"\s*\S+"  # spaces at the start of a text belong to its first word


def _glue(text: str) -> tuple[str, str]:
    """``text`` with each figure's space before its unit replaced by a character
    that is not a space (so nothing breaks there) and not in the text; and that
    character, to put the spaces back."""
    if not re.search(_FIGURE_UNIT, text):
        return text, ""
    mark = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in text)  # private use
    return re.sub(_FIGURE_UNIT, mark, text), mark


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken between words into lines of at most ``width`` characters,
    none ending in spaces; a figure is kept with its unit, and a word longer than
    the width stands whole on a line of its own. Spaces at the start are kept;
    tabs and line breaks count as spaces. An empty text is one empty line."""
    glued, mark = _glue(text)
    wrapper = textwrap.TextWrapper(max(width, 1), break_long_words=False, break_on_hyphens=False)
    lines = wrapper.wrap(glued) or [""]
    return [line.replace(mark, " ") for line in lines] if mark else lines


def longest_word(text: str) -> int:
    """The longest piece :func:`wrap` keeps whole in ``text`` (0 for no words)."""
    return max(map(len, re.findall(_WORD, _glue(text)[0])), default=0)


class Frame(NamedTuple):
    """The characters a writer's table takes besides its cells: ``gap`` between two
    columns, ``edge`` in all on the left and right."""

    gap: int
    edge: int = 0

    def room(self, width: int, columns: int) -> int:
        return width - self.gap * max(columns - 1, 0) - self.edge


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
                len(cell) if column.numeric or not column.wrap else longest_word(cell)
                for cell in cells
            ),
            default=0,
        )
        widths.append((max(narrowest, longest_word(column.header), 1), max(natural, 1)))
    return widths


def fit_widths(view: View, width: int, frame: Frame) -> list[int] | None:
    """Content widths that fit ``width`` by narrowing the widest text columns first,
    or None when even the narrowest layout would split a word or a number."""
    ranges = column_widths(view)
    room = frame.room(width, len(ranges))
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


def arrange(view: View, width: int, frame: Frame) -> tuple[View, list[int]] | None:
    """The layout drawn as a table at ``width`` (the view or its narrow layout) with
    its column widths, or None when the rows go as key/value lines."""
    for layout in (view, view.narrow):
        if layout is None or not layout.columns:
            continue
        widths = fit_widths(layout, width, frame)
        if widths is not None:
            return layout, widths
    return None


def key_value_lines(view: View, width: int) -> list[str]:
    """The rows as ``Header  value`` lines, values wrapped between words, a blank
    line between rows.

    A value with a word too long to sit beside its header goes under it, indented;
    a word longer than the whole width is printed whole rather than cut."""
    key_width = max((len(column.header) for column in view.columns), default=0)
    lines: list[str] = []
    for number, row in enumerate(view.rows):
        if number:
            lines.append("")
        for column, cell in zip(view.columns, row, strict=False):
            beside = width - key_width - 2
            if max(longest_word(cell), 1) <= beside:  # an empty cell prints "-"
                indent = " " * (key_width + 2)
                first = column.header.ljust(key_width) + "  "
            else:
                indent = first = "  "
                lines += wrap(column.header, width)
            wrapped = wrap(cell, width - len(indent))
            lines.append((first + (wrapped[0] or "-")).rstrip())
            lines += [indent + more for more in wrapped[1:]]
    return lines
