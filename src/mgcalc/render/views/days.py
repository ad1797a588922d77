"""Table views for diary days: one day as a check, a run of days as a chart."""

from __future__ import annotations

from datetime import date
from typing import Any

from mgcalc.render.views.base import ALERT, Column, View, bar, num, sources_note, view_for
from mgcalc.render.views.diary import entry_row
from mgcalc.render.views.intake import ul_verdict, usda_entry

NOT_LOGGED_NOTE = (
    "Nothing is logged on this day, so it has no status against the UL: log what was "
    "taken ('mgcalc log add'), or 'mgcalc log none' for a day without supplements."
)

CHART_WIDTH = 10


def short_bar(
    value: float, limit: float | None, *, ascii_only: bool = False, most: int = CHART_WIDTH
) -> str:
    """``███████░░░ 70%``, ten cells for 100% so that a week fits 80 columns (more past it)."""
    return bar(value, limit, ascii_only=ascii_only, width=CHART_WIDTH, most=most)


def day_view(result: Any, ascii_only: bool = False) -> View:
    """The day as check shows it, each entry listed once under its section (with its
    id and time, and how it was counted: the USDA entry of a food, the cabinet's label
    figure of a product)."""
    checked = view_for(result.check, ascii_only=ascii_only)
    status = {"not_logged": "nothing logged", "no_supplements": "no supplements"}
    extra = status.get(result.status)
    title = f"Diary {result.day}" + (f" ({extra})" if extra else "") + ": "
    records = [dict(entry.record()) for entry in result.entries]
    foods = {item["input"]: item for item in result.check.record()["foods"]}
    rows: list[list[str]] = []
    for row in checked.rows:
        if row[0].startswith("  "):
            continue  # the check's own item rows: the entries below say it once
        rows.append(row)
        if row[0] == "Food":
            rows += [
                _entry(rec, usda_entry(foods[rec["item"]]))
                for rec in records
                if rec["kind"] == "food" and foods.get(rec["item"], {}).get("ndb")
            ]
            rows += [
                _entry(rec, "food, as given")
                for rec in records
                if rec["kind"] == "food" and not foods.get(rec["item"], {}).get("ndb")
            ]
        elif row[0] == "Supplements":
            rows += [_entry(rec, _how(rec)) for rec in records if rec["kind"] != "food"]
    notes = checked.notes
    if result.status == "no_supplements" and not result.record()["food_logged"]:
        unknown = "food not logged: the total against the RDA/AI is unknown"
        rows = [r if r[0] != "Total" else [r[0], "-", unknown] for r in rows]
        rows = [r if r[0] != "Food" else [r[0], "not logged", ""] for r in rows]
    if result.status == "not_logged":  # no status against the UL: no bars, no 'within'
        rows = [["Nothing logged", "-", "no status against the RDA or the UL"]]
        verdict = ul_verdict(result.check.record())
        notes = [NOT_LOGGED_NOTE if note == verdict else note for note in notes]
    styles = {
        (number, place): ALERT
        for number, row in enumerate(rows)
        if row[0] == "Supplements" and result.check.over_ul
        for place in (1, 2)
    }
    return View(title + checked.title, checked.columns, rows, notes, styles=styles)


def _entry(rec: dict[str, Any], how: str) -> list[str]:
    ident, _, time, item, mg, _ = entry_row(rec, usda=False)
    return [f"  #{ident} {'' if time == '-' else time + ' '}{item}", mg, how]


def _how(rec: dict[str, Any]) -> str:
    if rec["kind"] == "none":
        return "no supplements taken"
    if rec["kind"] == "product":
        return "label figure, from the cabinet"
    if rec["compound_mg"] is not None and rec["form"]:
        from mgcalc.core.chemistry.forms import display_name

        return f"{num(rec['compound_mg'])} mg of {display_name(rec['form'])}, compound weight"
    return "elemental, as given"


def _day_label(text: str) -> str:
    return f"{text[5:]} {date.fromisoformat(text).strftime('%a')}"


