"""Why a label line's number could not be read, said precisely: a unit no label
states magnesium in (``5 kg``, ``12 mmol``), points grouping thousands before a
decimal comma (``1.000,5 mg``), a number mgcalc does not read (``1,000,5 mg``), or
no unit at all (``Magnesium 200``). Each is an input error naming the fix.
"""

from __future__ import annotations

import re

from mgcalc.core.errors import InputError

_OTHER_UNIT = r"(?i)(?<![\w.,])\d[\d.,]*\s*(?P<unit>kg|mmol|meq|lbs?|oz|iu|ml|l|mg/dl|tonnes?|t)\b"
_POINT_GROUPS = r"(?i)(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+,\d+)\s*(?P<u>mg|g|mcg)\b"


def refuse_unread(outside: str, head: str, row: str, found: bool) -> None:
    """Raise :class:`InputError` for a number the line states but the reader cannot
    take; ``found``: the line has amounts the reader did read."""
    if grouped := re.search(_POINT_GROUPS, outside):  # '1.000,5 mg', as German labels print it
        number = grouped["n"].replace(".", "").replace(",", ".")
        raise InputError(
            f"'{grouped.group()}' in '{row}' groups thousands with points and has a decimal "
            f"comma ({number} {grouped['u']})",
            suggestion=f"write '{number} {grouped['u']}'",
        )
    if not found and (other := re.search(_OTHER_UNIT, outside)):
        raise InputError(
            f"'{other.group()}' in '{row}': a label line states magnesium in mg, g or mcg (µg)",
            suggestion=f"mgcalc convert '{other.group()}' gives it in mg"
            if other["unit"].lower() in ("mmol", "meq")
            else "give the amount in mg, g or mcg",
        )
    if not found and (bare := re.search(r"(?<![\w.,])\d[\d.,]*(?![\w%])", head)):
        if unit := re.match(r"\s*(?:mg|g|mcg|ug)\b", outside[bare.end() :], re.I):
            raise InputError(  # '1,000,5 mg', '0, mg': a unit, but no number a label prints
                f"'{bare.group()}{unit.group()}' in '{row}' is not a number mgcalc reads",
                suggestion="write it with a point for decimals (1000.5 mg) or a comma "
                "between groups of three digits (1,000 mg), or one decimal comma (37,5 mg)",
            )
        raise InputError(
            f"'{bare.group()}' in '{row}' has no unit", suggestion=f"write '{bare.group()} mg'"
        )
