"""Label wording that is not a Supplement Facts row, made into one before it is read.

Drug labels and other countries' labels state the same facts in other words: a lead-in
(``Each pale yellow caplets contain``, ``Each tablet of BrandX contains``, ``each 15 mL
contains:``, ``medicinal ingredients: each tablet contains:``), a serving measured by
volume (``per fl oz``, ``in each 15 mL``), the dosage form after the name (``Magnesium
Oxide Tablets 400 mg``), other nutrients on the same line (``calcium 20 mg and
magnesium 595 mg``), German words (``je 90 mg reines Magnesium / Kapsel``,
``Magnesiumcitrat, davon 109 mg Magnesium``) and directions whose volumes are water,
not product (``in 150 ml Wasser``). :func:`reword` rewrites such a row into the words
labels.reading reads and says, in notes, what it read; magnesium stated in mEq or mmol
is taken out for labels.equivalents to check against the mg beside it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.labels import equivalents as eq
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.names import resolves
from mgcalc.core.labels.panel import Panel

_UNIT = (
    r"(?:capsules?|caps|tablets?|tabs|caplets?|softgels?|gumm(?:y|ies)|chews?|lozenges?"
    r"|sachets?|sticks?|kapseln?|tabletten?|gelules?|comprimes?)"
)
_VOLUME = (
    r"(?:(?:\d[\d.,]*\s*)?(?:ml|millilit(?:er|re)s?)|(?:1\s+)?fl\.?\s*oz|tablespoon(?:ful)?s?|tbsp"
    r"|teaspoon(?:ful)?s?|tsp)(?:\s+tablespoon(?:ful)?)?(?:\s*\(\s*\d[\d.,]*\s*(?:ml|g)\s*\))?"
)
_VERB = r"(?:contains?|provides?|supplies|supply|delivers?)"
_PREFIX = r"(?i)^(?:(?:medicinal|active)\s+ingredients?\s*(?:\([^)]*\))?\s*:?\s*)"
_LEAD = (
    rf"(?i)^(?:in\s+)?(?:each|per|one)\s+(?P<what>[^:()]{{1,50}}?(?:\s*\([^)]*\))?)"
    rf"\s+{_VERB}\s*:?\s*(?=\S)"
)
_BRAND_REST = rf"(?i)^of\s+(?P<brand>[^:]{{1,40}}?)\s+{_VERB}\s*:?\s*(?=\S)"
_IN_EACH = r"(?i)\(\s*in\s+each\s+(?P<what>[^)]+)\)"
_WATER = (
    r"(?i)\b(?:mit|in|with|into|dans|met)\s+(?:ca\.?\s*|about\s+|at\s+least\s+)?\d[\d.,]*\s*"
    r"(?:ml|l|oz)\.?\s+(?:of\s+)?(?:wasser|flussigkeit|water|liquid|juice|saft|eau|fluid)\b"
)
_VEHICLE = r"(?i)[;,]?\s?\b(?:in\s+)?water\s+for\s+injections?(?:\s+q\.?\s?s\.?)?"
_CONCENTRATION = (
    r"(?i)^(?:the\s+)?\d+(?:\.\d+)?\s?%\s+(?:w/v\s+)?(?:solution|injection|concentrate)"
    r"\s+contains?\s*:?"
)
_HYDRATE_BRACKET = (
    r"(?i)\b([a-z]+)\s?\(\s*((?:mono|di|tri|tetra|penta|hexa|hepta|octa|nona)hydrate"
    r"|anhydrous)\s*\)"
)
_DIRECTION_WORDS = r"(?i)\s?\b(?:einnehmen|trinken|verzehren|aufl[oö]sen|mix(?:ed)?)\b\.?"
_MEASURES = r"(?:messloffel|beutel|sachets?|scoops?|measures?|sticks?|portionen?)"
_DAILY_UNITS = (
    rf"(?i)^(?:(?:ein|zwei|drei)mal\s+)?(?:(?:taglich|daily|take)\s+(?P<n>\d{{1,2}})\s+"
    rf"(?:(?P<unit>{_UNIT})|{_MEASURES})|(?:taglich\s+)?1\s+{_MEASURES})\b\s*[:,]?\s*"
)
_GERMAN_SALT = (
    r"(?i)\bmagnesium(?P<salt>citrat|oxid|bisglycinat|glycinat|malat|taurat|chlorid|carbonat"
    r"|lactat|gluconat|orotat|aspartat|sulfat|hydroxid|threonat|pidolat)\b"
)
_PER_UNIT_BRACKET = (
    rf"(?i)\(\s*(?:je\s+)?(?P<inner>[^()]*?\d[^()]*?)\s*(?:per|/|pro|je|a)\s*(?P<unit>{_UNIT})\s*\)"
)
_PER_UNIT_INLINE = rf"(?i)\s?(?:\bper\b|/|\bpro\b|\ba\b)\s*(?P<unit>{_UNIT})\b\.?"
_PER_VOLUME = rf"(?i)\s?\b(?:per|in)\s+(?:each\s+)?(?P<vol>{_VOLUME})(?![\w])"
_CONTENT = r"(?i)^magnesium\s+content\b\s*:?\s*"
_SOURCE_OF = r"(?i)^(?:an?\s+)?(?:excellent|good|high|rich)\s+source\s+of\s+"
_FROM_BEFORE = (
    r"(?i)^(?P<mg>magnesium)\s*(?:\(\s*elemental\s*\)\s*)?\b(?P<word>from|as)\s+"
    r"(?P<source>[^()\d]+?)\s+(?=\d)"
)
_DOSAGE_FORM = (
    r"(?i)(?<![\d\s])(?<!\bper)(?<!\bof)\s+(?:oral\s+)?(?:chewable\s+)?"
    r"(?:tablets?|caplets?|capsules?|softgels?)\b(?!\s*(?:contain|provide|deliver|of\b))"
)
_OTHER = (
    r"(?<!magnesium\s)(?:calcium|sodium|potassium|zinc|iron|phosphorus|vitamin\s+\w+"
    r"|melatonin|taurine|l-theanine|theanine|copper|selenium|manganese|boron)"
)
_OTHER_NUTRIENT = (
    rf"(?i)(?:[,;]\s?|\b(?:and|plus|with)\s|\+\s?)?\b{_OTHER}\b(?:\s?\([^)]*\))?"
    r"\s*:?\s*\d[\d.,]*\s*(?:mg|mcg|ug|g)\b\.?"
)
_ALTERNATIVE = (
    rf"(?i)\s?\bor\s+(?P<amount>\d[\d.,]*\s*mg)\s+per\s+(?P<n>\d{{1,2}})[\s-]*{_UNIT}"
    r"(?:\s+serving)?\b\.?"
)
_TIMES = rf"(?i)(?P<amount>\d[\d.,]*\s*mg)\s*x\s*(?P<n>\d{{1,2}})\b(?!\s*{_UNIT})"


_ELEMENTAL_NAMED = (
    r"(?i)\belemental\s+magnesium\s+(?!as\b|from\b|per\b|in\b)(?P<name>[a-z][\w\- ]*?)"
    r"\s*(?=[.,;]|$)"
)


_BARE_AMOUNT = r"\d[\d.,]*\s?(?:mg|mcg|g)\b\.?"


class Said(NamedTuple):
    """What the wording said beyond the row: notes, and magnesium in mEq or mmol."""

    notes: list[str]
    stated: list[eq.Stated]


def reword(panel: Panel) -> tuple[Panel, Said]:
    """``panel`` with its row in the words labels.reading reads, and what was read."""
    row, notes = re.sub(r"\s+", " ", panel.row), []
    per_unit, units = panel.per_unit, panel.serving_units

    def drop(pattern: str, why: str) -> None:
        nonlocal row
        for found in re.finditer(pattern, row):
            notes.append(f"'{found.group().strip(' ,;.')}' {why}")
        row = re.sub(pattern, " ", row)

    drop(_WATER, "is water for the directions, not product: not read.")
    drop(_VEHICLE, "is the vehicle, not magnesium: not read.")
    drop(_CONCENTRATION, "names the solution's strength, not a %DV: the amount is per mL.")
    row = re.sub(_HYDRATE_BRACKET, r"\1 \2", row)  # 'magnesium sulfate (heptahydrate)'
    row = re.sub(r"(?i)(?<=mg)\s*/\s*ml\b", " per mL", row)  # '40 mg/mL'

    row = re.sub(_DIRECTION_WORDS, " ", row).strip()
    row = re.sub(_PREFIX, "", row)
    if daily := re.match(_DAILY_UNITS, row):
        units = int(daily["n"]) if daily["n"] and daily["unit"] else 1
        notes.append(f"'{daily.group().strip(' :,')}' read: a serving is {units} unit(s).")
        row = row[daily.end() :]
    if brand_first := _product_name(row):  # 'Mag-Ox 400 (magnesium oxide 400 mg) tablets'
        notes.append(f"'{brand_first}' is the product's name: read past.")
        row = row[len(brand_first) :]
    if lead := re.match(_LEAD, row):
        per_unit, units, note = _lead(lead["what"], per_unit, units)
        notes.append(f"'{lead.group().strip(' :')}' read: {note}.")
        row = row[lead.end() :]
    if brand := re.match(_BRAND_REST, row):
        notes.append(f"'{brand['brand']}' is the product's name: read past.")
        row = row[brand.end() :]
    for line in panel.ignored:
        if each := re.search(_IN_EACH, line):
            per_unit, units, note = _lead(each["what"], per_unit, units)
            notes.append(f"'{each.group().strip('()')}' read: {note}.")
    row = re.sub(_GERMAN_SALT, lambda m: f"magnesium {_german(m['salt'])}", row)
    row = re.sub(r"(?i)\breines\s+magnesium\b", "elemental magnesium", row)
    row = re.sub(r"(?i)\bdavon\b", "providing", row)
    row = re.sub(r"(?i)\b(?:ca\.|approx\.?|about|je)\s?(?=\d)", "", row)
    for glued in re.finditer(r"(?<![\w.,])(\d[\d.,]*)\s?Mg\b", row):  # '(250 Mg)'
        notes.append(f"'{glued.group()}' read as {glued[1]} mg: drug labels write Mg for mg.")
    row = re.sub(r"(?<![\w.,])(\d[\d.,]*\s?)Mg\b", r"\1mg", row)
    if not re.search(lt.AMOUNT, _outside(row)):  # 'Magnesium oxide (250 mg)': the figure
        row = re.sub(rf"\(\s*({_BARE_AMOUNT})\s*\)", r" \1 ", row, count=1)
    if inner := re.search(_PER_UNIT_BRACKET, row):
        per_unit = True
        notes.append(f"'{inner.group().strip('()')}' read: the amount is for one unit.")
        row = row[: inner.start()] + f" {inner['inner']} " + row[inner.end() :]
    if alternative := re.search(_ALTERNATIVE, row):
        notes.append(
            f"'{alternative.group().strip()}' states the same for {alternative['n']} units: "
            "the line's first figure is read."
        )
        row = row[: alternative.start()] + row[alternative.end() :]
    if times := re.search(_TIMES, row):
        units = int(times["n"])
        notes.append(f"'{times.group()}' read: {times['amount']} a unit, {units} units a serving.")
        per_unit = True
        row = row[: times.start()] + times["amount"] + row[times.end() :]
    if inline := re.search(_PER_UNIT_INLINE, row):
        per_unit = per_unit or units is None
        row = row[: inline.start()] + " " + row[inline.end() :]
    if volume := re.search(_PER_VOLUME, row):
        notes.append(_volume_note(volume["vol"]))
        row = row[: volume.start()] + " " + row[volume.end() :]
    if re.search(r"(?i)magnes", re.sub(_OTHER_NUTRIENT, " ", row)):
        drop(_OTHER_NUTRIENT, "is another nutrient: not read.")
    row = re.sub(r"(?i)^\s*(?:and|plus|with)\b\s*", "", row)
    row = re.sub(_ELEMENTAL_NAMED, _as_source, row)
    row = re.sub(_CONTENT, "Magnesium ", row)
    row = re.sub(_SOURCE_OF, "", row)
    row = re.sub(_FROM_BEFORE, lambda m: f"{m['mg']} ({m['word']} {m['source']}) ", row)
    row = re.sub(_DOSAGE_FORM, " ", row)
    if not _outside(row).strip(" .,;:") and re.match(r"\s*\(", row):  # all of it in brackets
        row = re.sub(r"^\s*\(([^()]*)\)", r"\1", row)
    row, stated = eq.take(row, notes)
    row = re.sub(r"\s+", " ", row).strip(" ,;")
    changed = panel._replace(row=row, per_unit=per_unit, serving_units=units)
    return changed, Said([re.sub(r"\s+", " ", note) for note in notes], stated)


def _product_name(row: str) -> str | None:
    """The name of an OTC product mgcalc knows (data/products.toml) that starts ``row``
    and is followed by what it contains; its number (Mag-Ox 400) is no amount."""
    from mgcalc.data.products import products

    for product in products():
        for name in (product.name.split(" (")[0], *product.aliases):
            spelled = r"[\s\-]?".join(re.escape(part) for part in re.split(r"[\s\-]+", name))
            found = re.match(rf"(?i)\s*{spelled}(?![\w])", row)
            rest = row[found.end() :] if found else ""
            unit_next = re.match(r"(?i)\s*m?c?g\b", rest)
            if found and re.search(lt.AMOUNT, rest) and not unit_next:
                return None if resolves(found.group()) else found.group()  # 'Epsom salt 1 g'

    return None


def _outside(row: str) -> str:
    """``row`` without its bracketed parts (one level, as labels print them)."""
    return re.sub(r"\([^()]*\)", " ", row)


def _as_source(found: re.Match[str]) -> str:
    """``84 mg of elemental magnesium L-lactate dihydrate``: the salt it comes as."""
    if not resolves(found["name"]):
        return found.group()
    return f"elemental magnesium (as {found['name']})"


def _lead(what: str, per_unit: bool, units: int | None) -> tuple[bool, int | None, str]:
    """What a lead-in's subject says the amount is for."""
    what = re.sub(r"(?i)\s+of\s+.*$", "", what)  # 'tablet of BrandX'
    if re.search(_VOLUME, what, re.I) and not re.search(_UNIT, what, re.I):
        amount = what.strip() if re.match(r"\d", what.strip()) else f"1 {what.strip()}"
        volume = f"the amount is for {amount}, a serving measured by volume"
        return per_unit, units or 1, volume
    if re.search(_UNIT, what, re.I):
        return units is None, units, "the amount is for one unit"
    return per_unit, units or 1, "the amount is for one serving"


def _volume_note(volume: str) -> str:
    return (
        f"'{volume.strip()}' read: the amount is for {volume.strip()}, a serving measured by "
        "volume (one serving)."
    )


_GERMAN = {"oxid": "oxide", "chlorid": "chloride", "hydroxid": "hydroxide"}


def _german(salt: str) -> str:
    """``citrat`` -> ``citrate``: German salt names end without the English 'e'."""
    salt = salt.lower()
    return _GERMAN.get(salt, salt + "e")
