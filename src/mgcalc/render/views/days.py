"""Table views for diary days: one day as a check, a run of days as a chart."""

from __future__ import annotations

from datetime import date
from typing import Any

from mgcalc.render.views.base import Column, View, num, sources_note, view_for
from mgcalc.render.views.diary import entry_row
from mgcalc.render.views.intake import ul_verdict

NOT_LOGGED_NOTE = (
    "Nothing is logged on this day, so it has no status against the UL: log what was "
    "taken ('mgcalc log add'), or 'mgcalc log none' for a day without supplements."
)

CHART_WIDTH = 10


def short_bar(value: float, limit: float | None, *, ascii_only: bool = False) -> str:
    """``███████░░░ 70%``, ten cells wide so that a week fits 80 columns."""
    if not limit:
        return "-"
    share = value / limit
    filled = min(CHART_WIDTH, round(share * CHART_WIDTH))
    full, empty = ("#", "-") if ascii_only else ("█", "░")
    return f"{full * filled}{empty * (CHART_WIDTH - filled)} {share * 100:.0f}%"


def day_view(result: Any, ascii_only: bool = False) -> View:
    checked = view_for(result.check, ascii_only=ascii_only)
    status = {"not_logged": "nothing logged", "no_supplements": "no supplements"}
    extra = status.get(result.status)
    title = f"Diary {result.day}" + (f" ({extra})" if extra else "") + ": "
    products = {e.item for e in result.entries if e.kind == "product"}
    rows = [
        [row[0], row[1], row[2].replace("elemental, as given", "label figure, from the cabinet")]
        if row[0].strip() in products
        else row
        for row in checked.rows
    ]
    notes = checked.notes
    if result.status == "not_logged":  # no status against the UL: no bars, no 'within'
        rows = [["Nothing logged", "-", "no status against the RDA or the UL"]]
        verdict = ul_verdict(result.check.record())
        notes = [NOT_LOGGED_NOTE if note == verdict else note for note in notes]
    for entry in result.entries:
        ident, _, time, item, mg, kind = entry_row(dict(entry.record()), usda=False)
        rows.append([f"  #{ident} {'' if time == '-' else time + ' '}{item}", mg, kind])
    return View(title + checked.title, checked.columns, rows, notes)


def _day_label(text: str) -> str:
    return f"{text[5:]} {date.fromisoformat(text).strftime('%a')}"


def days_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows = []
    for rec in records:
        if rec["status"] == "not_logged":
            rows.append([_day_label(rec["date"]), "-", "-", "-", "not logged", ""])
            continue
        supplements = num(rec["supplement_mg"])
        if rec["status"] == "no_supplements":
            supplements = "0 (none)"
        ul_bar = short_bar(rec["supplement_mg"], rec["ul_mg"], ascii_only=ascii_only)
        rows.append(
            [
                _day_label(rec["date"]),
                num(rec["food_mg"]),
                supplements,
                num(rec["total_mg"]),
                short_bar(rec["total_mg"], rec["rda_mg"], ascii_only=ascii_only),
                ul_bar + (" OVER" if rec["over_ul"] else ""),
            ]
        )
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
    logged = [r for r in records if r["status"] != "not_logged"]
    if logged:
        average = sum(r["total_mg"] for r in logged) / len(logged)
        notes.append(f"Average total on the {len(logged)} logged day(s): {average:.0f} mg.")
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
    )


def narrow_chart(records: list[dict[str, Any]], ascii_only: bool) -> View:
    """The week in four columns for a narrow terminal (40 columns): the days' totals
    against the RDA, then their supplements against the UL, then their food, each
    day a row with a ten-cell bar; the same figures as the wide chart."""
    first = records[0]
    reference = f"{first['reference_type']} {num(first['rda_mg'])} mg"
    ul = "no UL set" if first["ul_mg"] is None else f"UL {first['ul_mg']} mg"
    rows: list[list[str]] = []
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
            share = "" if not limit else f"{value / limit * 100:.0f}%"
            over = key == "supplement_mg" and rec["over_ul"]
            chart = short_bar(value, limit, ascii_only=ascii_only).rsplit(" ", 1)[0]
            if key == "supplement_mg" and rec["status"] == "no_supplements":
                chart = "none"
            rows.append(
                [day, "" if limit is None else chart, num(value), share + (" OVER" if over else "")]
            )
    return View(
        "",
        [Column("Day", wrap=False), Column("Against"), Column("mg", True), Column("%")],
        rows,
    )
