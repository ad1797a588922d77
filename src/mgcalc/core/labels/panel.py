"""A whole Supplement Facts panel pasted at once: find the magnesium row in it.

People paste what they see: the title, ``Serving Size 2 Capsules``, servings per
container, other nutrients, footnotes and ``Other ingredients: ... magnesium
stearate``. The magnesium row is read; the serving size says how many units its
amount is for; everything else is listed as ignored, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.chemistry.counts import FRACTION, MAX_PER_SERVING, parse_count
from mgcalc.core.errors import InputError
from mgcalc.core.labels.text import AMOUNT, MAX_LINE_CHARS, PERCENT

_SERVING = (
    rf"(?i)^serving\s+size\s*:?\s*(?P<n>{FRACTION}"
    rf"|[-+]?\d[\d.,]*)\s*(?P<unit>[a-z][a-z \-]{{0,30}})?"
)
_MAGNESIUM = r"(?i)magnesium|^\s*mg\b"
_NOT_A_SOURCE = r"(?i)stearate|other\s+ingredients|ingredients\s*:"
_UNIT = r"(?:capsules?|caps|tablets?|tabs|softgels?|caplets?|gummy|gummies|lozenges?|chews?)"
_VERB = r"(?:\s+(?:contains?|provides?|supplies|supply|delivers?))?"
_LEAD_IN = (
    rf"(?i)^(?:amount\s+per\s+(?P<serving>serving|scoop|sachet|dose)|(?:each|per|one)\s+(?P<unit>{_UNIT})"
    rf"|(?P<n>{FRACTION}|\d[\d.,]*)\s+{_UNIT}(?=\s+(?:contain|provide|supply|deliver)))"
    rf"{_VERB}\s*[:\-]?\s*(?=\S)"
)


class Panel(NamedTuple):
    """The magnesium ``row``; ``serving_units`` the units its amount is for, where the
    text says (a serving size line, ``2 capsules provide``); ``per_unit`` when a lead-in
    says the amount is for one unit (``Each capsule contains:``); ``lead_in`` a note on
    the lead-in read."""

    row: str
    serving_units: int | None = None
    ignored: tuple[str, ...] = ()
    per_unit: bool = False
    lead_in: str | None = None
    further_rows: tuple[str, ...] = ()  # more magnesium rows: never dropped unsaid


def split_panel(text: str) -> Panel:
    """The magnesium row of ``text`` (one line, or a pasted panel)."""
    lines = [line.strip() for line in re.split(r"[\r\n\x0b\x0c\u2028\u2029\x85]+", text)]
    lines = [line for line in lines if line]
    if not lines:
        raise InputError("empty label line")
    for line in lines:
        if len(line) > MAX_LINE_CHARS:
            raise InputError(
                f"a label line is {len(line):,} characters long; the limit is {MAX_LINE_CHARS}"
            )
    if len(lines) == 1:
        return _lead_in(Panel(lines[0]))
    rows, ignored, serving = [], [], None
    for line in lines:
        size = re.match(_SERVING, line)
        if size and serving is None:
            serving = _units(size["n"])
        elif _is_magnesium_row(line):
            rows.append(line)
        else:
            ignored.append(line)
    if not rows:
        raise InputError(
            f"no magnesium row in the {len(lines)} pasted lines "
            "(expected a line such as 'Magnesium (as citrate) 200 mg 48%')"
        )
    panel = _lead_in(Panel(rows[0], serving, tuple(ignored)))
    return panel._replace(further_rows=tuple(rows[1:]))


def _units(text: str) -> int:
    """Units in a serving, read as every count is: whole, 1 to 100 (a half-tablet
    serving is refused with the range, not read as 1 from its '1/2')."""
    return int(parse_count(text, "the serving size", whole=True, most=MAX_PER_SERVING))


def _lead_in(panel: Panel) -> Panel:
    """The row without a lead-in that says what its amount is for."""
    found = re.match(_LEAD_IN, panel.row)
    if found is None:
        return panel
    units = _units(found["n"]) if found["n"] else panel.serving_units
    per_unit = bool(found["unit"]) and units is None
    what = "one unit" if per_unit else "one serving" if found["serving"] else f"{units} units"
    lead = f"'{found.group().strip(' :-')}' read: the amount is for {what}."
    return Panel(panel.row[found.end() :], units, panel.ignored, per_unit, lead)


def _is_magnesium_row(line: str) -> bool:
    if not re.search(_MAGNESIUM, line) or re.search(_NOT_A_SOURCE, line):
        return False
    return bool(re.search(AMOUNT, line) or re.search(PERCENT, line))
