"""Parse amounts as people type them: ``500mg``, ``0.5 G``, ``1,000 mg``, ``250µg``.

A bare number means milligrams, the unit on every supplement label. Parse errors
point at the offending character, the way molmass does for formulas.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from mgcalc.core.chemistry.units import (
    CONCENTRATION_EXAMPLES,
    MILLIGRAM,
    UNITS,
    Dimension,
    Unit,
    lookup_unit,
    unit_table,
    volume_unit,
)
from mgcalc.core.errors import QuantityError, suggest

MIN_MG = 0.001  # 1 mcg: below it a figure rounds to 0 and floats reach denormals
MAX_MG = 1_000_000.0  # 1 kg: what a person takes or eats; anything above is a typo
MAX_BULK_MG = 1_000_000_000_000.0  # 1,000 t: raw material for the calculators (a 25 kg drum)
MAX_NUMBER_CHARS = 40  # digits people type; a 400-digit number is a paste accident

_CONTAINER = r"(?i)(?:amp(?:oule|ule)?s?|vials?|bags?|syringes?|bottles?)\.?"  # volumes by label
_PLAIN_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?"

# A number as people type it before a unit: ``500``, ``0.5``, ``.5``, ``1,000`` (a comma
# only between groups of three, after a first group that is not 0, so ``0,850`` is a
# decimal comma, not 850), ``1e5``. Every reader of a number with a unit uses it
# (amounts, serum values, concentrations, volumes, eGFR, age, food amounts), so a
# form accepted in one place is accepted, or refused, the same way in all of them.
NUMBER = r"(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_NUMBER = rf"[+-]?{NUMBER}"
_LEADING = rf"(?s)\s*(?P<number>[+-]?{NUMBER})(?P<rest>.*)$"


def number_value(text: str) -> float:
    """The value of a :data:`NUMBER` match: digits of any script, commas dropped.
    May be ``inf`` for ``1e400``: callers range-check the value."""
    return float(ascii_digits(text).replace(",", ""))


def leading_number(text: str) -> tuple[float, str] | None:
    """``'1e5mg/dL'`` -> ``(100000.0, 'mg/dL')``: the number a text starts with and
    what follows it (stripped); None if it does not start with a number."""
    match = re.match(_LEADING, text)
    if match is None or len(match["number"]) > MAX_NUMBER_CHARS:
        return None
    return number_value(match["number"]), match["rest"].strip()


# '500mg', '1.25 g': most amounts in a batch; anything else takes the general reading
_SIMPLE_AMOUNT = r"([0-9]{1,20}(?:\.[0-9]{1,19})?) ?([A-Za-z]{1,4})"


class Quantity(NamedTuple):
    """A positive amount in a known unit; ``mg`` is the value in milligrams."""

    value: float
    unit: Unit

    @property
    def mg(self) -> float:
        return self.value * self.unit.mg_per_unit

    @property
    def is_elemental_only(self) -> bool:
        """mmol and mEq count magnesium atoms, so they only measure elemental Mg."""
        return self.unit.dimension is Dimension.MAGNESIUM

    def __str__(self) -> str:
        return f"{self.value:g} {self.unit.symbol}"


def ascii_digits(text: str) -> str:
    """``５００`` -> ``500``: any script's decimal digits, as ASCII (a digit is a digit)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def parse_number(text: str, what: str = "number") -> float:
    """A plain decimal number (``0.9``, ``1e-3``), finite and at most 40 characters.

    Python's ``float()`` also takes ``1_0``, ``nan``, ``inf`` and non-ASCII digits;
    none of them is a number a person means here, so they are refused."""
    raw = text.strip()
    if len(raw) > MAX_NUMBER_CHARS:
        raise QuantityError(f"{what} has {len(raw)} characters; the limit is {MAX_NUMBER_CHARS}")
    if not raw.isascii() or re.fullmatch(_PLAIN_NUMBER, raw) is None:
        raise QuantityError(f"{what} '{raw}' is not a plain decimal number")
    value = float(raw)
    if not math.isfinite(value):
        raise QuantityError(f"{what} '{raw}' is not a finite number")
    return value


