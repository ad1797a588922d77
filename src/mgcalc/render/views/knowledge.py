"""Table views for form rankings, evidence and interactions."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, sources_note, view


@view("Ranking")
def ranking_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [str(r["rank"]), r["id"], f"{r['percent']:.2f}%", r["absorption"], r["why"], r["watch"]]
        for r in result.records()
    ]
    from mgcalc.core.knowledge import goal_summary

    notes = [
        goal_summary(result.goal),
        sources_note(list(result.goal.sources)),
    ]
    return View(
        f"Forms for {result.goal.title.lower()}",
        [
            Column("#", True),
            Column("Form"),
            Column("Mg", True),
            Column("Absorption"),
            Column("Why"),
            Column("Watch"),
        ],
        rows,
        notes,
    )


@view("EvidenceResult")
def evidence_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows = [[r["grade"], r["outcome"], r["note"]] for r in records]
    dose = (
        f"{records[0]['study_dose_low_mg']}-{records[0]['study_dose_high_mg']} mg"
        if records
        else "-"
    )
    return View(
        "Research grades (A strong, B moderate, C limited, D no effect)",
        [Column("Grade"), Column("Outcome"), Column("Evidence")],
        rows,
        [
            f"Clinical studies for blood pressure and blood glucose used {dose} elemental "
            "magnesium a day.",
            sources_note(["SEED"]),
        ],
    )


@view("InteractionsResult")
def interactions_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [
            r["interaction"] or r["kind"],
            r["name"],
            " ".join(x for x in (r["effect"], r["advice"]) if x),
        ]
        for r in result.records()
    ]
    sources = sorted({s for r in result.records() for s in r["sources"]})
    return View(
        "Magnesium interactions",
        [Column("Kind"), Column("What"), Column("Effect")],
        rows,
        [sources_note(sources)],
    )
