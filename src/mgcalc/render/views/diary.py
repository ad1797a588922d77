"""Table views for where, profile, cabinet and the diary."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, num, sources_note, view


def _pairs(title: str, pairs: list[tuple[str, str]], notes: list[str] | None = None) -> View:
    return View(title, [Column("What"), Column("Value")], [[k, v] for k, v in pairs], notes or [])


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


@view("WhereResult")
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


@view("ProfileResult")
def profile_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    reference = f"{rec['reference_type']} {num(rec['rda_mg'], 'mg')}"
    ul = "none set" if rec["ul_mg"] is None else f"{rec['ul_mg']} mg (supplements only)"
    return _pairs(
        "Your profile",
        [
            ("Sex", rec["sex"]),
            ("Age", rec["age"] or "not given (adult 31-50 assumed)"),
            ("Pregnant", _yes(rec["pregnant"])),
            ("Lactating", _yes(rec["lactating"])),
            ("Standard", rec["standard"].upper()),
            ("eGFR", "-" if rec["egfr"] is None else f"{num(rec['egfr'])} mL/min/1.73 m²"),
            ("Kidney disease", _yes(rec["kidney_disease"])),
            ("Medicines", ", ".join(rec["medications"]) or "none"),
            ("Life stage", rec["life_stage"]),
            ("Reference", reference),
            ("Supplemental UL", ul),
        ],
        [
            f"Saved in {rec['path']}. check, plan and log use it when --sex is not given.",
            sources_note(rec["sources"]),
        ],
    )
