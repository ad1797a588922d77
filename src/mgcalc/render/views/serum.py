"""Table view for ``serum``: the value in every unit, the interval, where it falls."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, num, sources_note


def serum_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    ref = rec["reference"]
    dash = "-" if ascii_only else "\u2013"
    used = rec["interval"]
    rows = [["value", num(rec["mg_dl"]), num(rec["mmol_l"]), num(rec["meq_l"])]]
    for interval in result.intervals():  # each in the unit its source publishes it in
        span = f"{num(interval.low)}{dash}{num(interval.high)}"
        doubled = f"{num(interval.low * 2)}{dash}{num(interval.high * 2)}"  # mEq/L: exact
        mass = interval.unit == "mg/dL"
        rows.append(
            [
                f"{interval.population} ({interval.source})",
                span if mass else "",
                "" if mass else span,
                "" if mass else doubled,
            ]
        )
    converted = " (converted: none is published in this unit for the age)"
    urgent = [text for text in rec["warnings"] if text.startswith("CRITICAL")]
    notes = [
        *urgent,
        f"{rec['given']} is {rec['position'].upper()} the reference interval for "
        f"{used['population']}, {num(used['low'])}{dash}{num(used['high'])} {used['unit']} "
        f"({', '.join(used['sources'])}){converted if used['converted'] else ''}. "
        f"{ref['note']}",
        *(text for text in rec["warnings"] if text not in urgent),
        rec["note"],
        sources_note(rec["sources"]),
    ]
    return View(
        title=f"Serum magnesium {rec['given']}",
        columns=[Column(""), Column("mg/dL", True), Column("mmol/L", True), Column("mEq/L", True)],
        rows=rows,
        notes=notes,
    )
