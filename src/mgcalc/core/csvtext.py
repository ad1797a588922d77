"""Text in CSV cells, safe to open in a spreadsheet (OWASP: CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return) as a formula, so text from users (a label line, a product
name, a diary item) could run when a catalogue is opened. Such a cell gets a
leading ``'``, as OWASP advises; a cell that already starts with ``'`` gets one
too, so removing one leading quote always gives the text back. Numbers are
written as numbers and never touched: -5 stays -5. Plain values no spreadsheet runs
are left alone too: a lone ``-`` or ``+`` (an empty mark) and a signed number as text.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
PLAIN = r"[-+]|[-+]?\d+(?:\.\d+)?"  # runs as nothing, or as the number it shows


def csv_text(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text."""
    if not text.startswith(FORMULA_STARTS) or re.fullmatch(PLAIN, text):
        return text
    return "'" + text


def csv_untext(text: str) -> str:
    """The text :func:`csv_text` protected."""
    return text[1:] if text.startswith("'") else text
