"""Text in CSV cells, safe to open in a spreadsheet (OWASP: CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return) as a formula, so text from users (a label line, a product
name, a diary item) could run when a catalogue is opened. Such a cell gets a
leading ``'``, as OWASP advises; a cell that already starts with ``'`` gets one
too, so removing one leading quote always gives the text back. Numbers are
written as numbers and never touched: -5 stays -5.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_text(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_untext(text: str) -> str:
    """The text :func:`csv_text` protected."""
    return text[1:] if text.startswith("'") else text
