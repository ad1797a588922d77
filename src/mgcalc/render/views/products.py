"""Table views for label reading, label writing and compare."""

from __future__ import annotations

from typing import Any

from mgcalc.core.figures import mass_span, plain
from mgcalc.data.labels import nrv
from mgcalc.render.views.base import Column, View, bar, num, sources_note


def _mg_span(span: list[float] | None, exact: float | None) -> str:
    if exact is not None:
        return num(exact, "mg")
    if not span:
        return "-"
    return f"{num(span[0])}-{num(span[1])} mg (range)"


def label_view(result: Any, ascii_only: bool = False) -> View:
    from mgcalc.core.chemistry.forms import display_name

    rec = result.record()
    kind = (
        "elemental magnesium"
        if rec["figure_is"] == "elemental"
        else "COMPOUND weight (not magnesium)"
    )
    if rec["figure_is"] == "compound" and rec["elemental_high_mg"] == rec["stated_mg"]:
        kind = "compound weight, or magnesium: two readings"
    if rec["stated_mg"] is None:
        figure = f"{rec['stated_percent_display']} (no amount): {kind}"
    elif rec["stated_low_mg"] != rec["stated_high_mg"]:
        figure = f"{num(rec['stated_low_mg'])}-{num(rec['stated_high_mg'])} mg: {kind}"
    else:
        figure = f"{num(rec['stated_mg'], 'mg')}: {kind}"
    forms = ", ".join(display_name(f, sentence=False) for f in rec["forms"])
    rows = [["Figure on the line", figure], ["Form(s)", forms or "not named"]]
    if rec["figure_is"] == "elemental" and rec["compound_mg"] is not None:
        low, high = rec["compound_supplies_low_mg"], rec["compound_supplies_high_mg"]
        supplies = [] if low is None or high is None else [low, high]
        exact = low if supplies and low == high else None
        holds = f", which holds {_mg_span(supplies, exact)}" if supplies else ""
        rows.append(["Compound stated", f"{num(rec['compound_mg'], 'mg')}{holds}"])
    if rec["units_per_serving"] != 1:
        rows.append(["Magnesium per unit", _mg_span(None, rec["elemental_per_unit_mg"])])
    span = [rec["elemental_low_mg"], rec["elemental_high_mg"]]
    day = [rec["elemental_per_day_low_mg"], rec["elemental_per_day_high_mg"]]
    ul_share = [rec["percent_of_ul_low"] or 0, rec["percent_of_ul_high"] or 0]
    rows += [
        [
            "Magnesium per serving",
            f"{_mg_span(span, rec['elemental_mg'])}, {rec['units_per_serving']} unit(s)",
        ],
        [
            "Magnesium per day",
            f"{_mg_span(day, rec['elemental_per_day_mg'])}, {rec['servings']} serving(s)",
        ],
        ["% Daily Value", f"{rec['percent_dv_display']} of {rec['dv_mg']} mg ({rec['dv_basis']})"],
        ["% NRV (EU)", f"{rec['percent_nrv_display']} of {nrv().mg} mg"],
    ]
    for stated in rec["stated_percents"] if rec["stated_mg"] is not None else []:
        basis = "NRV" if stated["stated_percent_basis"] == "nrv" else "DV"
        verdict = {True: "fits", False: "does NOT fit", None: "-"}[stated["percent_matches"]]
        rows.append([f"Stated % {basis}", f"{stated['stated_percent_display']}: {verdict}"])
    if rec["ul_mg"] is None:
        rows.append(["Supplemental UL", f"none set ({rec['ul_group']})"])
    else:
        ul_text = bar(day[1], rec["ul_mg"], ascii_only=ascii_only)
        if ul_share[0] != ul_share[1]:
            ul_text += f" (range {ul_share[0]:.0f}-{ul_share[1]:.0f}%)"
        rows.append(["Supplemental UL", f"{ul_text} of {rec['ul_mg']} mg ({rec['ul_group']})"])
    notes = [f"! {w}" for w in rec["warnings"]] + [f"- {n}" for n in rec["notes"]]
    panel = "\n" in rec["input"].strip()
    if panel:
        notes.append(f"Read the row: {rec['magnesium_row']}")
    notes += [f"Ignored: {line}" for line in rec["ignored"]]
    if rec["descriptors"]:
        notes.append("Brand and descriptor words read past: " + ", ".join(rec["descriptors"]))
    notes.append(sources_note(rec["sources"]))
    title = "pasted panel" if panel else rec["input"]
    return View(f"Label: {title}", [Column("What"), Column("Value")], rows, notes)


