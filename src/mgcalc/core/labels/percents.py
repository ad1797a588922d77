"""The percentages a label line states, each with the reference it names.

A bilingual or exported line may state two (``200 mg 48% 53% NRV``, ``48% DV 53%
NRV``, ``NRV 53% DV 48%``): each percentage belongs to its own marker (%DV, % NRV,
%RI, NRV%), on either side of it. A percentage without a marker next to a marked one
is the other reference's (``48% 53% NRV``: 48% is the %DV); a line with one unmarked
percentage names its basis elsewhere (``(% NRV)``) or it is the %DV.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.errors import InputError
from mgcalc.core.labels import text as lt


class StatedPercent(NamedTuple):
    """A stated percent: ``value`` (None for "<1%"), the ``display`` text, and its
    ``basis``, ``dv`` or ``nrv``."""

    value: float | None
    display: str
    basis: str


def read_percents(found: list[re.Match[str]], row: str) -> tuple[list[StatedPercent], list[str]]:
    """The stated percents, one per basis, in the line's order, and notes on any
    percentage left unread (a second one for the same basis)."""
    marked = [_marker(match) for match in found]
    named = {basis for basis in marked if basis is not None}
    if len(named) == 1:
        unmarked = "nrv" if named == {"dv"} else "dv"
    else:
        unmarked = "nrv" if re.search(r"\b(?:nrv|ri)\b", row, re.I) else "dv"
    stated: list[StatedPercent] = []
    notes = []
    for match, basis in zip(found, marked, strict=True):
        percent = _read(match, basis or unmarked)
        if any(s.basis == percent.basis for s in stated):
            notes.append(
                f"'{lt.short(match.group())}' was not read: the line already states a "
                f"% {'NRV' if percent.basis == 'nrv' else 'DV'}."
            )
        else:
            stated.append(percent)
    return stated, notes


def _marker(match: re.Match[str]) -> str | None:
    ref = (match["pre_pct"] or match["pre"] or match["ref"] or match["post"] or "").strip(" %")
    if not ref:
        return None
    ref = ref.lower()
    return "dv" if ref == "dv" or ref.startswith("daily") else "nrv"


def _read(match: re.Match[str], basis: str) -> StatedPercent:
    number = match["number"] or match["number_pre"]
    less = bool(match["lt"] or match["lt_pre"])
    value, _ = lt.to_float(number)
    if value > lt.MAX_PERCENT:
        raise InputError(f"'{lt.short(match.group())}' is not a percent a label states")
    display = ("<" if less else "") + lt.plain(value) + "%"
    return StatedPercent(None if less else value, display, basis)
