"""Table views for check, plan and food."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, bar, num, sources_note

PROFILE_NOTE = "Person from your saved profile (mgcalc profile show); options given win."


def food_rows(foods: list[dict[str, Any]]) -> list[list[str]]:
    """One row per looked-up food: what was typed, its magnesium, and the USDA entry
    used (description, NDB number, raw or cooked), so a wrong match is visible."""
    return [
        [f"  {item['input']}", num(item["elemental_mg"], "mg"), usda_entry(item)]
        for item in foods
        if item["ndb"] is not None
    ]


def supplement_rows(supplements: list[dict[str, Any]]) -> list[list[str]]:
    """One row per supplement when there are several or one needed reading (a form, a
    count, a label line): what was typed, its magnesium, and how it was read."""
    if len(supplements) < 2 and not any(
        s["form"] or s["count"] != 1 or s["figure_note"] for s in supplements
    ):
        return []
    return [
        [f"  {item['input']}", num(item["elemental_mg"], "mg"), read_as(item)]
        for item in supplements
    ]


def read_as(item: dict[str, Any]) -> str:
    """How the figure was read; a range says which end counts, a derived one says so."""
    count = f"{item['count']:g} x " if item["count"] != 1 else ""
    if item["elemental_low_mg"] is not None:
        low, high = num(item["elemental_low_mg"]), num(item["elemental_high_mg"])
        return f"{_read_as(item, count)}; {low}-{high} mg, top counted"
    if item["derived"]:
        return f"{count}derived from the label's %: see below"
    return _read_as(item, count)


def figure_notes(supplements: list[dict[str, Any]]) -> list[str]:
    return [
        f"{item['input']}: {item['figure_note']}" for item in supplements if item["figure_note"]
    ]


def _read_as(item: dict[str, Any], count: str) -> str:
    from mgcalc.core.chemistry.forms import display_name

    if item["source"] == "FDA16":
        form = f", as {display_name(item['form'])}" if item["form"] else ""
        return f"{count}label figure, elemental{form}"
    if item["form"] and item["compound_mg"] is not None:
        per = item["compound_mg"] / item["count"]
        return f"{count}{num(per, 'mg')} of {display_name(item['form'])}, compound weight"
    return f"{count}elemental, as given" if count else "elemental, as given"


def usda_entry(item: dict[str, Any]) -> str:
    return f"USDA {item['ndb']}: {item['food']} ({item['preparation']})"


def check_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    reference = f"{rec['reference_type']} {num(rec['rda_mg'], 'mg')}"
    ul = "none set" if rec["ul_mg"] is None else f"UL {rec['ul_mg']} mg"
    rows = [
        ["Food", num(rec["food_mg"], "mg"), ""],
        *food_rows(rec["foods"]),
        [
            "Supplements",
            num(rec["supplement_mg"], "mg"),
            bar(rec["supplement_mg"], rec["ul_mg"], ascii_only=ascii_only) + f"  of {ul}",
        ],
        *supplement_rows(rec["supplements"]),
        [
            "Total",
            num(rec["total_mg"], "mg"),
            bar(rec["total_mg"], rec["rda_mg"], ascii_only=ascii_only) + f"  of {reference}",
        ],
    ]
    advised_against = rec["supplement_mg"] > 0 and result.kidney.no_supplement
    notes = [f"{rec['standard_title']}; {rec['life_stage']}.", ul_verdict(rec, advised_against)]
    if rec["profile_used"]:
        notes.insert(0, PROFILE_NOTE)
    notes += figure_notes(rec["supplements"])
    notes += [f"! {w}" for w in rec["warnings"]] + rec["notes"]
    notes.append(sources_note(rec["sources"]))
    return View(
        f"Magnesium intake check: {rec['life_stage']}"
        + (" (age not given: adult assumed)" if rec["age_assumed"] else ""),
        [Column("Intake"), Column("mg", True), Column("Against the reference")],
        rows,
        notes,
    )


def ul_verdict(rec: Any, advised_against: bool = False) -> str:
    """Never 'within' a UL that is not set: no UL for the age is a caution of its own.
    Nor a bare 'within' where the kidney caution says not to supplement at all."""
    if rec["ul_status"] == "not_set":
        if rec["supplement_mg"] > 0:
            return "! Supplements where no UL is set: see the caution below."
        return "No supplemental UL is set for this age."
    verdict = "OVER the supplemental UL" if rec["over_ul"] else "within the supplemental UL"
    if advised_against and not rec["over_ul"]:
        return (
            f"! Supplements are {verdict}, but with this kidney function the sources advise "
            "against supplementing: see the caution below."
        )
    return f"Supplements are {verdict} (the UL applies to supplements and medicines, not food)."


def plan_view(result: Any, ascii_only: bool = False) -> View:
    from mgcalc.core.chemistry.forms import display_name

    rec = result.record()
    rows = [
        [
            d["time"] if d["clock"] is None else d["clock"],
            num(d["elemental_mg"], "mg"),
            num(d["compound_mg"], "mg"),
            "-" if d["units"] is None else str(d["units"]),
            d["note"] or "",
        ]
        for d in rec["doses"]
    ]
    if not rows:
        rows = [["no supplement proposed", "-", "-", "-", ""]]
    span = (
        ""
        if rec["elemental_per_day_high_mg"] is None
        else f" ({num(rec['elemental_per_day_low_mg'], '')}-"
        f"{num(rec['elemental_per_day_high_mg'], 'mg')})"
    )
    head = (
        f"Target {rec['reference_type']} {num(rec['target_mg'], 'mg')}, food "
        f"{num(rec['food_mg'], 'mg')}, gap {num(rec['gap_mg'], 'mg')}; supplemental UL "
        f"{num(rec['ul_mg'], 'mg')}. Plan: {num(rec['elemental_per_day_mg'], 'mg')}{span} "
        "elemental as "
        f"{num(rec['compound_mg'], 'mg')} of {display_name(rec['form'])} ({rec['life_stage']}, "
        f"{rec['standard'].upper()})."
    )
    notes = [
        *([PROFILE_NOTE] if rec["profile_used"] else []),
        head,
        *(
            f"Food {item['input']}: {num(item['elemental_mg'], 'mg')} from {usda_entry(item)}."
            for item in rec["foods"]
            if item["ndb"] is not None
        ),
        *(f"! {w}" for w in rec["warnings"]),
        *rec["notes"],
        "mgcalc informs; it does not prescribe. " + sources_note(rec["sources"]),
    ]
    return View(
        f"Magnesium plan ({rec['goal']})",
        [
            Column("When"),
            Column("Elemental", True),
            Column("Compound", True),
            Column("Units", True),
            Column("Medication window"),
        ],
        rows,
        notes,
    )


def food_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    notes = [f"{rec['citation']} ({rec['preparation']}): {num(rec['mg_per_100g'])} mg per 100 g."]
    ods = rec["ods"]
    if ods is not None:
        notes.append(
            f"Second source, NIH ODS fact sheet: {ods['elemental_mg']} mg per {ods['serving']}; "
            f"SR28 gives {num(ods['usda_sr28_mg'], 'mg')} for that serving"
            + (
                ". The two tables differ here: this is why figures on the web differ."
                if ods["differs"]
                else "."
            )
        )
        if ods["note"]:
            notes.append(ods["note"])
    if rec["matched_by"] == "search":
        notes.append("Matched by search: see mgcalc food --search for alternatives.")
    return View(
        f"Magnesium in {rec['amount']} of {rec['food']}",
        [Column("Food"), Column("Amount"), Column("Grams", True), Column("Magnesium", True)],
        [[rec["food"], rec["amount"], num(rec["amount_g"], "g"), num(rec["elemental_mg"], "mg")]],
        notes,
    )


def food_search_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [rec["ndb"], rec["food"], num(rec["mg_per_100g"], "mg"), "; ".join(rec["measures"][:3])]
        for rec in result.records()
    ]
    return View(
        f"Foods matching '{result.query}' (USDA SR28)",
        [Column("NDB"), Column("Food"), Column("Mg/100 g", True), Column("Measures")],
        rows,
        ["mgcalc food NDB AMOUNT picks one: mgcalc food 12061 1oz"],
    )
