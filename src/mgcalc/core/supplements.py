"""``check --supplement``: what a person writes about a supplement, read as magnesium.

People write ``300`` (elemental mg), ``glycinate 400mg`` or ``400mg glycinate`` (a
compound weight), paste a Supplement Facts line (``Magnesium (as magnesium
glycinate) 200 mg 48%``), and count (``glycinate 400mg x2``, ``2 capsules of ...``).
One reading per phrasing, reusing the project's readers: the quantity parser, the
NAME AMOUNT splitter and the label reader (``core.labels.parse_label``, whose
elemental/compound convention is 21 CFR 101.36's). A bare form with an amount is a
compound weight, whichever comes first, as in ``mgcalc elemental``.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace

from mgcalc.core import calc
from mgcalc.core.errors import InputError, MgcalcError, QuantityError
from mgcalc.core.forms import resolve
from mgcalc.core.intake import IntakeItem
from mgcalc.core.quantity import parse_quantity, split_name_amount

MAX_COUNT = 20  # units or servings at once: more is a typo for a person's intake
MAX_TEXT = 500

_UNITS = r"capsules?|caps|tablets?|tabs|softgels?|gummies|pills?|scoops?|servings?|sachets?"
_LEADING_COUNT = re.compile(
    rf"^(?P<n>\d{{1,3}})\s*(?:[x×*]\s+|(?:{_UNITS})\b\s*(?:of\b\s*)?)(?P<rest>.+)$", re.I
)
_TRAILING_COUNT = re.compile(r"^(?P<rest>.*\S)\s*[x×*]\s*(?P<n>\d{1,3})\s*$", re.I)
_ENDS_LIKE_AMOUNT = re.compile(r"(?:\d|mg|g|mcg|µg|ug|mmol|meq|%|\))$", re.I)
_AMOUNT_THEN_NAME = re.compile(
    r"^(?P<amount>[-+]?[\d.,]+(?:[eE][-+]?\d+)?\s*[a-zA-Zµ]*)\s+(?:of\s+)?(?P<name>[^\d\s].*)$"
)
_ELEMENTAL_NAME = re.compile(r"^(?:elemental\s+)?(?:magnesium|mg)(?:\s+elemental)?$", re.I)
_VOLUME = r"\d[\d.,]*\s*(?:ml|l|tsp|tbsp|teaspoons?|tablespoons?)\b"
_PER_VOLUME = re.compile(rf"(?:/|\bper\b|\bin\b)\s*(?:{_VOLUME}|(?:ml|l|tsp|tbsp)\b)", re.I)
_DOSE_VOLUME = re.compile(_VOLUME, re.I)
_LABEL_MARKS = re.compile(r"[(%®™]|\bas\b|\bfrom\b|\bproviding\b", re.I)


def split_count(text: str) -> tuple[str, int]:
    """``'glycinate 400mg x2'`` -> ``('glycinate 400mg', 2)``; ``'2 capsules of X'`` ->
    ``('X', 2)``; no count -> ``(text, 1)``."""
    stripped = text.strip()
    count = None
    if (found := _LEADING_COUNT.match(stripped)) or (
        (found := _TRAILING_COUNT.match(stripped)) and _ENDS_LIKE_AMOUNT.search(found["rest"])
    ):
        stripped, count = found["rest"].strip(), int(found["n"])
    if count is None:
        return stripped, 1
    if not 1 <= count <= MAX_COUNT:
        raise InputError(f"a count of {count} in '{text}' is outside 1-{MAX_COUNT}")
    return stripped, count


def supplement_item(text: str) -> IntakeItem:
    """Read one ``--supplement`` value (see the module docstring for the phrasings)."""
    if len(text) > MAX_TEXT:
        raise InputError(f"--supplement is over {MAX_TEXT} characters")
    rest, count = split_count(text)
    if rest.strip() and not re.search(r"\d", rest):
        raise InputError(
            f"'{text}' gives no amount",
            suggestion="e.g. '300' (elemental mg), 'glycinate 400mg', or a label line "
            "'Magnesium (as magnesium glycinate) 200 mg'",
        )
    if _DOSE_VOLUME.search(_PER_VOLUME.sub(" ", rest)):
        # '400mg/5mL 15mL' was read as 400 mg: the dose volume was silently dropped
        raise InputError(
            f"'{text}' gives a volume of a liquid, which --supplement does not weigh",
            suggestion="find its magnesium with 'mgcalc elemental FORM VOLUME "
            "--concentration STRENGTH' (e.g. hydroxide 15mL --concentration 400mg/5mL) "
            "and give that figure in mg",
        )
    item = _read(rest)
    if count == 1:
        return replace(item, input=text)
    compound = None if item.compound_mg is None else item.compound_mg * count
    return replace(
        item, input=text, elemental_mg=item.elemental_mg * count, compound_mg=compound, count=count
    )


def _read(text: str) -> IntakeItem:
    try:
        return IntakeItem(text, parse_quantity(text, allow_zero=True).mg)
    except QuantityError as exc:
        first_error: MgcalcError = exc
    for name, amount in _name_and_amount(text):
        try:
            if _ELEMENTAL_NAME.match(name):
                return IntakeItem(text, parse_quantity(amount).mg)
            form = resolve(name)
            result = calc.elemental(form, parse_quantity(amount))
        except MgcalcError as exc:
            first_error = exc
            continue
        top = result.compound_mg * (form.fraction_high or form.fraction)  # a range at its top
        return IntakeItem(text, top, form.id, result.compound_mg, form.sources[0])
    if _LABEL_MARKS.search(text) or re.search(r"magnes", text, re.I):
        return _from_label(text)
    raise first_error


def _name_and_amount(text: str) -> list[tuple[str, str]]:
    """Both orders: ``glycinate 400mg`` and ``400mg glycinate``."""
    pairs = []
    with contextlib.suppress(QuantityError):
        pairs.append(split_name_amount(text, "FORM AMOUNT"))
    if found := _AMOUNT_THEN_NAME.match(text.strip()):
        pairs.append((found["name"].strip(), found["amount"].strip()))
    return pairs


def _from_label(text: str) -> IntakeItem:
    """A Supplement Facts line, through the label reader."""
    from mgcalc.core.labels import parse_label

    parsed = parse_label(text)
    if parsed.amount_mg is None:
        raise InputError(f"'{text}' states no amount of magnesium, only a percent")
    amount = parsed.amount_max_mg or parsed.amount_mg  # a range counts at its top
    forms = "+".join(form.id for form in parsed.forms) or None
    if parsed.figure_is == "elemental":
        return IntakeItem(text, amount, forms, parsed.compound_mg, "FDA16")
    if len(parsed.forms) != 1:
        raise InputError(
            f"'{text}' gives a compound weight for several forms; give one form's amount"
        )
    from mgcalc.core.labels.names import fraction_span

    form = parsed.forms[0]  # a raw material's stated range counts at its top, as in `label`
    return IntakeItem(text, amount * fraction_span(form)[1], form.id, amount, form.sources[0])
