"""mgcalc's plain-text table format: what a table looks like in a pipe or a file.

A view is written as its title, the lines that lead it (cautions), a blank line,
the table, a blank line and the notes::

    Products by cost of elemental magnesium

    #  Product  Form        Mg/unit  Cost/100 mg
    -  -------  ---------  --------  -----------
    1  Basic    oxide        250 mg        0.026
    2  Gentle   glycinate  70.48 mg        0.236

    Daily target 300 mg elemental; units per dose rounded up.

Columns are separated by two spaces and each is as wide as its widest line. Numbers
and their headers are right-aligned, text left-aligned; text cells and headers wrap
between words, and a figure is never parted from its unit. Numbers never wrap. The
width is COLUMNS, else :data:`mgcalc.render.DEFAULT_WIDTH`. When a table would not
fit without cutting a word or a number, the view's narrow layout is written instead,
if it has one that fits, else each row as ``Header  value`` lines, rows apart by a
blank line. Title, lead lines and notes wrap to the width. No line ends in spaces,
and none is wider than the width unless a single word is.

Text is written as given, except that tabs and line breaks become spaces, other
control and format characters (which would move the cursor or reverse the text)
are shown escaped (``\\x1b``, ``\\u202e``), and a character the stream cannot
encode (an ASCII or Latin-1 stream) is spelled in ASCII (``≤`` as ``<=``, ``µ`` as ``u``,
``é`` as ``e``) or else shown escaped: nothing is lost and nothing fails to encode.
Widths count characters: East Asian wide characters take two columns on a screen
and may push a line past the width.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

from mgcalc.render import ascii_only
from mgcalc.render.layout import Frame, arrange, key_value_lines, wrap

if TYPE_CHECKING:
    from mgcalc.render.views import View

FRAME = Frame(gap=2)
GAP = " " * FRAME.gap
_LINE_BREAKS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# ASCII spellings of the characters mgcalc's own text uses, for streams that
# cannot encode them; accented letters lose their accents (é is e) instead
SPELLED = {
    "–": "-",
    "—": "--",
    "−": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "•": "*",
    "·": ".",
    "×": "x",
    "±": "+/-",
    "≤": "<=",
    "≥": ">=",
    "→": "->",
    "µ": "u",
    "μ": "u",
    "°": "deg",
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
    "⅛": "1/8",
    "⅕": "1/5",
    "®": "(R)",
    "™": "(TM)",
    "℠": "(SM)",
    "©": "(C)",
    "€": "EUR",
    "‡": "++",
    "█": "#",
    "░": "-",
    "─": "-",
    "│": "|",
}


def write_plain(result: Any, stream: TextIO, width: int) -> None:
    """Write the view of ``result`` on ``stream`` in the plain format at ``width``."""
    from mgcalc.render.views import view_for

    write_view(view_for(result, ascii_only=ascii_only(stream)), stream, width)


def write_view(view: View, stream: TextIO, width: int) -> None:
    """Write ``view`` on ``stream`` at ``width``, in what its encoding can encode."""
    lines = view_lines(printable_view(view, stream_encoding(stream)), width)
    stream.write("".join(line + "\n" for line in lines))
    stream.flush()


def stream_encoding(stream: TextIO) -> str:
    """The codec name of ``stream``'s encoding; ASCII when it names no codec."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
    except LookupError:
        return "ascii"


def view_lines(view: View, width: int) -> list[str]:
    """The lines of ``view`` at ``width`` (its text already :func:`printable`)."""
    from mgcalc.render.views import Column

    lines = wrap(view.title, width) if view.title else []
    lines += [line for lead in view.lead for line in wrap(lead, width)]
    extra = max((len(row) for row in view.rows), default=0) - len(view.columns)
    if extra > 0:  # no cell goes unwritten: the cells beyond the columns get unnamed ones
        view = replace(view, columns=view.columns + [Column("")] * extra)
    if view.rows:  # a listing with no rows has no bare header: its notes say why
        arranged = arrange(view, width, FRAME)
        rows = key_value_lines(view, width) if arranged is None else table_lines(*arranged)
        lines += ["", *rows]
        if view.notes:
            lines.append("")
    return lines + [line for note in view.notes for line in wrap(note, width)]


def table_lines(view: View, widths: list[int]) -> list[str]:
    """The header, the dashed rule and the rows, columns at ``widths``."""

    def row_lines(row: list[str], header: bool) -> list[str]:
        drawn = []
        for index, (column, width) in enumerate(zip(view.columns, widths, strict=True)):
            cell = row[index] if index < len(row) else ""
            if column.numeric:
                cell = cell.strip()
            keep = not header and (column.numeric or not column.wrap)
            cell_lines = [cell] if keep else wrap(cell, width)
            align = str.rjust if column.numeric else str.ljust
            drawn.append([align(line, width) for line in cell_lines])
        height = max(len(cell_lines) for cell_lines in drawn)
        for index, cell_lines in enumerate(drawn):
            blank = [" " * widths[index]] * (height - len(cell_lines))
            drawn[index] = blank + cell_lines if header else cell_lines + blank  # headers sit low
        return [GAP.join(parts).rstrip() for parts in zip(*drawn, strict=True)]

    lines = row_lines([column.header for column in view.columns], header=True)
    lines.append(GAP.join("-" * width for width in widths))
    for row in view.rows:
        lines += row_lines(row, header=False)
    return lines


def printable_view(view: View, encoding: str) -> View:
    """``view`` with every text :func:`printable` in ``encoding``."""

    def text(value: str) -> str:
        return printable(value, encoding)

    return replace(
        view,
        title=text(view.title),
        columns=[column._replace(header=text(column.header)) for column in view.columns],
        rows=[[text(cell) for cell in row] for row in view.rows],
        notes=[text(note) for note in view.notes],
        lead=[text(line) for line in view.lead],
        narrow=None if view.narrow is None else printable_view(view.narrow, encoding),
    )


def printable(text: str, encoding: str = "utf-8") -> str:
    """``text`` as it is written in plain text on a stream in ``encoding`` (a codec
    name): see the module's docstring."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_printable_char(char, encoding) for char in text)


def _printable_char(char: str, encoding: str) -> str:
    if char in _LINE_BREAKS or unicodedata.category(char) == "Zs":
        return " "
    if not char.isprintable():
        return _escaped(char)
    if _encodes(char, encoding):
        return char
    spelled = SPELLED.get(char)
    if spelled is None:
        decomposed = unicodedata.normalize("NFKD", char)
        spelled = "".join(
            SPELLED.get(part, part) for part in decomposed if not unicodedata.combining(part)
        )
    return spelled if spelled and _encodes(spelled, encoding) else _escaped(char)


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
