"""Read a label line: which forms, and is the figure elemental or compound?

US convention (21 CFR 101.36): on a Supplement Facts line ``Magnesium (as magnesium
citrate) 200 mg`` the figure is elemental magnesium. A line that names the salt
itself (``Magnesium citrate 500 mg``) gives the compound weight, the commonest
misreading: 500 mg of magnesium citrate supplies about 80 mg.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.forms import Form, resolve
from mgcalc.core.quantity import parse_mg

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "\u00a0": " ", "µ": "u", "μ": "u"})
_AMOUNT = re.compile(
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*"
    r"(?P<unit>milligrams?|mg|grams?|g|mcg|ug|micrograms?)\.?(?![a-z])",
    re.I,
)
_PERCENT = re.compile(r"(?P<percent>\d+(?:\.\d+)?|<\s*1)\s*%\s*(?:dv|daily value|nrv)?", re.I)
_SOURCE_CLAUSE = re.compile(r"\((?:as|from|supplied as|provided as)\s+(?P<forms>[^)]*)\)", re.I)
_ELEMENTAL_WORDS = re.compile(r"\belemental\b|\bproviding\b|\bsupplying\b|\byields?\b", re.I)


@dataclass(frozen=True)
class ParsedLabel:
    text: str
    forms: list[Form]
    figure_is: str  # "elemental" or "compound"
    amount_mg: float  # the figure as printed, in mg
    stated_percent: str | None
    warnings: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    text = text.translate(_DASHES)
    return re.sub(r"[*†‡§]+", " ", text).strip()


def _split_forms(text: str) -> list[str]:
    parts = re.split(r",|;|/|\band\b|&|\+", text, flags=re.I)
    return [p.strip() for p in parts if p.strip()]


def _resolve_all(names: list[str], line: str) -> list[Form]:
    forms = []
    for name in names:
        try:
            forms.append(resolve(name))
        except MgcalcError as exc:
            raise InputError(f"could not read the form '{name}' in '{line}': {exc}") from None
    return forms


def _is_form(text: str) -> bool:
    try:
        resolve(text.strip())
    except MgcalcError:
        return False
    return True


def _elemental_amount(text: str, amounts: list[re.Match[str]]) -> tuple[re.Match[str], bool]:
    """The figure to read, and whether the line itself calls it elemental.

    ``Magnesium glycinate 1000 mg (providing 140 mg elemental magnesium)``: the
    amount next to "elemental"/"providing" wins over the compound weight."""
    for match in amounts:
        around = text[max(0, match.start() - 15) : match.end() + 25]
        if _ELEMENTAL_WORDS.search(around) and (len(amounts) == 1 or match is not amounts[0]):
            return match, True
    return amounts[0], False


def parse_label(line: str) -> ParsedLabel:
    """Parse one label line, or raise :class:`InputError` naming the unreadable part."""
    text = _clean(line)
    if not text:
        raise InputError("empty label line")
    amounts = list(_AMOUNT.finditer(text))
    if not amounts:
        raise InputError(f"could not find an amount (such as '200 mg') in '{line}'")
    chosen, elemental_hint = _elemental_amount(text, amounts)
    clause = _SOURCE_CLAUSE.search(text)
    head = text[: min(amounts[0].start(), clause.start() if clause else len(text))]
    mentions_magnesium = re.search(r"magnes", text, re.I) or re.search(r"\bMg", text)
    if not mentions_magnesium and not _is_form(head):
        raise InputError(f"could not find magnesium in '{line}'")
    amount_mg = parse_mg(f"{chosen['number']} {chosen['unit']}")
    percent = None
    rest = text[chosen.end() :]
    if found := _PERCENT.search(rest):
        percent = found["percent"].replace(" ", "")
    head_form = re.sub(r"^\s*(?:elemental\s+)?magnesium\b|\bmg\b", "", head, flags=re.I)
    head_form = re.sub(r"[():\-]", " ", head_form).strip(" ,")
    names = _split_forms(clause["forms"]) if clause else []
    if clause or elemental_hint or not head_form:
        figure_is = "elemental"
        if not names and head_form:
            names = _split_forms(head_form)
    else:
        figure_is = "compound"
        names = _split_forms(head_form)
    names = [re.sub(r"^magnesium\s+", "", n, flags=re.I) for n in names]
    forms = _resolve_all(names, line)
    warnings = []
    if figure_is == "compound":
        warnings.append(
            f"{chosen.group().strip()} is the weight of the compound, not of magnesium: "
            "a US Supplement Facts panel would state the elemental amount."
        )
    if figure_is == "elemental" and not forms:
        warnings.append("No form named: the figure is read as elemental magnesium.")
    return ParsedLabel(line, forms, figure_is, amount_mg, percent, warnings)