@lru_cache(maxsize=4096)
def parse_quantity(
    text: str,
    *,
    allow_magnesium_units: bool = True,
    allow_zero: bool = False,
    bulk: bool = False,
) -> Quantity:
    """Parse ``text`` into a :class:`Quantity`, or raise :class:`QuantityError`.

    ``allow_zero``: an intake may be nothing (``check --supplement 0``); a dose or a
    product strength may not. ``bulk``: a calculator's amount of raw material (up to
    1,000 t), not a person's intake (up to 1 kg). Memoised (bounded): batch input
    repeats the same strengths.
    """
    raw = text.strip()
    if len(raw) > 2 * MAX_NUMBER_CHARS:
        raise QuantityError(
            f"amount '{raw[:20]}...' has {len(raw)} characters; the limit is {2 * MAX_NUMBER_CHARS}"
        )
    simple = re.fullmatch(_SIMPLE_AMOUNT, raw)
    if simple is not None and (unit := unit_table().get(simple[2].lower())) is not None:
        value = float(simple[1])  # what the general reading below gives, without its detours
        return _checked(Quantity(value, unit), raw, allow_magnesium_units, allow_zero, bulk)
    if not raw:
        raise QuantityError("empty amount", suggestion="give a number with a unit, e.g. 500mg")
    if (problem := unreadable_amount(raw)) is not None:
        raise problem
    match = re.match(_NUMBER, raw)
    if match is None:
        if lookup_unit(raw) is not None:
            raise QuantityError(f"'{raw}' has a unit but no number", suggestion="e.g. 500mg")
        raise QuantityError(f"cannot read '{raw}' as an amount: expected a number at position 1")
    number_text = match.group()
    rest = raw[match.end() :]
    unit_text = rest.strip()
    if unit_text.startswith((",", ".")) or (unit_text[:1].isdigit()):
        position = match.end() + 1
        hint = None
        if rest[:1] == "," and re.fullmatch(r"\d+,\d+.*", raw):
            hint = "use '.' for decimals and ',' only between thousands (1,000 mg)"
        raise QuantityError(
            f"cannot read '{raw}' as an amount: unexpected '{rest[:1]}' at position {position}",
            suggestion=hint,
        )
    if len(number_text) > MAX_NUMBER_CHARS:
        raise QuantityError(f"cannot read '{raw}' as an amount: not a plain decimal number")
    value = number_value(number_text)
    unit = _unit(unit_text, raw) if unit_text else MILLIGRAM
    return _checked(Quantity(value, unit), raw, allow_magnesium_units, allow_zero, bulk)


def parse_mg(text: str) -> float:
    """Milligrams of a compound or food given as a mass (no mmol/mEq)."""
    return parse_quantity(text, allow_magnesium_units=False).mg


def _unit(unit_text: str, raw: str) -> Unit:
    unit = lookup_unit(unit_text)
    if unit is not None:
        return unit
    if volume_unit(unit_text) is not None:
        raise QuantityError(
            f"'{raw}' is a volume; mgcalc needs the liquid's concentration to weigh it",
            suggestion=f"add --concentration ({CONCENTRATION_EXAMPLES})",
        )
    if re.fullmatch(_CONTAINER, unit_text.strip()):
        raise QuantityError(
            f"'{raw}': an ampoule, vial or bag holds the volume its label states, which "
            "mgcalc cannot know",
            suggestion="give the volume and the strength, e.g. 20mL --concentration 50% "
            "(two 10 mL ampoules of 50%)",
        )
    close = suggest(unit_text.lower(), list(unit_table()), n=1)
    known = ", ".join(u.symbol for u in UNITS)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise QuantityError(
        f"unknown unit '{unit_text}' in '{raw}'", suggestion=f"{hint}known units: {known}"
    )


def _checked(
    quantity: Quantity,
    raw: str,
    allow_magnesium_units: bool,
    allow_zero: bool = False,
    bulk: bool = False,
) -> Quantity:
    value = quantity.value
    if not math.isfinite(value):
        raise QuantityError(f"'{raw}' is not a finite amount")
    if value < 0 or (value == 0 and not allow_zero):
        least = "0 or more" if allow_zero else "more than 0"
        raise QuantityError(f"amount must be {least}, got '{raw}'")
    if not allow_magnesium_units and quantity.is_elemental_only:
        raise QuantityError(
            f"'{raw}' counts magnesium atoms; give the compound as a mass",
            suggestion="e.g. 500mg",
        )
    highest = MAX_BULK_MG if bulk else MAX_MG
    if value and not MIN_MG <= quantity.mg <= highest:
        where = "an amount of raw material" if bulk else "an intake or a product"
        raise QuantityError(
            f"'{raw}' is outside the range for {where}: 1 mcg to {'1,000 t' if bulk else '1 kg'}",
            suggestion="check the amount and its unit",
        )
    return quantity


