"""A panel pasted one cell per line, joined back into its rows before it is read.

Copying a Supplement Facts table from a web page or a PDF gives one cell a line: the
nutrient, then ``200 mg``, then ``48%``, with the column headers (``Amount per
Serving``, ``% Daily Value``, ``NRV %``) and a two-line ``Serving Size`` / ``1 Tablet``
in between. Read line by line, the amount belongs to no nutrient and the panel has
"no magnesium row". Here a line that is only a value (an amount, a percent, a bare
number under a percent column, an empty ``-`` cell) joins the row above it, the
headers are set aside (a percent column's header says which reference its numbers
are of: DV, or the EU's NRV in its languages), and a lead-in line (``Each vegetable
capsule contains:``) joins the row below it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.labels import text as lt

# what a percent column's header names: the US Daily Value, or the EU NRV as member
# states' labels print it (NRV, RI; VNR/VRN in French, Italian, Spanish; AR in Italian;
# RM in Polish and Romanian; the words in German, French, Dutch and English)
_NRV_WORDS = (
    r"(?i)(?<![a-z])(?:nrv|ri|vnr|vrn|rm|ar|nahrstoffbezugswert\w*|referenzmenge\w*"
    r"|valeurs?\s+nutritionnelles?\s+de\s+reference|referentie-?inname"
    r"|reference\s+intakes?|nutrient\s+reference\s+values?)(?![a-z])"
)
_DV_WORDS = r"(?i)daily\s+value|(?<![a-z])dv(?![a-z])"
_HEADER = (
    r"(?i)^(?:(?:supplement|nutrition|drug)\s+facts|amount(?:\s+per\s+\w+)?|per\s+serving"
    r"|ingredients?|active\s+ingredients?(?:\s+\(in\s+each\s+\w+\))?|each\s+serving\s+contains"
    r"|typical\s+values?|nutritional\s+information|composition|nutrients?|unit\s+of\s+measure"
    r"|%|%?\s*daily\s+values?|[%\s]*(?:nrv|ri|dv|vnr|vrn|rm|ar)[\s%*]*)"
    r"(?:\s+(?:amount(?:\s+per\s+\w+)?|%\s*daily\s+values?|%?\s*(?:nrv|ri|dv)\s*%?))*"
    r"\s*[:*]*$"
)
_BASIS_HEADER = (
    r"(?i)^[%\s*(]*(?:per\s+cent\s+|%\s*)?(?:"
    + _NRV_WORDS[4:]
    + r"|daily\s+values?)[%\s*)]*(?:\(\w+\))?$"
)
_SERVING_SIZE = r"(?i)^serving\s+size\s*:?$"
_LEAD_IN_LINE = (
    r"(?i)^(?:each|per|one)\s+[a-z][a-z ]{0,30}?(?:\s*\([^)]*\))?\s*"
    r"(?:contains?|provides?|supplies|delivers?)\s*:?$"
)
_EMPTY_CELL = r"(?i)^[\s\-*.†/]*$|^\s*(?:n/?a|none)\s*$"
_TAIL_NUMBER = r"\s+(?P<n>\d{1,3}(?:[.,]\d{1,2})?)(?P<end>\s*\)?\s*)"
_BARE_NUMBER = r"^\s*(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*\*?\s*$"


class Rows(NamedTuple):
    """The panel's rows (a row a line, cells joined), the header lines set aside, and
    the reference the panel's percent column names (``dv``, ``nrv`` or None)."""

    rows: list[str]
    headers: list[str]
    basis: str | None


