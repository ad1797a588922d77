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
from typing import NamedTuple

from mgcalc.core.errors import InputError

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
        "|": " ",  # columns of a table copied as text: 'Magnesium | 200 mg | 48%'
        "│": " ",
        "¦": " ",
    }
)
_MARKS = r"[®™©℠*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰]+"
_UNICODE_DIGIT = r"[^\x00-\x7f]"
# dot leaders of a panel copied from a PDF: 'Magnesium.....200 mg'
_LEADER = r"\.{3,}"
# a word run into its amount: 'Magnesium150 mg' (never a formula: Mg3(C6H5O7)2 has no unit)
_GLUED = r"(?<=[a-z]{3})(?=\d[\d.,]*\s*(?:mg|mcg|g)\b)"

NUMBER = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d++(?:[.,]\d++)?|\.\d++)"
UNIT = r"(?P<unit>milligrams?|mg|grams?|g|mcg|ug|micrograms?)\.?(?![a-z])"
AMOUNT = (
    rf"(?i)(?P<sign>-\s?)?(?P<number>{NUMBER})"
    rf"(?:\s*(?:-|to)\s*(?P<high>{NUMBER}))?\s*{UNIT}"
)
# 'RM' (French 'reference de mesure' on Belgian and French labels) is the EU NRV
_REF = r"(?:daily\s+value|dv|nrv|ri|vnr|vrn|ar|rm|rda)"
# A stated percent with its marker on either side: '48%', '48% DV', '53 NRV%', and
# marker first, 'DV 48%', 'NRV% 53', '%NRV: 53' (a marker that carries its own '%'
# needs none after the number). labels.percents reads the matches.
PERCENT = (
    rf"(?i)(?:(?<![a-z])(?:(?P<pre_pct>%\s*{_REF}|{_REF}\s*%)|(?P<pre>{_REF}))\s*:?\s*"
    rf"(?P<lt_pre><\s*)?(?P<number_pre>{NUMBER})(?(pre_pct)(?:\s*%)?(?!\s*[a-z\d])|\s*%)"
    rf"|(?P<lt><\s*)?(?P<number>{NUMBER})\s*(?:%\s*(?P<ref>{_REF})?|(?P<post>{_REF})\s*%))"
    r"(?![a-z])"
)


