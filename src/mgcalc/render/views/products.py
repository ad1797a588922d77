"""Table views for label reading, label writing and compare."""

from __future__ import annotations

from typing import Any

from mgcalc.core.results import plain
from mgcalc.data import nrv
from mgcalc.render.views.base import Column, View, bar, num, sources_note, view


@view("LabelResult")
def label_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    kind = (
        "elemental magnesium"
        if rec["figure_is"] == "elemental"
        else "COMPOUND weight (not magnesium)"
    )
    forms = ", ".join(rec["forms"]) or "not named"
    per_serving = (
        num(rec["elemental_mg"], "mg")
        if rec["elemental_mg"] is not None
        else "-".join(num(v) for v in rec["elemental_range_mg"] or []) + " mg"
    )
    rows = [
        ["Figure on the line", f"{num(rec['stated_mg'], 'mg')}: {kind}"],
        ["Form(s)", forms],
        ["Elemental per serving", per_serving],
        ["Elemental per day", num(rec["elemental_per_day_mg"], "mg")],
        [
            "% Daily Value",
            "-"
            if rec["percent_dv"] is None
            else f"{rec['percent_dv']}% of {rec['dv_mg']} mg ({rec['dv_basis']})",
        ],
        [
            "% NRV (EU)",
            "-" if rec["percent_nrv"] is None else f"{rec['percent_nrv']}% of {nrv().mg} mg",
        ],
        [
            "Supplemental UL",
            "-"
            if rec["ul_mg"] is None
            else bar(rec["elemental_per_day_mg"] or 0, rec["ul_mg"], ascii_only=ascii_only)
            + f" of {rec['ul_mg']} mg ({rec['standard'].upper()})",
        ],
    ]
    notes = [f"! {w}" for w in rec["warnings"]] + [sources_note(rec["sources"])]
    return View(f"Label: {rec['input']}", [Column("What"), Column("Value")], rows, notes)


@view("DeclarationResult")
def declaration_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    rows = [[rec["declaration"]], [rec["eu_declaration"]]]
    notes = [
        f"Elemental {num(rec['elemental_mg'], 'mg')}; {rec['rule']}.",
        sources_note(rec["sources"]),
    ]
    return View("Label declaration", [Column("Line")], rows, notes)


@view("CompareResult")
def compare_view(result: Any, ascii_only: bool = False) -> View:
    rows = []
    errors = []
    for rec in result.records():
        if "rank" not in rec:
            errors.append(f"! line {rec['line']}: {rec['error']}")
            continue
        if rec["over_ul"]:
            errors.append(
                f"! {rec['name']}: {rec['units_per_dose']} unit(s) give "
                f"{num(rec['dose_mg'], 'mg')} a day, over the US supplemental UL of "
                f"{result.ul_mg} mg (IOM97)."
            )
        rows.append(
            [
                str(rec["rank"]),
                rec["name"],
                rec["form"],
                rec["absorption"],
                num(rec["elemental_per_unit_mg"], "mg"),
                f"{rec['cost_per_100mg']:.3f}",
                str(rec["units_per_dose"]),
                str(rec["days"]),
                f"{rec['cost_per_day']:.2f}",
            ]
        )
    notes = [
        f"Daily target {plain(result.target_mg)} mg elemental; units per dose rounded up. "
        "Absorption tiers are study-specific (mgcalc forms).",
        *errors,
    ]
    return View(
        "Products by cost of elemental magnesium",
        [
            Column("#", True),
            Column("Product"),
            Column("Form"),
            Column("Absorption"),
            Column("Mg/unit", True),
            Column("Cost/100 mg", True),
            Column("Units/day", True),
            Column("Days", True),
            Column("Cost/day", True),
        ],
        rows,
        notes,
    )