def join_cells(lines: list[str]) -> Rows:
    """``lines`` (non-empty, stripped) joined into rows; see the module doc."""
    rows: list[str] = []
    headers: list[str] = []
    basis: str | None = None
    open_row = False  # the last row still takes value cells (its name came alone)
    takes_percent = False  # the last row has its amount and still takes a percent
    lead_in: str | None = None
    for line in lines:
        if re.match(_EMPTY_CELL, line):
            continue  # an empty cell ('-', '|'), or a table's '---' rule
        if _is_header(line):
            headers.append(line)
            basis = _basis(line) or basis
            continue
        is_value = _is_value(line)
        bare = re.match(_BARE_NUMBER, line)
        if rows and (open_row or takes_percent) and is_value:
            has_amount = bool(re.search(lt.AMOUNT, line))
            if has_amount and not open_row:  # a second amount: a row of its own
                rows.append(line)
                open_row, takes_percent = False, not _has_percent(line)
                continue
            rows[-1] = _append(rows[-1], _marked(line, basis))
            open_row = False
            takes_percent = has_amount and not _has_percent(line)
            continue
        if rows and takes_percent and bare and basis:
            rows[-1] = _append(rows[-1], f"{bare['n']}% {basis.upper()}")
            takes_percent = False
            continue
        if re.match(_LEAD_IN_LINE, line):
            lead_in = line
            continue
        if lead_in is not None:
            line, lead_in = f"{lead_in} {line}", None
        if rows and re.match(_SERVING_SIZE, rows[-1]) and open_row:
            rows[-1] = f"{rows[-1]} {line}"
            open_row = takes_percent = False
            continue
        rows.append(_marked(_trailing_number(line, basis), basis))
        has_amount = bool(re.search(lt.AMOUNT, line))
        open_row = not has_amount and not _has_percent(line) and not line.endswith(":")
        takes_percent = has_amount and not _has_percent(line)
    if lead_in is not None:
        rows.append(lead_in)
    return Rows(rows, headers, basis)


def _trailing_number(line: str, basis: str | None) -> str:
    """``Magnesium 150mg 40`` under an ``NRV %`` column: the number after the amount is
    the column's percent (``150mg 40% NRV``)."""
    found = list(re.finditer(lt.AMOUNT, line)) if basis else []
    if not found:
        return line
    tail = re.fullmatch(_TAIL_NUMBER, line[found[-1].end() :])
    if tail is None or basis is None:
        return line
    return f"{line[: found[-1].end()]} {tail['n']}% {basis.upper()}{tail['end']}"


def _is_header(line: str) -> bool:
    if re.search(r"\d", line):
        return False
    return bool(re.match(_HEADER, line) or re.match(_BASIS_HEADER, line))


def _basis(header: str) -> str | None:
    if re.search(_NRV_WORDS, header):
        return "nrv"
    return "dv" if re.search(_DV_WORDS, header) else None


def panel_basis(lines: list[str]) -> str | None:
    """The reference a panel's percent column header names, if a header line says."""
    for line in lines:
        if _is_header(line) and (found := _basis(line)):
            return found
    return None


def _is_value(line: str) -> bool:
    """A cell that is only amounts and percents (``200 mg``, ``48%``, ``253mg 63%``)."""
    if not (re.search(lt.AMOUNT, line) or re.search(lt.PERCENT, line)):
        return False
    rest = re.sub(lt.PERCENT, " ", line)
    rest = re.sub(lt.AMOUNT, " ", rest)
    return not rest.strip(" -:|*.,;")


def _has_percent(line: str) -> bool:
    return bool(re.search(lt.PERCENT, line))


def _append(row: str, cell: str) -> str:
    """``(providing elemental magnesium)`` + ``150 mg``: the value goes inside the
    bracket, so the clause reads as one (``(providing elemental magnesium 150 mg)``)."""
    if row.startswith("(") and row.endswith(")") and row.count("(") == 1:
        return f"{row[:-1]} {cell})"
    return f"{row} {cell}"


def _marked(line: str, basis: str | None) -> str:
    """A percent without its reference's marker gets the one the column header names
    (``48%`` under ``NRV %`` is ``48% NRV``)."""
    if basis is None:
        return line

    def mark(found: re.Match[str]) -> str:
        if found["ref"] or found["post"] or found["pre"] or found["pre_pct"]:
            return found.group()
        return f"{found.group()} {basis.upper()}"

    return re.sub(lt.PERCENT, mark, line)