def clean(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` made regular (see the module doc), or :class:`InputError` if too long."""
    if len(text) > limit:
        raise InputError(
            f"label text is {len(text):,} characters long; the limit is {limit:,} "
            "(one Supplement Facts panel)"
        )
    text = re.sub(_MARKS, " ", text.translate(_TRANSLATE))
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(_UNICODE_DIGIT, _ascii_char, text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = re.sub(_LEADER, " ", text)
    text = re.sub(_GLUED, " ", text)
    return re.sub(r"[ \f\v]+", " ", text)


def _ascii_char(match: re.Match[str]) -> str:
    char = match.group()
    digit = unicodedata.decimal(char, None)
    return str(digit) if digit is not None else char


# How a comma in a label's number reads (EU labels print decimal commas, US labels
# thousands commas). A comma the project's number grammar (core.quantity.NUMBER) cannot
# read as a thousands separator is a decimal comma: after a leading 0 (``0,375``), before
# other than three digits (``37,5``, ``1,5``), or after four or more digits. Groups of
# three after a first group that is not 0 (``1,500``) read both ways: the line must
# settle it (labels.commas), or the reader refuses it naming both readings.
_DECIMAL_COMMA = r"0\d*,\d+|\d+,(?:\d{1,2}|\d{4,})|\d{4,},\d+"
_EITHER_COMMA = r"[1-9]\d{0,2},\d{3}"


# The same for a point in mg (``1.500 mg``: 1.5 mg on a US label, 1500 mg where a
# point groups thousands, as in much of Europe): one group of 1-3 digits, not 0, then
# exactly three digits. The line must settle it as a comma's.
_EITHER_POINT = r"[1-9]\d{0,2}\.\d{3}"


def point_either(number: str, unit: str) -> bool:
    """``'1.500'`` in mg reads both ways (``unit`` as printed)."""
    return unit.lower() in ("mg", "milligram", "milligrams") and bool(
        re.fullmatch(_EITHER_POINT, number)
    )


def comma_kind(number: str) -> str | None:
    """``'decimal'``, ``'either'`` (thousands or decimal), ``'thousands'``
    (``1,000,000``, ``1,000.5``), or None for a number without a comma."""
    if "," not in number:
        return None
    if re.fullmatch(_EITHER_COMMA, number):
        return "either"
    return "decimal" if re.fullmatch(_DECIMAL_COMMA, number) else "thousands"


def to_float(number: str) -> tuple[float, bool]:
    """``'1,000,000'`` -> 1e6; ``'37,5'`` -> 37.5 (a decimal comma, said so by the
    flag); ``'1,500'`` -> 1500, its thousands reading (the other is :func:`decimal`)."""
    if comma_kind(number) == "decimal":
        return decimal(number), True
    return float(number.replace(",", "")), False


def decimal(number: str) -> float:
    """The decimal-comma reading: ``'1,500'`` -> 1.5."""
    return float(number.replace(",", "."))


_TO_MG = {"g": 1000.0, "gram": 1000.0, "grams": 1000.0, "mcg": 0.001, "ug": 0.001}


def unit_mg(unit: str) -> float:
    key = unit.lower()
    if key.startswith("microgram"):
        return 0.001
    return _TO_MG.get(key, 1.0)


class Amount(NamedTuple):
    """An amount found in a line: ``low``..``high`` mg (equal unless a range).

    ``other`` is the decimal-comma reading of a number that reads both ways
    (``1,500 mg``: 1500 or 1.5 mg) while the line has not settled which, and
    ``readings`` both readings as the line's units print them; ``note`` says how a
    comma was read."""

    low: float
    high: float
    start: int
    end: int
    text: str
    note: str | None = None
    other: tuple[float, float] | None = None
    readings: tuple[str, str] = ("", "")
    mark: str = ","  # the separator that reads both ways: ',' or '.' (1.500 mg)


MIN_LABEL_MG = 0.001  # 1 mcg, as every amount (core.quantity.MIN_MG)
_US, _EU = "a thousands comma, as US labels print it", "a decimal comma, as EU labels print it"


def amounts(text: str) -> list[Amount]:
    """Every amount in ``text``; a negative one (``-200 mg``) is an error, not +200,
    and so is one outside 1 mcg to 1 kg (0 is a figure a line may state)."""
    found = []
    for match in re.finditer(AMOUNT, text):
        if match["sign"] and _is_minus(text, match.start()):
            raise InputError(
                f"negative amount '{match.group().strip()}' in a label line; "
                "a label states what a serving contains"
            )
        start = match.start("number")
        printed = text[start : match.end()]
        scale = unit_mg(match["unit"])
        numbers = [match["number"], match["high"] or match["number"]]
        points = [n for n in numbers if point_either(n, match["unit"])]
        either = bool(points) or any(comma_kind(n) == "either" for n in numbers)
        if points:  # '1.500 mg': read as a thousands point first, as '1,500' is
            numbers = [n.replace(".", ",") if n in points else n for n in numbers]
        first = (to_float(numbers[0])[0] * scale, to_float(numbers[1])[0] * scale)
        second = (_decimal_first(numbers[0]) * scale, _decimal_first(numbers[1]) * scale)
        shown = printed
        for number in points:
            shown = shown.replace(number, number.replace(".", ","), 1)
        texts = (_rewrite(shown, numbers, False), _rewrite(shown, numbers, True))
        readings = [(first, texts[0]), (second, texts[1])] if either else [(first, texts[0])]
        fit = [r for r in readings if r[0][1] <= MAX_LABEL_MG and not 0 < r[0][0] < MIN_LABEL_MG]
        if not fit:
            raise InputError(_out_of_range(match.group(), first), suggestion="check the amount")
        (low, high), as_read = fit[0]
        if high < low:
            raise InputError(f"range '{match.group().strip()}' runs backwards")
        note = None
        if any(comma_kind(n) == "decimal" for n in numbers):
            note = (
                f"'{short(printed)}' was read as {as_read} ({_EU}): a comma after a leading 0, "
                "or before other than three digits, cannot separate thousands."
            )
        if either and len(fit) == 1:
            thousands = as_read == texts[0]
            note = (
                f"'{short(printed)}' was read as {as_read} "
                f"({separator_text(thousands, '.' if points else ',')}): "
                f"read the other way it is {texts[thousands]}, outside a label's 1 mcg "
                "to 1 kg."
            )
        other = fit[1][0] if len(fit) > 1 else None
        mark = "." if points else ","
        found.append(Amount(low, high, start, match.end(), printed, note, other, texts, mark))
    return found


def _decimal_first(number: str) -> float:
    return decimal(number) if comma_kind(number) == "either" else to_float(number)[0]


def _rewrite(printed: str, numbers: list[str], as_decimal: bool) -> str:
    """``'1,500 mg'`` as one reading reads it: ``'1500 mg'`` or ``'1.5 mg'``."""
    for number in dict.fromkeys(numbers):
        kind = comma_kind(number)
        if kind == "decimal" or (kind == "either" and as_decimal):
            printed = printed.replace(number, plain(decimal(number)), 1)
        elif kind is not None:
            printed = printed.replace(number, number.replace(",", ""), 1)
    return printed


def describe_readings(amount: Amount) -> str:
    """Both readings of a comma (or point) the line has not settled, for its error."""
    first, second = separator_text(True, amount.mark), separator_text(False, amount.mark)
    return f"{amount.readings[0]} ({first}) or {amount.readings[1]} ({second})"


def separator_text(thousands: bool, mark: str) -> str:
    """How one reading took the separator: ``a thousands comma, as US labels print it``."""
    if mark == ",":
        return _US if thousands else _EU
    if thousands:
        return "a thousands point, as many EU labels print it"
    return "a decimal point, as US labels print it"


def _out_of_range(amount: str, reading: tuple[float, float]) -> str:
    if reading[1] > MAX_LABEL_MG:
        return f"'{short(amount)}' is over 1 kg: not a label figure"
    return f"'{short(amount)}' is under 1 mcg, the smallest amount a label line may state"


def _is_minus(text: str, position: int) -> bool:
    """``-200 mg`` is negative; ``Magnesium - 200 mg`` (a spaced dash) only separates."""
    attached = text[position + 1 : position + 2] != " "
    return attached and (position == 0 or text[position - 1] in " (:;,[")


def plain(value: float) -> str:
    """``200.0`` -> ``200``, ``37.5`` -> ``37.5``: numbers as a label prints them."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 24 else f"{text[:10]}...{text[-10:]}"
