"""Does a label as read fit? What ``label --strict`` exits 3 for, and the reading
under ``--standard eu``.

A reviewer's check of a label someone else printed: a stated %DV or %NRV that its
amount does not give, an amount the stated compound cannot supply, a %DV not
rounded to the whole percent (21 CFR 101.36(b)(2)(iii)), rows of one panel that
contradict each other, and a serving over the supplemental UL (the limit every
``--strict`` holds). The reasons are the warnings the reading already gives; this
only decides which of them fail a strict run.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mgcalc.core.labels.parsed import impossible_claim

if TYPE_CHECKING:
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.parsed import ParsedLabel

_DV_MARKER = r"(?i)(?<![a-z])(?:dv|daily\s+values?)(?![a-z])"


def limit_breach(result: LabelResult) -> str | None:
    """Why ``label --strict`` fails (exit 3), or None: every reason, joined."""
    parsed, record = result.parsed, result.record()
    reasons = []
    for stated in record["stated_percents"]:
        if stated["percent_matches"] is False:
            name = "NRV" if stated["stated_percent_basis"] == "nrv" else "DV"
            reasons.append(f"the stated {stated['stated_percent_display']} {name} does not fit")
    if impossible_claim(parsed):
        reasons.append("the stated compound cannot supply the stated magnesium")
    if parsed.percent_basis == "dv" and _fraction(parsed.stated_percent):
        reasons.append(
            f"a %DV of {parsed.stated_percent_display} is not rounded to the whole percent "
            "(21 CFR 101.36(b)(2)(iii))"
        )
    if parsed.contradictions:
        reasons.append("the label contradicts itself")
    if record["over_ul"]:
        reasons.append(f"a day's {record['elemental_per_day_high_mg']:g} mg is over the UL")
    return "; ".join(reasons) or None


def _fraction(value: float | None) -> bool:
    return value is not None and value != int(value)


def eu_reading(parsed: ParsedLabel) -> ParsedLabel:
    """Under ``--standard eu`` a percent printed without a marker is the %NRV, the one
    an EU label states (Reg. 1169/2011 Annex XIII); a line that names the DV keeps it."""
    if parsed.percent_basis != "dv" or parsed.more_percents:
        return parsed
    if re.search(_DV_MARKER, parsed.line):
        return parsed
    note = (
        f"The unmarked {parsed.stated_percent_display} is read as % NRV (--standard eu): "
        "EU labels state the percent of the Nutrient Reference Value."
    )
    return replace(parsed, percent_basis="nrv", notes=(*parsed.notes, note))
