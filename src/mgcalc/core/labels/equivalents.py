"""Magnesium a label states in mEq or mmol, converted and checked against its mg.

Drug labels state magnesium both ways (``7mEq (84 Mg) magnesium``, ``4mmol (97.2 mg)
magnesium``, ``84.5 mg. Elemental Magnesium (6.93 mEq.)``). The mEq or mmol figure
counts magnesium atoms, so it says which mg figure is magnesium: ``magnesium
glycerophosphate 97.2mg (4mmol)`` is 97.2 mg of magnesium, not of the salt. A figure
that fits neither reading is a contradiction, warned of; a line with no mg figure is
read from its mEq or mmol (converted with the atomic weight and valence of
constants.toml).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from mgcalc.core.labels import text as lt
from mgcalc.core.labels.parsed import ParsedLabel, printed_step, with_warnings
from mgcalc.data.chemistry import constants

_NUMBER = r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>meq|mmol)\b\.?"
_GIVES = r"(?:equivalent\s+to|which\s+provides?|provides?|providing)\s+"
_PER_ML = r"(?:\s*/\s*ml\b|\s+per\s+ml\b)?"
_CLAUSE = (
    rf"(?i)(?:\s*[=,;]\s*|\s+or\s+|\s+and\s+)?(?:{_GIVES})?\(?\s*{_NUMBER}{_PER_ML}(?:\s*\))?"
    r"(?:\s+each\s+of\s+magnesium(?:\s*\(mg\+\+\))?(?:\s+and\s+\w+(?:\s*\([^)]*\))?)?"
    r"|\s+(?:of\s+)?(?:elemental\s+)?(?:magnesium|mg)\b(?!\s*\d))?"
)
_AMOUNT = r"(?P<amount>\d[\d.,]*\s*(?:mg|g)\b\.?)"
_BEFORE = rf"(?i){_NUMBER}\s*\(\s*{_AMOUNT}\s*\)"
_AFTER = rf"(?i)(?<![\w.,]){_AMOUNT}\s*\(\s*{_NUMBER}\s*\)"
_TOLERANCE = 0.02  # labels round the factor they convert with (84.5 mg printed as 6.93 mEq)


class Stated(NamedTuple):
    """``value`` ``unit`` (mEq or mmol) as printed, and the magnesium it counts, mg."""

    value: float
    unit: str
    text: str

    @property
    def mg(self) -> float:
        mmol = self.value / (constants().valence if self.unit == "mEq" else 1)
        return mmol * constants().mg_per_mmol

    @property
    def slack(self) -> float:
        """Half the last printed digit, in mg (7 mEq: 6.5 to 7.5 mEq)."""
        text = lt.plain(self.value)
        half = 0.5 * 10.0 ** -len(text.split(".")[1]) if "." in text else 0.5
        return self.mg * half / self.value if self.value else 0.0

    def fits(self, mg: float) -> bool:
        margin = max(self.slack + printed_step(mg), _TOLERANCE * self.mg)
        return abs(mg - self.mg) <= margin


def take(row: str, notes: list[str]) -> tuple[str, list[Stated]]:
    """``row`` without its mEq and mmol figures, and those figures. A row whose only
    figure is one is given its mg instead (``Magnesium 10 mEq`` reads as 121.53 mg)."""
    stated: list[Stated] = []
    for pattern in (_BEFORE, _AFTER):  # '4mmol (97.2 mg)', '97.2mg (4mmol)'
        row = re.sub(pattern, lambda found: _pair(found, stated), row)
    for found in re.finditer(_CLAUSE, row):
        unit = "mEq" if found["u"].lower() == "meq" else "mmol"
        stated.append(Stated(float(found["n"].replace(",", ".")), unit, found.group().strip()))
    if not stated:
        return row, []
    rest = re.sub(_CLAUSE, " ", row)
    if not re.search(lt.AMOUNT, rest):
        first = stated[0]
        mg = lt.plain(round(first.mg, 2))
        notes.append(f"'{lt.plain(first.value)} {first.unit}' read as {mg} mg of magnesium.")
        rest = re.sub(_CLAUSE, f" {mg} mg ", row, count=1)
        rest = re.sub(_CLAUSE, " ", rest)
    return rest, stated


def _pair(found: re.Match[str], stated: list[Stated]) -> str:
    """A mg figure with its mEq or mmol in brackets: magnesium, where they agree."""
    unit = "mEq" if found["u"].lower() == "meq" else "mmol"
    figure = Stated(float(found["n"].replace(",", ".")), unit, found.group().strip())
    stated.append(figure)
    amounts = lt.amounts(found["amount"])
    if amounts and figure.fits(amounts[0].low):
        return f" {found['amount']} elemental magnesium "
    return f" {found['amount']} "


def settle(parsed: ParsedLabel, stated: list[Stated]) -> ParsedLabel:
    """The line read with its mEq and mmol figures: each checked against the mg figure;
    a figure read as a salt's weight that the mEq or mmol show is magnesium is re-read
    as magnesium."""
    amount = parsed.amount_mg
    if not stated and amount is not None:
        return _whole_mmol(parsed, amount)
    if not stated or amount is None:
        return parsed
    notes, warnings = list(parsed.notes), []
    for figure in stated:
        said = f"'{lt.plain(figure.value)} {figure.unit}' is {lt.plain(round(figure.mg, 1))} mg"
        if parsed.figure_is == "compound" and figure.fits(amount):
            holds = parsed.compound_supplies_mg
            held = f" (that much salt holds {lt.plain(round(holds[1], 1))} mg)" if holds else ""
            notes.append(
                f"{said} of magnesium, so the line's {lt.plain(amount)} mg is magnesium, not the "
                f"weight of the salt{held}."
            )
            parsed = replace(parsed, figure_is="elemental", compound_mg=None)
        elif figure.fits(amount) or _fits_salt(parsed, figure):
            notes.append(f"{said} of magnesium: it fits the line's figures.")
        else:
            other = "mmol" if figure.unit == "mEq" else "mEq"
            warnings.append(
                f"{said} of magnesium, but the line states {lt.plain(amount)} mg: the figures "
                f"contradict each other (1 mmol of magnesium is 2 mEq; was {other} meant?)."
            )
    contradictions = (*parsed.contradictions, *warnings)  # label --strict exits 3
    return with_warnings(replace(parsed, notes=tuple(notes), contradictions=contradictions))


def _fits_salt(parsed: ParsedLabel, figure: Stated) -> bool:
    holds = parsed.compound_supplies_mg if parsed.figure_is == "compound" else None
    return bool(holds) and any(figure.fits(value) for value in holds or ())


def _whole_mmol(parsed: ParsedLabel, amount: float) -> ParsedLabel:
    """A salt's figure printed with decimals that is a whole number of mmol of magnesium
    (``magnesium citrate 97.2mg``: 4 mmol) reads two ways, as medicines name strength by
    their magnesium and shops by the salt: both are kept, the UL held on the higher."""
    text = lt.plain(amount)
    if parsed.figure_is != "compound" or parsed.amount_max_mg or "." not in text:
        return parsed
    mmol = amount / constants().mg_per_mmol
    whole = round(mmol)
    half_digit = 0.5 * 10.0 ** -len(text.split(".")[1])
    if whole < 1 or abs(amount - whole * constants().mg_per_mmol) > half_digit:
        return parsed
    holds = parsed.compound_supplies_mg
    held = f"; as the salt's weight it holds {lt.plain(round(holds[1], 1))} mg" if holds else ""
    warning = (
        f"{text} mg is {whole} mmol of magnesium to the printed digit: medicines are often named "
        f"by their magnesium (UK: 'magnesium glycerophosphate 97.2mg (4mmol)'){held}. The line "
        "reads both ways: both are shown, and the UL is held against the higher."
    )
    kept = [w for w in parsed.warnings if not w.startswith("The figure is the weight of")]
    return replace(parsed, maybe_magnesium=True, warnings=(*kept, warning))
