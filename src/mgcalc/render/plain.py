"""A view as the plain text rich prints where it prints no styles, without rich.

Importing rich.console and rich.table costs about 40 ms of a table command's
start-up (issue 11: every command within 2.0x ``import typer``), and when stdout
is not a terminal rich prints plain text anyway. This writer prints the same
characters, byte for byte, as :func:`mgcalc.render.table.print_view` on a
non-terminal stream of the same width and encoding: the title, lead lines, notes
and text cells wrapped by :func:`mgcalc.render.wrap` (between words, a figure kept
with its unit, a line keeping the spaces after its last word that fit, as rich's
``rstrip_end`` does; the rich path is handed the same lines); the table as rich's
``Table(box=SIMPLE_HEAD, pad_edge=False)`` with the widths from
:func:`mgcalc.render.layout.arrange` (a blank edge line above and below, a rule
under the headers, one space between columns, headers wrapped and set on their
bottom line, numeric cells right-justified and never wrapped, every line padded
to the table's width); or the key/value lines between blank lines; and rich's
ASCII box (``+--+``, ``|``) when the stream's encoding is not UTF. A test draws
random views both ways and compares them.

Exactness needs every character to be one terminal cell that rich prints as
given, so text outside a safe set goes to rich (:data:`SAFE`): printable ASCII
and single-cell ranges of Latin, Greek, punctuation, symbols, arrows, maths and
box drawing, checked against rich's cell widths by a test. Tabs, newlines and
other control characters (rich expands or strips them), whitespace other than the
space (rich and ``str.split`` treat it apart), combining and zero-width marks,
East Asian wide characters and emoji are not in it. A column of no width
(rich widens it to one) goes to rich too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TextIO

from mgcalc.render import ascii_only, wrap
from mgcalc.render.layout import arrange, key_value_lines

if TYPE_CHECKING:
    from mgcalc.render.views import View

# characters rich measures as one cell and prints unchanged (see the docstring)
SAFE_RANGES = (
    (0x20, 0x7E),  # printable ASCII
    (0xA1, 0x24F),  # Latin-1 supplement and Latin extended A and B (é, µ, °, ±, ×, ½)
    (0x370, 0x3FF),  # Greek (μ)
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x205E),  # per mille, primes
    (0x2070, 0x20C0),  # super- and subscripts, currency
    (0x2100, 0x21FF),  # letterlike symbols, number forms, arrows
    (0x2200, 0x22FF),  # mathematical operators (≤, ≥)
    (0x2500, 0x259F),  # box drawing and block elements (the bars)
)
SAFE = re.compile("[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in SAFE_RANGES) + "]*")


def safe(text: str) -> bool:
    """Whether rich prints ``text`` as this module assumes: every character one
    cell, printed unchanged, the space the only whitespace."""
    return text.isprintable() and SAFE.fullmatch(text) is not None  # no Cc, Cf, Z* but " "


def write_plain(result: Any, stream: TextIO, width: int) -> bool:
    """Write the table of ``result`` on ``stream`` as rich would print it at
    ``width`` there; False (nothing written) when only rich can be exact."""
    from mgcalc.render.views import view_for

    ascii_box = ascii_only(stream)
    lines = view_lines(view_for(result, ascii_only=ascii_box), width, ascii_box)
    if lines is None:
        return False
    stream.write("".join(line + "\n" for line in lines))
    stream.flush()
    return True


def view_lines(view: View, width: int, ascii_box: bool) -> list[str] | None:
    """The lines rich prints for ``view`` at ``width`` on a non-terminal stream
    (``ascii_box``: its encoding is not UTF), or None when they cannot be exact."""
    texts = [view.title, *view.lead, *view.notes]
    for layout in (view, view.narrow):
        if layout is not None:
            texts += [column.header for column in layout.columns]
            texts += [cell for row in layout.rows for cell in row]
            if any(len(row) > len(layout.columns) for row in layout.rows):
                return None  # rich would add columns
    if not all(map(safe, texts)):
        return None
    lines = [*wrap(view.title, width, glue=True)]
    lines += [line for lead in view.lead for line in wrap(lead, width, glue=True)]
    arranged = arrange(view, width)
    if not view.rows:
        pass  # nothing to list: the notes say so (an empty cabinet), no bare header
    elif arranged is None:
        lines += ["", *key_value_lines(view, width), ""]
    else:
        table = table_lines(*arranged, ascii_box=ascii_box)
        if table is None:
            return None
        lines += table
    return lines + [line for note in view.notes for line in wrap(note, width, glue=True)]


def cell_lines(text: str, width: int, *, right: bool, no_wrap: bool) -> list[str]:
    """A cell's lines at ``width``, each padded to it (rich's Lines.justify)."""
    lines = [text] if no_wrap else wrap(text, width, glue=True)
    if right:
        return [line.rstrip()[:width].rjust(width) for line in lines]
    return [line[:width].ljust(width) for line in lines]


# rich's boxes as it defines them: (top and bottom, cell rows, rule under the
# headers), each as left, horizontal, divider, right
SIMPLE_HEAD = ("    ", "    ", " ── ")
ASCII = ("+--+", "| ||", "|-+|")


def table_lines(view: View, widths: list[int], *, ascii_box: bool) -> list[str] | None:
    """rich's SIMPLE_HEAD table without edge padding (its ASCII box when
    ``ascii_box``), or None for a column rich would draw wider than asked."""
    last = len(view.columns) - 1
    pads = [(0 if i == 0 else 1, 0 if i == last else 1) for i in range(last + 1)]
    full = [width + left + right for width, (left, right) in zip(widths, pads, strict=True)]
    if not view.columns or 0 in full:
        return None
    edges, cells, rule = ASCII if ascii_box else SIMPLE_HEAD

    def across(box: str) -> str:
        return box[0] + box[2].join(box[1] * width for width in full) + box[3]

    def row_lines(row: list[str], header: bool) -> list[str]:
        drawn = []
        for index, column in enumerate(view.columns):
            left, right = pads[index]
            lines = cell_lines(
                row[index] if index < len(row) else "",
                widths[index],
                right=column.numeric,
                no_wrap=not header and (column.numeric or not column.wrap),
            )
            drawn.append([" " * left + line + " " * right for line in lines])
        height = max(len(lines) for lines in drawn)
        for index, lines in enumerate(drawn):
            blank = [" " * full[index]] * (height - len(lines))
            drawn[index] = blank + lines if header else lines + blank  # headers sit low
        return [cells[0] + cells[2].join(parts) + cells[3] for parts in zip(*drawn, strict=True)]

    lines = [across(edges), *row_lines([column.header for column in view.columns], True)]
    lines.append(across(rule))
    for row in view.rows:
        lines += row_lines(row, False)
    return [*lines, across(edges)]
