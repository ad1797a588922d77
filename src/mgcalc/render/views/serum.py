"""Table view for ``serum``: the value in every unit, the interval, where it falls."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, num, sources_note


def serum_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    ref = rec["reference"]
    dash = "-" if ascii_only else "\u2013"
    rows = [
        [
            "value",
            num(rec["mg_dl"]),
            num(rec["mmol_l"]),
            num(rec["meq_l"]),
        ],
        [
            f"reference, {ref['population']}",
            f"{num(ref['low_mg_dl'])}{dash}{num(ref['high_mg_dl'])}",
            f"{num(ref['low_mmol_l'])}{dash}{num(ref['high_mmol_l'])}",
            f"{num(ref['low_meq_l'])}{dash}{num(ref['high_meq_l'])}",
        ],
    ]
    notes = [
        f"{rec['given']} is {rec['position'].upper()} the adult reference interval "
        f"({', '.join(ref['sources'])}). {ref['note']}",
        *rec["warnings"],
        rec["note"],
        sources_note(rec["sources"]),
    ]
    return View(
        title=f"Serum magnesium {rec['given']}",
        columns=[Column(""), Column("mg/dL", True), Column("mmol/L", True), Column("mEq/L", True)],
        rows=rows,
        notes=notes,
    )
