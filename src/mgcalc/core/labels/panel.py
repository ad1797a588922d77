"""A whole Supplement Facts panel pasted at once: find the magnesium row in it.

People paste what they see: the title, ``Serving Size 2 Capsules``, servings per
container, other nutrients, footnotes and ``Other ingredients: ... magnesium
stearate``. The magnesium row is read; the serving size says how many units its
amount is for; everything else is listed as ignored, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mgcalc.core.errors import InputError
from mgcalc.core.labels.text import AMOUNT, MAX_LINE_CHARS, PERCENT

_SERVING = re.compile(
    r"^serving\s+size\s*:?\s*(?P<n>\d{1,2})\s*(?P<unit>[a-z][a-z \-]{0,30})?", re.I
)
_MAGNESIUM = re.compile(r"magnesium|^\s*mg\b", re.I)
_NOT_A_SOURCE = re.compile(r"stearate|other\s+ingredients|ingredients\s*:", re.I)


@dataclass(frozen=True)
class Panel:
    row: str
    serving_units: int | None = None
    ignored: tuple[str, ...] = ()


def split_panel(text: str) -> Panel:
    """The magnesium row of ``text`` (one line, or a pasted panel)."""
    lines = [line.strip() for line in re.split(r"[\r\n\x0b\x0c\u2028\u2029\x85]+", text)]
    lines = [line for line in lines if line]
    if not lines:
        raise InputError("empty label line")
    for line in lines:
        if len(line) > MAX_LINE_CHARS:
            raise InputError(
                f"a label line is {len(line):,} characters long; the limit is {MAX_LINE_CHARS}"
            )
    if len(lines) == 1:
        return Panel(lines[0])
    rows, ignored, serving = [], [], None
    for line in lines:
        size = _SERVING.match(line)
        if size and serving is None:
            serving = int(size["n"])
        elif _is_magnesium_row(line):
            rows.append(line)
        else:
            ignored.append(line)
    if not rows:
        raise InputError(
            f"no magnesium row in the {len(lines)} pasted lines "
            "(expected a line such as 'Magnesium (as citrate) 200 mg 48%')"
        )
    ignored += [f"{line} (a further magnesium row)" for line in rows[1:]]
    if serving is not None and serving < 1:
        raise InputError("the serving size must be at least 1 unit")
    return Panel(rows[0], serving, tuple(ignored))


def _is_magnesium_row(line: str) -> bool:
    if not _MAGNESIUM.search(line) or _NOT_A_SOURCE.search(line):
        return False
    return bool(AMOUNT.search(line) or PERCENT.search(line))