def days_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows: list[list[str]] = []
    styles: dict[tuple[int, int], str] = {}
    for rec in records:
        if rec["status"] == "not_logged":
            rows.append([_day_label(rec["date"]), "-", "-", "-", "not logged", ""])
            continue
        supplements = num(rec["supplement_mg"])
        if rec["status"] == "no_supplements":
            supplements = "0 (none)"
        ul_bar = short_bar(rec["supplement_mg"], rec["ul_mg"], ascii_only=ascii_only)
        total = (
            short_bar(rec["total_mg"], rec["rda_mg"], ascii_only=ascii_only)
            if rec["food_logged"]
            else "food not logged"
        )
        rows.append(
            [
                _day_label(rec["date"]),
                num(rec["food_mg"]),
                supplements,
                num(rec["total_mg"]),
                total,
                ul_bar + (" OVER" if rec["over_ul"] else ""),
            ]
        )
        if rec["over_ul"]:
            styles[(len(rows) - 1, 2)] = styles[(len(rows) - 1, 5)] = ALERT
    first = records[0]
    reference = f"{first['reference_type']} {num(first['rda_mg'], 'mg')}"
    ul = "no UL set" if first["ul_mg"] is None else f"UL {first['ul_mg']} mg"
    notes = [
        f"{first['life_stage']} ({first['standard'].upper()}): total against the {reference}; "
        f"supplements against the {ul} (the UL applies to supplements only).",
    ]
    if first["profile_used"]:
        notes.insert(0, "Person from your saved profile (mgcalc profile show); options given win.")
    for day in result.days:
        fix = day.check.stack_fix
        if day.check.over_ul:
            advice = fix.sentence() if fix is not None else "Lower the dose."
            notes.append(f"! {day.day}: over the UL. {advice}")
    logged = [r for r in records if r["food_logged"]]
    if logged:
        average = sum(r["total_mg"] for r in logged) / len(logged)
        notes.append(f"Average total on the {len(logged)} logged day(s): {average:.0f} mg.")
    unknown = sum(r["status"] == "no_supplements" and not r["food_logged"] for r in records)
    if unknown:
        notes.append(
            f"{unknown} day(s) without supplements and no food logged: their total is "
            "unknown, so they are left out of the average."
        )
    notes.append(sources_note(first["sources"]))
    return View(
        f"Magnesium diary, {records[0]['date']} to {records[-1]['date']}",
        [
            Column("Day", wrap=False),
            Column("Food mg", True),
            Column("Suppl. mg", True),
            Column("Total mg", True),
            Column("Total vs " + first["reference_type"], wrap=False),  # a bar and its %
            Column("Suppl. vs UL", wrap=False),
        ],
        rows,
        notes,
        narrow=narrow_chart(records, ascii_only),
        styles=styles,
    )


def narrow_chart(records: list[dict[str, Any]], ascii_only: bool) -> View:
    """The week in four columns for a narrow terminal (40 columns): the days' totals
    against the RDA, then their supplements against the UL, then their food, each
    day a row with a ten-cell bar; the same figures as the wide chart."""
    first = records[0]
    reference = f"{first['reference_type']} {num(first['rda_mg'])} mg"
    ul = "no UL set" if first["ul_mg"] is None else f"UL {first['ul_mg']} mg"
    rows: list[list[str]] = []
    styles: dict[tuple[int, int], str] = {}
    sections = (
        ("Total", reference, "total_mg", first["rda_mg"]),
        ("Suppl.", ul, "supplement_mg", first["ul_mg"]),
        ("Food", "", "food_mg", None),
    )
    for name, against, key, limit in sections:
        rows.append([name, against, "", ""])
        for rec in records:
            day = _day_label(rec["date"])
            if rec["status"] == "not_logged":
                rows.append([day, "not logged", "-", ""])
                continue
            value = rec[key]
            if value is None:  # a none day without food: its food and total are unknown
                rows.append([day, "unknown", "-", ""])
                continue
            share = "" if not limit else f"{value / limit * 100:.0f}%"
            over = key == "supplement_mg" and rec["over_ul"]
            chart = short_bar(value, limit, ascii_only=ascii_only, most=2).rsplit(" ", 1)[0]
            if key == "supplement_mg" and rec["status"] == "no_supplements":
                chart = "none"
            rows.append(
                [day, "" if limit is None else chart, num(value), share + (" OVER" if over else "")]
            )
            if over:
                styles.update({(len(rows) - 1, 1): ALERT, (len(rows) - 1, 3): ALERT})
    return View(
        "",
        [Column("Day", wrap=False), Column("Against"), Column("mg", True), Column("%")],
        rows,
        styles=styles,
    )
