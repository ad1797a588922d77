"""A whole Supplement Facts panel pasted at once: find the magnesium row in it.

People paste what they see: the title, ``Serving Size 2 Capsules``, servings per
container, other nutrients, footnotes and ``Other ingredients: ... magnesium
stearate``, often one table cell a line (labels.cells joins them into rows first).
The magnesium row is read; the serving size says how many units its amount is for (a
serving weighed or measured, ``Serving Size 1 scoop (3.1 g)``, is one serving);
everything else is listed as ignored, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.chemistry.counts import FRACTION, MAX_PER_SERVING, parse_count
from mgcalc.core.errors import InputError
from mgcalc.core.labels.cells import join_cells
from mgcalc.core.labels.text import AMOUNT, MAX_LINE_CHARS, PERCENT

_SERVING = r"(?i)^serving\s+size\s*:?\s*(?P<size>\S.*)$"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SIZE = (
    rf"(?i)^(?:(?P<word>{'|'.join(_NUMBER_WORDS)})\s*(?:\(\s*(?P<digits>\d+)\s*\))?"
    rf"|(?P<n>{FRACTION}|[-+]?\d[\d.,]*))\s*(?P<unit>[a-z][a-z \-]{{0,30}})?"
)
# a serving that is weighed or measured out: one serving, whatever its number says
_MEASURE = (
    r"(?i)^(?:g|gm|gms|grams?|mg|ml|millilit(?:er|re)s?|oz|fl\s*oz|scoops?|level\b.*"
    r"|rounded\b.*|heaped\b.*|tsp|teaspoons?|tbsp|tablespoons?|sachets?|sticks?|packets?"
    r"|pouch(?:es)?|stick\s*packs?|vials?|ampoules?|shots?|cups?|bottles?|drops?|measures?"
    r"|spoons?|servings?|doses?)\b"
)
# 'per daily dose (2 tablets)', 'Typical values per 2 capsules', 'je Tagesdosis (2 Kapseln)'
_COUNT_UNIT = (
    r"(?:capsules?|caps|tablets?|tabs|softgels?|caplets?|gummies|gummy|lozenges?|chews?"
    r"|kapseln?|tabletten?|gelules?|comprimes?|pastilles?)"
)
_PER_DOSE = (
    r"(?i)\b(?:per|je|pro|par|pour)\s+(?:(?:recommended\s+)?daily\s+(?:dose|portion|intake)"
    r"|dose|serving|day|portion|tagesdosis|tagesportion|dose\s+journaliere|dagdosis|dagdosering)?"
    rf"\s*\(?\s*(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+{_COUNT_UNIT}\b"
)
_MAGNESIUM = r"(?i)magnesium|^\s*mg\b"
_DOSAGE_FORM = (
    r"(?i)\s+(?:oral\s+)?(?:tablets?|capsules?|caplets?|softgels?|chewable\s+tablets?)"
    r"(?:\s+usp)?(?=\s*\d|\s*\()"
)
_CONTENT = r"(?i)^magnesium\s+content\s+(?:per|in\s+each|of\s+each)\s+(?P<unit>[a-z]+)\s*:?\s*"
# a row that only states the magnesium the compound row above it provides
_GIVES = (
    r"(?:providing|provides|supplying|supplies|yielding|yields|delivering|equiv(?:alent|\.)?"
    r"(?:\s+to)?|of\s+which|davon|dont|waarvan|di\s+cui|de\s+los\s+cuales|elemental)"
)
_PROVIDED_ROW = (
    rf"(?i)^\(?\s*(?:{_GIVES}\b|[\d.,]+\s*mg\s+(?:of\s+)?(?:elemental\s+)?magnesium\b"
    r"(?!\s*\())"
)
_STATES_ELEMENTAL = rf"(?i)\b{_GIVES}\b|\b(?:as|from)\b"
_NOT_A_SOURCE = r"(?i)stearate|other\s+ingredients|ingredients\s*:"
_UNIT = (
    r"(?:capsules?|caps|tablets?|tabs|softgels?|caplets?|gummy|gummies|lozenges?|chews?"
    r"|vegetable\s+capsules?|veg(?:gie)?\s+capsules?)"
)
_MEASURE_WORD = (
    r"(?:(?:level\s+|rounded\s+|heaped\s+)?(?:teaspoons?|tsp|tablespoons?|tbsp|scoops?"
    r"|sachets?|sticks?|packets?|measures?|spoonfuls?)|serving|dose|daily\s+dose)"
)
_VERB = r"(?:\s+(?:contains?|provides?|supplies|supply|delivers?))?"
_LEAD_IN = (
    rf"(?i)^(?:amount\s+per\s+(?P<serving>serving|scoop|sachet|dose)"
    rf"|(?:each|per|one)\s+(?:(?P<unit>{_UNIT})|(?P<measure>{_MEASURE_WORD}))\b"
    r"(?:\s*\([^)]*\))?"
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
    joined = join_cells(lines)
    rows, ignored, serving, notes = [], list(joined.headers), None, []
    for line in joined.rows:
        size = re.match(_SERVING, line)
        dose = re.search(_PER_DOSE, line) if not re.search(AMOUNT, line) else None
        if size and serving is None:
            serving, note = serving_size(size["size"])
            notes += [note] if note else []
        elif dose and serving is None:
            serving = _units(dose["n"])
            notes.append(f"'{dose.group().strip()}' read: the amounts are for {serving} units.")
            ignored.append(line)
        elif _is_magnesium_row(line):
            rows.append(line)
        else:
            ignored.append(line)
    rows = _with_provided(rows)
    if not rows:
        raise InputError(
            f"no magnesium row in the {len(lines)} pasted lines "
            "(expected a line such as 'Magnesium (as citrate) 200 mg 48%')"
        )
    panel = _lead_in(Panel(drug_row(rows[0]), serving, tuple(ignored)))
    lead = " ".join(filter(None, [*notes, panel.lead_in])) or None
    return panel._replace(further_rows=tuple(rows[1:]), lead_in=lead)


def _with_provided(rows: list[str]) -> list[str]:
    """A row that states the magnesium the row above provides (``(providing elemental
    magnesium 89 mg, 24% NRV)``, ``241.3 mg elemental Magnesium per tablet``) is read
    with it, as the bracket on one line would be: both figures, checked together."""
    merged: list[str] = []
    for row in rows:
        clause = re.match(_PROVIDED_ROW, row)
        if clause is None or not merged or not _names_compound(merged[-1]):
            merged.append(row)
            continue
        inner = re.match(r"^\((?P<inner>[^()]*)\)\s*(?P<rest>.*)$", row)
        text = f"{inner['inner']} {inner['rest']}".strip() if inner else row.strip("()")
        merged[-1] = f"{merged[-1]} ({text})"
    return merged


def drug_row(row: str) -> str:
    """A drug label's rows in the words of a Supplement Facts row: ``Magnesium Oxide
    Tablets 420mg`` weighs magnesium oxide (the dosage form is not part of its name),
    ``Magnesium content per tablet: 240 mg`` is magnesium, per tablet."""
    row = re.sub(_DOSAGE_FORM, "", row)
    if content := re.match(_CONTENT, row):
        return f"Magnesium {row[content.end() :].strip()} per {content['unit']}"
    return row


def _names_compound(row: str) -> bool:
    """``Magnesium Taurate 1720 mg``, ``Magnesium Oxide Tablets 400 mg``: a row that
    weighs a named compound and states no magnesium of its own yet."""
    if re.search(_STATES_ELEMENTAL, row):
        return False
    found = re.search(AMOUNT, row)
    head = row[: found.start()] if found else ""
    head = re.sub(_LEAD_IN, "", head)
    return bool(re.sub(r"(?i)\bmagnesium\b|[^a-z]", "", head, flags=re.I))


def serving_size(size: str) -> tuple[int, str | None]:
    """Units in a serving from what follows ``Serving Size``: a count of units
    (``3 Capsules``, ``Two (2) Tablets``), or 1 for a serving weighed or measured out
    (``2.5 gm (1/2 rounded tsp)``, ``1 scoop (3.1 g)``), with a note saying so."""
    found = re.match(_SIZE, size)
    if found is None:
        raise InputError(f"could not read the serving size '{size}'")
    unit = (found["unit"] or "").strip()
    if re.match(_MEASURE, unit):
        return 1, (
            f"Serving size '{size.strip()}' is weighed or measured out: the amounts are "
            "for one serving."
        )
    if found["word"]:
        number = _NUMBER_WORDS[found["word"].lower()]
        if found["digits"] and int(found["digits"]) != number:
            raise InputError(f"the serving size '{size}' states two numbers")
        return number, None
    return _units(found["n"]), None


def _units(text: str) -> int:
    """Units in a serving, read as every count is: whole, 1 to 100 (a half-tablet
    serving is refused with the range, not read as 1 from its '1/2')."""
    if text.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[text.lower()]
    return int(parse_count(text, "the serving size", whole=True, most=MAX_PER_SERVING))


def _lead_in(panel: Panel) -> Panel:
    """The row without a lead-in that says what its amount is for."""
    found = re.match(_LEAD_IN, panel.row)
    if found is None:
        return panel
    units = _units(found["n"]) if found["n"] else panel.serving_units
    per_unit = bool(found["unit"]) and units is None
    serving = found["serving"] or found["measure"]
    what = "one unit" if per_unit else "one serving" if serving else f"{units} units"
    lead = f"'{found.group().strip(' :-')}' read: the amount is for {what}."
    if found["measure"] and units is None:
        units = 1
    return Panel(panel.row[found.end() :], units, panel.ignored, per_unit, lead)


def _is_magnesium_row(line: str) -> bool:
    if not re.search(_MAGNESIUM, line) or re.search(_NOT_A_SOURCE, line):
        return False
    return bool(re.search(AMOUNT, line) or re.search(PERCENT, line))
