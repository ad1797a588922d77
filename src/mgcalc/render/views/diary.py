"""Table views for where, profile, cabinet and the diary."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, num, sources_note


def _pairs(title: str, pairs: list[tuple[str, str]], notes: list[str] | None = None) -> View:
    return View(title, [Column("What"), Column("Value")], [[k, v] for k, v in pairs], notes or [])


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def where_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    home_from = "MGCALC_HOME" if rec["home_from"] == "MGCALC_HOME" else "platform default"
    return _pairs(
        "Where mgcalc keeps your data",
        [
            ("Data directory", f"{rec['home']} ({home_from})"),
            ("Profile", f"{rec['config']} ({'saved' if rec['config_exists'] else 'none yet'})"),
            (
                "Diary and cabinet",
                f"{rec['database']} ({'exists' if rec['database_exists'] else 'none yet'})",
            ),
        ],
        ["Nothing is written until a command stores something (profile set, cabinet add, log)."],
    )


def profile_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    reference = f"{rec['reference_type']} {num(rec['rda_mg'], 'mg')}"
    ul = "none set" if rec["ul_mg"] is None else f"{rec['ul_mg']} mg (supplements only)"
    egfr = rec["egfr_ml_min_1_73m2"]
    return _pairs(
        "Your profile",
        [
            ("Sex", rec["sex"]),
            ("Age", result.age or "not given (adult 31-50 assumed)"),
            ("Pregnant", _yes(rec["pregnant"])),
            ("Lactating", _yes(rec["lactating"])),
            ("Standard", rec["standard"].upper()),
            ("eGFR", "-" if egfr is None else f"{num(egfr)} mL/min/1.73 m²"),
            ("Kidney disease", _yes(rec["kidney_disease"])),
            ("Medicines", ", ".join(m["input"] for m in rec["medications"]) or "none"),
            ("Life stage", rec["life_stage"]),
            ("Reference", reference),
            ("Supplemental UL", ul),
        ],
        [
            f"Saved in {rec['path']}. check, plan and log use it when --sex is not given.",
            sources_note(rec["sources"]),
        ],
    )


def product_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    tip = "'mgcalc log add " + rec["name"] + "' logs one serving; 'x2' two."
    return _product_view(rec, f"Cabinet: {rec['name']}", tip)


def removed_product_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    tip = (
        "Diary entries that used it keep their figures; "
        f"'mgcalc cabinet add {rec['name']} \"LABEL LINE\"' adds it again."
    )
    return _product_view(rec, f"Removed from the cabinet: {rec['name']}", tip)


def _product_view(rec: Any, title: str, tip: str) -> View:
    from mgcalc.core.chemistry.forms import display_name

    cost = rec["cost_per_100mg"]
    pairs = [
        ("Name", rec["name"]),
        ("Label line", rec["label"]),
        ("Forms", ", ".join(display_name(f, sentence=False) for f in rec["forms"]) or "not named"),
        ("Figure on the line", f"{num(rec['stated_mg'], 'mg')} ({rec['figure_is']})"),
        ("Magnesium per unit", num(rec["elemental_per_unit_mg"], "mg")),
        ("Units per serving", str(rec["units_per_serving"])),
        ("Magnesium per serving", num(rec["elemental_mg"], "mg")),
    ]
    if cost is not None:
        pairs.append(("Cost per 100 mg magnesium", f"{cost:.2f}"))
    if rec["units_left"] is not None:
        pairs.append(("Units left", f"{num(rec['units_left'])} of {rec['units_per_pack']}"))
    notes = [tip]
    if rec["nearly_empty"]:
        notes.insert(0, f"! {rec['name']} is nearly empty: under a week of servings left.")
    if rec["sources"]:
        notes.append(sources_note(rec["sources"]))
    return _pairs(title, pairs, notes)


def cabinet_view(result: Any, ascii_only: bool = False) -> View:
    low = [rec["name"] for rec in result.records() if rec["nearly_empty"]]
    rows = [
        [
            rec["name"],
            num(rec["elemental_mg"], "mg"),
            ", ".join(rec["forms"]) or "-",
            rec["label"],
        ]
        for rec in result.records()
    ]
    notes = [] if rows else ['The cabinet is empty: mgcalc cabinet add NAME "LABEL LINE".']
    notes += [f"! {name} is nearly empty: under a week of servings left." for name in low]
    return View(
        "Your cabinet",
        [Column("Name"), Column("Per serving", True), Column("Forms"), Column("Label line")],
        rows,
        notes,
    )


def entry_row(rec: dict[str, Any], *, usda: bool = True) -> list[str]:
    count = rec["count"]
    counted = rec["kind"] in ("product", "supplement") and count != 1  # 'x0.5' too
    item = f"{rec['item']} x{count:g}" if counted else rec["item"]
    if usda and rec["kind"] == "food" and rec["food"]:  # the entry counted: a wrong match shows
        item += f" (USDA: {rec['food']})"
    return [
        str(rec["entry_id"]),
        rec["date"],
        rec["clock"] or "-",
        item,
        "-" if rec["kind"] == "none" else num(rec["elemental_mg"], "mg"),
        rec["kind"],
    ]


def entries_view(result: Any, ascii_only: bool = False) -> View:
    records = [dict(rec) for rec in result.records()]
    if result.removed:
        count = f"{len(records)} entr{'y' if len(records) == 1 else 'ies'}"
        days = sorted({rec["date"] for rec in records})
        title = f"Removed from the diary: {count}"
        notes = [
            f"These are no longer in the diary; 'mgcalc log day {days[0]}' shows that day now."
            if len(days) == 1
            else "These are no longer in the diary; 'mgcalc log week' shows the days now."
        ]
    else:
        title = "Diary entries"
        notes = ["'mgcalc log undo' takes back the last log; 'mgcalc log remove ID' one entry."]
    return View(
        title,
        [
            Column("ID", True),
            Column("Date"),
            Column("Time"),
            Column("Item"),
            Column("Magnesium", True),
            Column("Kind"),
        ],
        [entry_row(rec) for rec in records],
        notes,
    )


def import_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    return _pairs(
        f"Imported {rec['file']}",
        [
            ("Records in the file", str(rec["records"])),
            ("Imported", str(rec["imported"])),
            ("Already in the diary", str(rec["already_present"])),
        ],
    )


def backup_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    return _pairs(
        f"Backed up to {rec['file']}",
        [
            ("Profile", "included" if rec["profile_included"] else "none saved"),
            ("Cabinet products", str(rec["products_in_file"])),
            ("Diary entries", str(rec["entries_in_file"])),
        ],
        [f"'mgcalc restore {rec['file']}' puts them back, in this home or another."],
    )


def restore_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    profile = {"restored": "restored", "unchanged": "already the same", "none": "none in the file"}
    kept_products = rec["products_in_file"] - rec["products_restored"]
    return _pairs(
        f"Restored {rec['file']}" + (" (this home replaced)" if rec["replaced"] else ""),
        [
            ("Profile", profile[rec["profile_restored"]]),
            (
                "Cabinet products",
                f"{rec['products_restored']} restored, {kept_products} already here",
            ),
            (
                "Diary entries",
                f"{rec['entries_restored']} restored, {rec['already_present']} already here",
            ),
        ],
    )


def logged_view(result: Any, ascii_only: bool = False) -> View:
    """The entries stored, then the day's standing and any questions about them."""
    from mgcalc.core.diary.standing import sentence

    view = entries_view(result, ascii_only)
    rec = result.standing.record()
    warnings = result.standing.warnings
    if rec is None:
        view.notes.insert(0, "Save a profile (mgcalc profile set) to see the day against the UL.")
    else:
        view.notes.insert(0, sentence(rec))
    view.lead += [f"! {warning}" for warning in warnings]
    return view