MAX_NAME_AMOUNT_CHARS = 300
_NAME_THEN_AMOUNT = (
    r"^(?P<name>.*?)(?:\s*[,;\t]\s*|\s+)(?P<amount>[-+]?[\d.,]+(?:[eE][-+]?\d+)?\s*[^\s\d,;]*)$"
)


_NOT_NUMBER = r"(?i)(?<![\w.])[+-]?(nan|inf(?:inity)?)(?![a-z])"
_SLASH = r"(\d+)\s*/\s*(\d+)"
_VULGAR_AMOUNT = r"(?:(\d+)\s*)?([\u00bc-\u00be\u2150-\u215e])"


def unreadable_amount(text: str) -> QuantityError | None:
    """Why the amount in ``text`` (``oxide nan``, ``oxide ½ g``, ``1/2 g``) cannot be
    read, as the error to raise; None when nothing in it was meant as an amount.

    Splitting FORM from AMOUNT looks for digits, so an amount written as a word or a
    fraction sign read as "missing AMOUNT": the person did give one, and needs to
    hear why it was not taken and how to write it."""
    found = re.search(_NOT_NUMBER, text)
    if found:
        return QuantityError(
            f"cannot read the amount in '{text.strip()}': '{found[0]}' is not a number",
            suggestion="give digits and a unit, e.g. 500mg",
        )
    vulgar = re.search(_VULGAR_AMOUNT, text)
    if vulgar:
        value = int(vulgar[1] or 0) + unicodedata.numeric(vulgar[2])
        decimal = f"{value:.3g}" + text[vulgar.end() :].rstrip()
        return QuantityError(
            f"cannot read the amount in '{text.strip()}': '{vulgar[2]}' is a fraction sign",
            suggestion=f"write it as a decimal: {decimal}",
        )
    slash = re.search(_SLASH, text)
    if slash:
        whole = int(slash[2]) and f"{int(slash[1]) / int(slash[2]):.3g}" + text[slash.end() :]
        return QuantityError(
            f"cannot read the amount in '{text.strip()}': '{slash[0]}' is a fraction",
            suggestion=f"write it as a decimal: {whole.rstrip()}" if whole else "write a decimal",
        )
    return None


def split_name_amount(text: str, what: str = "FORM AMOUNT") -> tuple[str, str]:
    """``'magnesium citrate 500 mg'`` -> ``('magnesium citrate', '500 mg')``; a comma,
    semicolon or tab also separates the two (``citrate,500mg`` from a CSV column pair).

    At most :data:`MAX_NAME_AMOUNT_CHARS`: the pattern backtracks, and no form and
    amount a person writes is longer."""
    if len(text) > MAX_NAME_AMOUNT_CHARS:
        raise QuantityError(
            f"'{what}' text has {len(text):,} characters; the limit is {MAX_NAME_AMOUNT_CHARS}"
        )
    match = re.match(_NAME_THEN_AMOUNT, text.strip())
    if match is None or not match["name"].strip():
        raise unreadable_amount(text) or QuantityError(f"expected '{what}', got '{text}'")
    return match["name"].strip(), match["amount"]


def parse_unit_size(text: str, *, compound: bool = False) -> tuple[Quantity, bool]:
    """``--unit-size``: what one capsule, tablet or scoop holds, as its label prints it.

    A Supplement Facts panel states the magnesium itself ("Magnesium (as magnesium
    glycinate) 120 mg"), so a unit size is elemental magnesium unless it ends in
    ``compound`` (``'500mg compound'``: the salt's weight) or ``compound`` is set
    (``--unit-is-compound``); ``'120mg elemental'`` says the default outright.
    Returns the amount and whether it is the compound's weight.
    """
    words = text.split()
    kind = words[-1].lower() if words else ""
    if kind in ("elemental", "compound"):
        if compound and kind == "elemental":
            raise QuantityError(f"unit size '{text.strip()}' says elemental; --unit-is-compound")
        compound = kind == "compound" or compound
        text = " ".join(words[:-1])
    return parse_quantity(text, allow_magnesium_units=not compound), compound
