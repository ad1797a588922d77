"""A panel's other magnesium rows, held against the row read: the same magnesium
said again, its source, or a contradiction.

A page often states one product's magnesium more than once: a Supplement Facts row
and a source row naming its compound (``Magnesium L-Threonate (as Magtein®) 2000
mg`` under ``Magnesium (as magnesium L-threonate) 144 mg``), the rows that make it up
(``117 mg of magnesium from 900 mg ... bisglycinate``, ``33 mg of magnesium from 63
mg of magnesium oxide`` under ``Magnesium 150 mg``), or a drug's "Magnesium content
per tablet". Those rows are the row read, counted once, and checked against it.
Where they disagree (a front panel's ``Magnesium Oxide Tablets 420mg`` beside Drug
Facts' 400 mg, two magnesium figures for one tablet, one number called both magnesium
and magnesium citrate) the label is read both ways, the UL held against the higher,
and the contradiction is a warning. A row that is none of these is another product's
(``further_rows``), as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from mgcalc.core.chemistry.forms import Form, display_name
from mgcalc.core.errors import MgcalcError
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.names import resolve_name
from mgcalc.core.labels.parsed import ParsedLabel, with_warnings

# a row that restates a product's magnesium rather than adding a product
_RESTATES = (
    r"(?i)\bcontent\b|\bper\s+(?:tablet|capsule|caplet|softgel|unit|dose|serving)\b"
    r"|\belemental\b|\bgehalt\b|\bteneur\b"
)
_SAME = 0.01  # two figures within 1% (and half a mg) are one figure printed twice


def families(forms: Sequence[Form]) -> set[str]:
    """The salts ``forms`` are, brands and raw materials by the salt they are of."""
    return {form.record.family if form.record is not None else form.id for form in forms}


def same_compound(names: Sequence[str], forms: Sequence[str]) -> bool:
    """``['L-Threonate']`` and ``['Magtein']`` name one salt (a brand in the bracket)."""
    try:
        first = families([resolve_name(name, []) for name in names])
        second = families([resolve_name(name, []) for name in forms])
    except MgcalcError:
        return False
    return bool(first) and first == second


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.5, _SAME * max(a, b))


def relate(parsed: ParsedLabel, parse_row: Callable[[str], ParsedLabel]) -> ParsedLabel:
    """``parsed`` with its panel's other magnesium rows read against it."""
    if parsed.figure_is != "elemental" or parsed.amount_range is None:
        return parsed
    low, high = parsed.amount_range
    forms, compound = parsed.forms, parsed.compound_mg
    unrelated: list[str] = []
    related: list[str] = []
    parts: list[tuple[str, ParsedLabel]] = []
    notes: list[str] = []
    contradictions: list[str] = []
    for row in parsed.further_rows:
        try:
            other = parse_row(row)
        except MgcalcError:
            unrelated.append(row)
            continue
        amount = other.amount_mg
        akin = not other.forms or not forms or families(other.forms) == families(forms)
        if amount is None or not akin:
            unrelated.append(row)
        elif other.figure_is == "compound":
            supplies = other.compound_supplies_mg
            if compound is not None and not _same(compound, amount) and supplies:
                contradictions.append(_two_weights(parsed, other, row, supplies))
                low, high = min(low, supplies[0]), max(high, supplies[1])
            elif compound is None and _same(amount, high) and supplies and supplies[1] < low:
                contradictions.append(_both_names(other, row, supplies))
                low = min(low, supplies[0])
            else:
                if compound is None:
                    compound, forms = amount, other.forms or forms
                related.append(row)
                notes.append(
                    f"'{row}' weighs the compound of the magnesium row: its source, counted once."
                )
        elif other.compound_mg is not None and compound is None and amount < low:
            parts.append((row, other))
        elif _same(amount, high) and _same(other.amount_max_mg or amount, high):
            related.append(row)
            notes.append(f"'{row}' states the same magnesium again: counted once.")
        elif re.search(_RESTATES, row):
            contradictions.append(
                f"The label states two amounts of magnesium for one serving: "
                f"{lt.plain(high)} mg ('{parsed.line}') and {lt.plain(amount)} mg ('{row}'): "
                f"read both ways, {lt.plain(min(low, amount))}-{lt.plain(max(high, amount))} "
                "mg, the UL held against the higher."
            )
            low, high = min(low, amount), max(high, amount)
        else:
            unrelated.append(row)
    if parts:
        total = sum(other.amount_mg or 0.0 for _, other in parts)
        if _same(total, parsed.amount_mg or 0.0):
            related += [row for row, _ in parts]
            part_forms = [form for _, other in parts for form in other.forms]
            forms = forms or tuple({form.id: form for form in part_forms}.values())
            shown = " + ".join(f"{lt.plain(other.amount_mg or 0)} mg" for _, other in parts)
            notes.append(
                f"The rows under the magnesium row give its sources ({shown}): counted once."
            )
        else:
            unrelated += [row for row, _ in parts]
    if not (related or contradictions):
        return parsed
    return with_warnings(
        replace(
            parsed,
            forms=tuple(forms),
            amount_mg=low,
            amount_max_mg=high if high != low else None,
            compound_mg=compound,
            notes=(*parsed.notes, *notes),
            further_rows=tuple(unrelated),
            related_rows=tuple(related),
            contradictions=tuple(contradictions),
        )
    )


def _two_weights(
    parsed: ParsedLabel, other: ParsedLabel, row: str, supplies: tuple[float, float]
) -> str:
    names = ", ".join(display_name(form.id) for form in other.forms) or "the compound"
    return (
        f"The label weighs the compound two ways: {lt.plain(parsed.compound_mg or 0)} mg "
        f"('{parsed.line}') and {lt.plain(other.amount_mg or 0)} mg ('{row}'); "
        f"{lt.plain(other.amount_mg or 0)} mg of {names} holds about "
        f"{lt.plain(round(supplies[1], 2))} mg of magnesium: read both ways, the UL held "
        "against the higher."
    )


def _both_names(other: ParsedLabel, row: str, supplies: tuple[float, float]) -> str:
    names = ", ".join(display_name(form.id) for form in other.forms) or "the compound"
    amount = lt.plain(other.amount_mg or 0)
    return (
        f"The label calls {amount} mg both magnesium and {names} ('{row}'): as {names} it "
        f"holds about {lt.plain(round(supplies[1], 2))} mg of magnesium. Read both ways, the "
        "UL held against the higher."
    )
