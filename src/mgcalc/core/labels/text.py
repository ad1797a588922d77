"""Label text as people paste it, made regular before anything is read from it.

Fullwidth and other Unicode digits become ASCII (a stated ``４８%`` compares as 48),
accents go (``Magnésium``), trademark and footnote marks go (``TRAACS®``, ``200 mg*``),
dashes and spaces are unified, dot leaders (``Magnesium......200 mg``) become spaces.
Every pattern here matches in linear time: numbers can only start where no digit
precedes them, so a 20,000-digit line costs one pass.
"""

from __future__ import annotations

import re
import unicodedata

from mgcalc.core.errors import InputError
from mgcalc.recordclass import recordclass

MAX_LABEL_CHARS = 5000  # a whole Supplement Facts panel, pasted
MAX_LINE_CHARS = 400  # one row of it
MAX_LABEL_MG = 1_000_000.0  # 1 kg a serving: anything above is a typo, not a label
MAX_PERCENT = 100_000.0

_TRANSLATE = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "µ": "u",
        "μ": "u",
        "×": "x",
        "\t": " ",
    }
)
_MARKS = re.compile(r"[®™©℠*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_UNICODE_DIGIT = re.compile(r"[^\x00-\x7f]")
_LEADER = re.compile(r"\.{3,}")  # dot leaders of a panel copied from a PDF: 'Magnesium.....200 mg'

NUMBER = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d++(?:[.,]\d++)?|\.\d++)"
UNIT = r"(?P<unit>milligrams?|mg|grams?|g|mcg|ug|micrograms?)\.?(?![a-z])"
AMOUNT = re.compile(
    rf"(?P<sign>-\s?)?(?P<number>{NUMBER})"
    rf"(?:\s*(?:-|to)\s*(?P<high>{NUMBER}))?\s*{UNIT}",
    re.I,
)
PERCENT = re.compile(
    rf"(?P<lt><\s*)?(?P<number>{NUMBER})\s*%\s*"
    r"(?P<ref>daily\s+value|dv|nrv|ri|vnr|vrn|ar|rda)?(?![a-z])",
    re.I,
)


def clean(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` made regular (see the module doc), or :class:`InputError` if too long."""
    if len(text) > limit:
        raise InputError(
            f"label text is {len(text):,} characters long; the limit is {limit:,} "
            "(one Supplement Facts panel)"
        )
    text = _MARKS.sub(" ", text.translate(_TRANSLATE))
    text = unicodedata.normalize("NFKC", text)
    text = _UNICODE_DIGIT.sub(_ascii_char, text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = _LEADER.sub(" ", text)
    return re.sub(r"[ \f\v]+", " ", text)


def _ascii_char(match: re.Match[str]) -> str:
    char = match.group()
    digit = unicodedata.decimal(char, None)
    return str(digit) if digit is not None else char


def to_float(number: str) -> tuple[float, bool]:
    """``'1,000'`` -> 1000; ``'37,5'`` -> 37.5 (a decimal comma, said so by the flag)."""
    if re.fullmatch(r"\d+,\d{1,2}", number):
        return float(number.replace(",", ".")), True
    return float(number.replace(",", "")), False


_TO_MG = {"g": 1000.0, "gram": 1000.0, "grams": 1000.0, "mcg": 0.001, "ug": 0.001}


def unit_mg(unit: str) -> float:
    key = unit.lower()
    if key.startswith("microgram"):
        return 0.001
    return _TO_MG.get(key, 1.0)


@recordclass
class Amount:
    """An amount found in a line: ``low``..``high`` mg (equal unless a range)."""

    low: float
    high: float
    start: int
    end: int
    text: str
    decimal_comma: bool


def amounts(text: str) -> list[Amount]:
    """Every amount in ``text``; a negative one (``-200 mg``) is an error, not +200."""
    found = []
    for match in AMOUNT.finditer(text):
        if match["sign"] and _is_minus(text, match.start()):
            raise InputError(
                f"negative amount '{match.group().strip()}' in a label line; "
                "a label states what a serving contains"
            )
        scale = unit_mg(match["unit"])
        low, comma = to_float(match["number"])
        high, comma_high = to_float(match["high"]) if match["high"] else (low, False)
        if high < low:
            raise InputError(f"range '{match.group().strip()}' runs backwards")
        if high * scale > MAX_LABEL_MG:
            raise InputError(
                f"'{_short(match.group())}' is over 1 kg: not a label figure; check the amount"
            )
        start = match.start("number")
        found.append(
            Amount(
                low * scale,
                high * scale,
                start,
                match.end(),
                text[start : match.end()],
                comma or comma_high,
            )
        )
    return found


def _is_minus(text: str, position: int) -> bool:
    """``-200 mg`` is negative; ``Magnesium - 200 mg`` (a spaced dash) only separates."""
    attached = text[position + 1 : position + 2] != " "
    return attached and (position == 0 or text[position - 1] in " (:;,[")


def plain(value: float) -> str:
    """``200.0`` -> ``200``, ``37.5`` -> ``37.5``: numbers as a label prints them."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def read_percent(
    found: re.Match[str] | None, row: str
) -> tuple[float | None, str | None, str | None]:
    """A stated percent: its number (None for "<1%"), its text, and its basis (DV or
    NRV: an EU line names NRV or RI)."""
    if found is None:
        return None, None, None
    value, _ = to_float(found["number"])
    if value > MAX_PERCENT:
        raise InputError(f"'{_short(found.group())}' is not a percent a label states")
    ref = (found["ref"] or "").lower()
    if ref:
        basis = "dv" if ref in ("dv", "daily value") or ref.startswith("daily") else "nrv"
    else:
        basis = "nrv" if re.search(r"\b(?:nrv|ri)\b", row, re.I) else "dv"
    display = ("<" if found["lt"] else "") + plain(value) + "%"
    return (None if found["lt"] else value), display, basis


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 24 else f"{text[:10]}...{text[-10:]}"
