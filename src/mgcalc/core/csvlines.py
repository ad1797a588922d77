"""One CSV line at a time, as every reader of mgcalc's CSV input reads it (``--batch``
and ``compare``): cells with a sniffed delimiter (comma, semicolon or tab, as
spreadsheets in other locales save them), a header naming columns, and an
unterminated quote as that line's error, never a merge with the next line.
"""

from __future__ import annotations

import csv
import re

from mgcalc.core.errors import InputError

_WORD = r"[a-z][a-z0-9_]*"


def looks_quoted(text: str) -> bool:
    """A CSV line with quoted cells (``"magnesium citrate","1,000 mg"``)."""
    return text.startswith('"') or ',"' in text or ';"' in text or '\t"' in text


_SHELL_QUOTED = r'(?<!\S)"([^"]*)"(?!\S)'


def unquoted_words(text: str) -> str | None:
    """A free-text line written as on a command line (``"magnesium sulfate" 2g``): the
    words with their double quotes taken off, or None when quotes remain that do not
    wrap whole words (a broken CSV line, which stays that line's error)."""
    plain = re.sub(_SHELL_QUOTED, lambda m: m.group(1), text)
    return None if plain == text or '"' in plain else plain


def cells(text: str, delimiter: str = ",") -> list[str]:
    """The cells of one CSV line; an unterminated quote is an error, not a merge."""
    try:
        found = next(csv.reader([text], delimiter=delimiter, strict=True), [])
    except csv.Error as exc:
        reason = "unterminated quote" if "unexpected end" in str(exc) else str(exc)
        raise InputError(f"cannot read the line as CSV: {reason}") from None
    return [cell.strip() for cell in found]


def sniff_delimiter(text: str) -> str:
    for delimiter in ("\t", ";", ","):
        if delimiter in text:
            return delimiter
    return ","


def column_key(name: str) -> str:
    """``Kidney-Disease`` -> ``kidney_disease``: header cells match option names."""
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def header_names(text: str, known: set[str]) -> tuple[list[str], str] | None:
    """The column names of a header line, with its delimiter, or None for a data line.

    A header is a line whose every cell is a word and one of them is a known column.
    """
    delimiter = sniff_delimiter(text)
    try:
        names = [column_key(c) for c in cells(text, delimiter)]
    except InputError:
        return None
    if not names or not all(re.fullmatch(_WORD, n) for n in names):
        return None
    if not any(n in known for n in names):
        return None
    return names, delimiter