def declaration_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    us = [["US", rec["declaration"] or "(not declared)"]]
    if rec["rounded_declaration"]:
        us.append(["US, rounded up", f"{rec['rounded_declaration']} (only with the overage)"])
    daily = "EU, daily dose" if rec["servings"] != 1 else "EU"
    eu = [[daily, rec["eu_declaration"]]]
    if rec["servings"] != 1:
        eu.append(["EU, a serving", rec["eu_serving_declaration"]])
    rows = eu + us if rec["standard"] == "eu" else us + eu
    per = f"{num(rec['elemental_mg'], 'mg')} a serving"
    if rec["units_per_serving"] != 1:
        per += f" ({rec['units_per_serving']} x {num(rec['elemental_per_unit_mg'], 'mg')})"
    if rec["servings"] != 1:
        per += f", {num(rec['elemental_per_day_mg'], 'mg')} a day"
    if rec["declaration_basis_mg"] != rec["elemental_mg"]:
        per += f"; declared from {num(rec['declaration_basis_mg'], 'mg')} a serving"
    notes = [f"! {w}" for w in rec["warnings"]]
    if rec["declared"]:
        low, high = rec["eu_tolerance_mg"]
        notes.append(
            f"Tolerance: US at least {num(rec['us_minimum_mg'], 'mg')} a serving (Class I); "
            f"EU {mass_span(low, high, rec['eu_declared_mg'])} "
            "a daily dose (-20%/+45% of the EU amount)."
        )
    notes += [f"Elemental {per}; {rec['rule']}.", sources_note(rec["sources"])]
    return View("Label declaration", [Column("Label"), Column("Line")], rows, notes)


def compare_view(result: Any, ascii_only: bool = False) -> View:
    from mgcalc.core.error_records import error_place  # compare's own: not every view's

    rows = []
    errors = []
    for rec in result.records():
        if "rank" not in rec:
            errors.append(f"! {error_place(rec)}: {rec['error']}")
            continue
        if rec["over_ul"]:
            errors.append(
                f"! {rec['name']}: {rec['units_per_day']} unit(s) give "
                f"{num(rec['elemental_per_day_mg'], 'mg')} a day, over the US supplemental UL of "
                f"{result.ul_mg} mg (IOM97)."
            )
        elif rec["dose_note"]:
            errors.append(f"{rec['name']}: {rec['dose_note']}.")
        rows.append(
            [
                str(rec["rank"]),
                rec["name"],
                rec["form"],
                rec["absorption"],
                num(rec["elemental_per_unit_mg"], "mg"),
                f"{rec['cost_per_100mg']:.3f}",
                "-" if rec["units_per_day"] is None else str(rec["units_per_day"]),
                "-" if rec["days"] is None else str(rec["days"]),
                "-" if rec["cost_per_day"] is None else f"{rec['cost_per_day']:.2f}",
            ]
        )
    target = (
        "No daily target (--target could not be read): units, days and cost a day not computed. "
        if result.target_mg is None
        else f"Daily target {plain(result.target_mg)} mg elemental; units per dose rounded "
        "up, or down where up would cross the UL. "
    )
    notes = [target + "Absorption tiers are study-specific (mgcalc forms).", *errors]
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
