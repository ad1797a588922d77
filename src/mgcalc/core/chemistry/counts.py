"""Counts as people type them: units, servings and multipliers (``2``, ``0.5``,
``1/2``, ``½``, ``x2``, ``2 capsules``), read by one grammar everywhere a count is
given, with one range and one message.

Apart from :mod:`mgcalc.core.chemistry.quantity` (amounts with units) because a count has no
unit and its limits belong to a person's intake, not to chemistry.
"""

from __future__ import annotations

import re
import unicodedata

from mgcalc.core.chemistry.quantity import MAX_NUMBER_CHARS, ascii_digits
from mgcalc.core.errors import QuantityError

# A count of units or servings, the same everywhere a person gives one (check
# --supplement, log add, cabinet and label options, the calculators' --count): a plain
# decimal (``2``, ``0.5``, ``.5``: half a tablet is a count) or a fraction (``1/2``,
# ``½``, ``1½``), and as a multiplier
# ``x2``, ``×0.5``, ``*2`` or ``2x``. What only looks like a count (``x-1``, ``x0``,
# ``xnan``, ``x1e9``) is one, and is refused with the range, not read as something else.
MAX_SERVINGS = 20  # units or servings at once: more is a typo for a person's intake
MIN_SERVINGS = 0.1  # a tenth of a scoop; below it a count is a typo
MAX_UNITS = 100_000  # units in a bottle, or of a compound in a calculator
MAX_PER_SERVING = 100  # units in a serving, servings a day: a label's counts


def too_many_units(units: int, unit_mg: float) -> str | None:
    """Why no dose is proposed when one intake would need more units than a person
    takes at once (the count grammar's ceiling): a unit typed in mcg for mg, say."""
    if units <= MAX_SERVINGS:
        return None
    return (
        f"A dose would need {units:,} units of {unit_mg:.4g} mg, more than the "
        f"{MAX_SERVINGS} a person takes at once (check the unit size: mg, not mcg?)"
    )


# whole-number count options, with their ceilings: a value typed there that is not a
# whole number is refused with the same range as one out of range
COUNT_OPTIONS = {
    "--units-per-serving": MAX_PER_SERVING,
    "--servings": MAX_PER_SERVING,
    "--count": MAX_UNITS,
}
_FRACTION_SIGNS = "½⅓⅔¼¾⅕⅛"
FRACTION = rf"\d*[{_FRACTION_SIGNS}]|\d+/\d+"  # '½', '1½', '1/2': what a pill splitter makes
# what is shaped like a count, read or refused by parse_count (never read as something else)
COUNT_SHAPE = rf"[-+]?(?:{FRACTION}|\d[\d.,_]*(?:e[-+]?\d+)?|\.\d+|nan|inf(?:inity)?)"
COUNT_WORD = rf"(?i)^(?:[x×*]\s*(?P<after>{COUNT_SHAPE})|(?P<before>{COUNT_SHAPE})[x×])$"
_COUNT = r"\d+(?:\.\d+)?|\.\d+"
_FRACTION = rf"(?P<whole>\d*)(?P<vulgar>[{_FRACTION_SIGNS}])|(?P<top>\d+)/(?P<bottom>\d+)"


def parse_count(
    text: str | float,
    what: str = "count",
    *,
    whole: bool = False,
    least: float = MIN_SERVINGS,
    most: float = MAX_SERVINGS,
) -> float:
    """A count as a person writes it (``2``, ``0.5``), from ``least`` to ``most``.

    One message everywhere for a count that is not one, or out of range (0,
    negative, NaN, 1e9): it names the range, so ``x0`` in the diary and ``x0`` in
    ``check --supplement`` are refused alike. ``whole``: units on a label or in a
    bottle (``least`` is then 1)."""
    raw = str(text).strip()
    least = max(least, 1) if whole else least
    kind = "a whole number" if whole else "a number"
    error = QuantityError(
        f"{what} must be {kind} from {least:g} to {_grouped(most)}, got '{raw[:MAX_NUMBER_CHARS]}'"
    )
    digits = ascii_digits(raw)
    if len(raw) > MAX_NUMBER_CHARS:
        raise error
    part = re.fullmatch(_FRACTION, digits)
    value = float(digits) if re.fullmatch(_COUNT, digits) else _fraction_value(part)
    if value is None:
        raise error
    if not least <= value <= most or (whole and not value.is_integer()):
        raise error
    return value


def _fraction_value(part: re.Match[str] | None) -> float | None:
    """``½``, ``1½``, ``1/2`` as a number; None for what is not one (``1/0``)."""
    if part is None:
        return None
    if part["vulgar"]:
        return int(part["whole"] or 0) + unicodedata.numeric(part["vulgar"])
    bottom = int(part["bottom"])
    return int(part["top"]) / bottom if bottom else None


def _grouped(number: float) -> str:
    return f"{int(number):,}" if float(number).is_integer() else f"{number:g}"


def multiplier(word: str, what: str = "count") -> float | None:
    """``'x2'`` -> 2.0, ``'0.5x'`` -> 0.5; None for a word that is not shaped like a
    count; a word shaped like one but out of range (``x0``, ``x-1``) is refused."""
    found = re.match(COUNT_WORD, word.strip())
    if found is None:
        return None
    return parse_count(found["after"] or found["before"], what)
