"""Read a label line: which forms, and is the figure elemental or compound?

US convention (21 CFR 101.36): on a Supplement Facts line ``Magnesium (as magnesium
citrate) 200 mg`` the figure is elemental magnesium. A line that names the salt
itself (``Magnesium citrate 500 mg``) gives the compound weight, the commonest
misreading: 500 mg of magnesium citrate supplies about 80 mg. Lines may state both
(``... 200 mg (from 1000 mg magnesium bisglycinate)``, ``glycinate complex 1330 mg
providing 200 mg magnesium``): then the compound must be able to supply the
magnesium, or another source (oxide, in "buffered" products) was added.

:func:`parse_label` is pure: text in, :class:`ParsedLabel` out, no reference values
(those are applied by labels.assess), so ``check --supplement`` and the cabinet
can call it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.labels import commas, equivalents, salts, wording
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.groups import split_groups
from mgcalc.core.labels.names import (
    resolve_all,
    resolves,
    split_forms,
)
from mgcalc.core.labels.panel import Panel, drug_row, split_panel
from mgcalc.core.labels.parsed import ParsedLabel, with_warnings
from mgcalc.core.labels.percents import StatedPercent, read_percents
from mgcalc.core.labels.related import relate, same_compound
from mgcalc.core.labels.unread import refuse_unread

_SOURCE = (
    r"(?i)^(?:as|from|supplied\s+(?:as|by)|provided\s+(?:as|by)|source:?|in\s+the\s+form\s+of"
    r"|sous\s+forme\s+de|en\s+forma\s+de)\b\s*"
)
_ELEMENTAL = (
    r"(?i)\b(?:elemental|providing|provides?|supplying|supplies|yielding|yields?|delivering"
    r"|delivers?|equivalent\s+to|equiv\.?|which\s+provides?|of\s+which|davon|dont|waarvan)\b"
)
_ELEMENT = r"(?:magnesium|magnesio|magnez(?:ium|iu)?|mg)"  # the element, in the EU's languages
_MAGNESIUM_WORD = rf"(?i)^\s*(?:elemental\s+)?{_ELEMENT}\b\s*"
_UNIT_WORDS = r"(?:capsules?|caps|tablets?|tabs|softgels?|gummies|scoops?)"
_PER_UNITS = (
    rf"(?i)\bper\s+(?P<n>\d{{1,2}})\s+{_UNIT_WORDS}\b|\(\s*(?P<m>\d{{1,2}})\s*{_UNIT_WORDS}\s*\)"
)


def parse_label(text: str) -> ParsedLabel:
    """Parse one label line or a pasted panel, or raise :class:`InputError` naming the
    unreadable part."""
    panel = split_panel(lt.clean(text))
    parsed = _parse_row(text, panel)
    if parsed.further_rows:  # the same magnesium said again, its source, or another product
        return relate(parsed, lambda row: _parse_row(row, split_panel(drug_row(row))))
    return parsed


@dataclass
class _Reading:
    forms: list[str] = field(default_factory=list)
    bare_forms: list[str] = field(default_factory=list)
    elemental: lt.Amount | None = None
    compound: lt.Amount | None = None
    compound_names: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    percents: list[re.Match[str]] = field(default_factory=list)
    fill_units: int = 1
    salt_parts: list[salts.SaltWeight] = field(default_factory=list)


def _parse_row(original: str, panel: Panel) -> ParsedLabel:
    printed = panel.row
    panel, said = wording.reword(panel)
    try:
        return _read_row(original, panel, said)
    except MgcalcError as exc:  # name the line as printed, not as reworded
        exc.message = exc.message.replace(f"'{panel.row}'", f"'{printed}'")
        raise


def _read_row(original: str, panel: Panel, said: wording.Said) -> ParsedLabel:
    row = panel.row
    outside, groups = split_groups(row)
    reading = _Reading()
    for group in groups:
        _read_group(group, reading, row)
    units = re.search(_PER_UNITS, row)
    serving_units = panel.serving_units or (int(units["n"] or units["m"]) if units else None)
    outside = re.sub(_PER_UNITS, " ", outside)
    reading.percents += re.finditer(lt.PERCENT, outside)
    outside = _source_tail(re.sub(lt.PERCENT, " ", outside), reading)
    figure_is = _read_outside(outside, lt.amounts(outside), reading, row)
    if panel.lead_in:
        reading.notes.append(panel.lead_in)
    reading.notes += said.notes
    names = reading.forms or reading.compound_names
    unlisted: list[str] | None = [] if figure_is == "elemental" else None
    forms = tuple(resolve_all(names, reading.descriptors, row, unlisted))
    stated, percent_notes = read_percents(reading.percents, row)
    reading.notes += percent_notes
    first = stated[0] if stated else StatedPercent(None, "", "")
    percent, display, basis = first.value, first.display or None, first.basis or None
    reading.elemental, reading.compound = commas.settle_both(
        reading.elemental, reading.compound, row, figure_is, forms, percent, basis
    )
    reading.notes += [a.note for a in (reading.elemental, reading.compound) if a and a.note]
    if figure_is == "elemental" and reading.elemental and reading.compound:
        forms, hydrate = salts.fitting_hydrate(
            forms, reading.elemental.low, reading.compound.low * reading.fill_units
        )
        reading.notes += [hydrate] if hydrate else []
    figure = reading.elemental if figure_is == "elemental" else reading.compound
    if figure is None and display is None:  # '<1%' is a statement too (0 to 1% of the DV)
        raise InputError(f"could not find an amount (such as '200 mg') in '{row}'")
    compound = reading.compound
    compound_mg = None
    if compound is not None:
        compound_mg = compound.low * (reading.fill_units if figure_is == "elemental" else 1)
    parsed = ParsedLabel(
        text=original,
        line=row,
        forms=forms,
        figure_is=figure_is,
        amount_mg=None if figure is None else figure.low,
        amount_max_mg=None if figure is None or figure.high == figure.low else figure.high,
        compound_mg=compound_mg if compound is None or compound.high == compound.low else None,
        stated_percent=percent,
        stated_percent_display=display,
        percent_basis=basis,
        serving_units=serving_units,
        per_unit=panel.per_unit,
        descriptors=tuple(dict.fromkeys(reading.descriptors)),
        ignored=panel.ignored,
        notes=tuple(reading.notes),
        unlisted=tuple(unlisted or ()),
        more_percents=tuple(stated[1:]),
        further_rows=panel.further_rows,
        compound_parts=salts.weighed_parts(
            reading.salt_parts,
            reading.descriptors,
            reading.fill_units if figure_is == "elemental" else 1,
        ),
    )
    return equivalents.settle(with_warnings(parsed), said.stated)


def _read_group(group: str, reading: _Reading, row: str) -> None:
    if not group or re.fullmatch(_PER_UNITS, f"({group})"):  # '(2 caps)': the serving size
        return
    bare = re.sub(lt.PERCENT, " ", group)
    if found := list(re.finditer(lt.PERCENT, group)):
        reading.percents += found
        if not bare.strip(" ,;:-"):
            return
    found_amounts = lt.amounts(bare)
    source = re.match(_SOURCE, bare)
    if source:
        rest = bare[source.end() :]
        if found_amounts:
            _compound_statement(rest, lt.amounts(rest), reading)
        else:
            reading.forms += split_forms(rest, reading.descriptors)
        return
    keyword = re.search(_ELEMENTAL, bare)
    salt = found_amounts and _head_names(bare[: found_amounts[0].start], _Reading())
    if found_amounts and (keyword or (re.match(_MAGNESIUM_WORD, bare) and not salt)):
        reading.elemental = reading.elemental or found_amounts[-1]
        ahead = keyword is not None and keyword.start() < found_amounts[-1].start
        before = bare[: keyword.start()] if keyword and ahead else ""
        if weights := lt.amounts(before):  # '1 g magnesium citrate, providing 109 mg'
            _compound_statement(before, weights, reading)
        return
    if found_amounts:
        _compound_statement(bare, found_amounts, reading)
        return
    names = split_forms(bare, reading.descriptors)
    if names and all(resolves(name) for name in names):
        reading.bare_forms += names
    elif names:
        reading.notes.append(f"'({group})' was not read.")


def _compound_statement(rest: str, found: list[lt.Amount], reading: _Reading) -> None:
    """``from 1000 mg magnesium bisglycinate``, ``as magnesium chloride 535 mg``, ``as 2
    capsules of 500 mg glycinate``: the salts and their weights (labels.salts)."""
    statement = salts.read_statement(rest, found, reading.descriptors)
    if statement.fill_units:
        reading.fill_units = statement.fill_units
    if reading.compound is None:
        reading.compound = salts.total(statement.parts)
        reading.salt_parts = statement.parts
    reading.compound_names += [name for part in statement.parts for name in part.names]


_TAIL = r"(?i)\s(?:from|as)\s+(?=\S)"


def _source_tail(outside: str, reading: _Reading) -> str:
    """``Magnesium 200 mg from 2 capsules of 500 mg glycinate``: a source clause after
    the figure without brackets is read as if it were bracketed."""
    first = re.search(lt.AMOUNT, outside)
    tail = re.compile(_TAIL).search(outside, first.end()) if first else None
    if tail is None:
        return outside
    _read_group(outside[tail.start() :].strip(), reading, outside)
    return outside[: tail.start()]


def _read_outside(outside: str, found: list[lt.Amount], reading: _Reading, row: str) -> str:
    """Which amount outside the groups is elemental and which compound; the figure kind."""
    head = outside[: found[0].start] if found else outside
    keyword = re.search(_ELEMENTAL, outside)
    after = [a for a in found if keyword is not None and a.start > keyword.start()]
    if keyword is not None and not after and keyword.group().lower() == "elemental":
        # '150 mg elemental': the amount just before the word is the elemental one
        between = [re.sub(r"(?i)\bof\b", "", outside[a.end : keyword.start()]) for a in found]
        after = [a for a, gap in zip(found, between, strict=True) if not gap.strip(" ,:-")]
    if keyword is not None and after:
        reading.elemental = after[0]
        before = [a for a in found if a.start < after[0].start]
        if before:
            reading.compound = before[-1]
        named = outside[: min(found[0].start, keyword.start())] if found else head
        if before and not _head_names(named, _Reading()):  # '6.5 g of X, equivalent to'
            clause = outside[before[-1].end : min(keyword.start(), after[0].start)]
            named = re.sub(r"(?i)^\s*of\b", "", clause).rstrip(" =")
        reading.compound_names += _head_names(named, reading)
        return "elemental"
    refuse_unread(outside, head, row, bool(found))
    head_names = _head_names(head, reading) or _amount_first(head, outside, found, reading)
    mentions = re.search(r"magne[sz]", row, re.I) or re.match(r"\s*Mg\b", row)
    if not mentions and not all(map(resolves, head_names or ["?"])):
        raise InputError(f"could not find magnesium in '{row}'")
    if head_names and not reading.forms:
        reading.compound_names = (reading.bare_forms or head_names) + reading.compound_names
        if found and reading.elemental is None:
            reading.compound = found[0]
            return "compound"
        if found:
            reading.compound = reading.compound or found[0]
        else:
            reading.forms = head_names
        return "elemental"
    if head_names and reading.forms and same_compound(head_names, reading.forms):
        # 'Magnesium L-Threonate (as Magtein) 2000 mg': the row weighs the salt it names,
        # and the bracket names its brand, not the magnesium's source
        reading.compound_names = reading.forms + reading.compound_names
        reading.forms = []
        if found and reading.elemental is None:
            reading.compound = found[0]
            return "compound"
    reading.forms = reading.forms or reading.bare_forms
    if found and reading.elemental is not None and reading.compound is None:
        reading.compound = found[0]  # '535 mg (elemental magnesium 64 mg)': the salt's weight
    elif found:
        reading.elemental = found[0]
    return "elemental"


def _amount_first(head: str, outside: str, found: list[lt.Amount], reading: _Reading) -> list[str]:
    """``400 mg magnesium oxide``: a line that starts with its one amount names the
    form after it, as ``Magnesium oxide 400 mg`` does before it (it was read as 400 mg
    of magnesium, the name unread). Only names that all resolve count."""
    if len(found) != 1 or head.strip(" :-,"):
        return []
    descriptors: list[str] = []
    after = re.sub(r"(?i)^\s*of\b", "", outside[found[0].end :])  # '1200 mg of magnesium hydroxide'
    names = _head_names(after, _Reading(descriptors=descriptors))
    if not names or not all(map(resolves, names)):
        return []
    reading.descriptors += descriptors
    return names


def _head_names(head: str, reading: _Reading) -> list[str]:
    """``Magnesium glycinate complex`` -> ``['glycinate']``; ``Magnesium`` -> ``[]``."""
    head = re.sub(r"[:,\-]+\s*$", " ", head)
    head = re.sub(r"^[\s:\-]+", "", head)
    if not re.sub(_MAGNESIUM_WORD, "", head, count=1).strip(" :-,"):
        return []
    return split_forms(head, reading.descriptors)
