"""Table views for form rankings, evidence and interactions."""

from __future__ import annotations

from typing import Any

from mgcalc.render.views.base import Column, View, sources_note


def ranking_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows = [
        [str(r["rank"]), r["id"], f"{r['percent']:.2f}%", r["absorption"], r["why"], r["watch"]]
        for r in records
    ]
    from mgcalc.core.knowledge.ranking import goal_summary

    lead = (
        [f"! {records[0]['evidence_caution']}"]
        if records and records[0]["evidence_caution"]
        else []
    )
    notes = [
        goal_summary(result.goal),
        sources_note(
            sorted({s for r in records[:1] for s in r["sources"]} | set(result.goal.sources))
        ),
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
        lead,
    )


def evidence_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows = [
        [
            r["grade"],
            r["outcome"],
            r["note"],
            f"{r['mainstream_verdict']}: {r['mainstream']} ({', '.join(r['mainstream_sources'])})"
            if r["mainstream_sources"]
            else r["mainstream"],
            "-"
            if r["study_dose_low_mg"] is None
            else f"{r['study_dose_low_mg']}-{r['study_dose_high_mg']} mg",
        ]
        for r in records
    ]
    sources = sorted({s for r in records for s in r["sources"]})
    return View(
        "The seed's research grades beside the mainstream verdict",
        [
            Column("Grade"),
            Column("Outcome"),
            Column("Seed says"),
            Column("Mainstream verdict"),
            Column("Study doses"),
        ],
        rows,
        [
            "Grade: as the seed article reports it (A strong, B moderate, C limited, D no "
            "effect, - not graded). Mainstream: a guideline body or systematic review.",
            "Study doses: elemental magnesium a day in the studies behind that outcome, "
            "shown only where they used it; mgcalc never proposes more than the UL.",
            sources_note(sources),
        ],
    )


def interactions_view(result: Any, ascii_only: bool = False) -> View:
    known = [r for r in result.records() if "error" not in r]
    rows = [
        [
            r["interaction"] or r["kind"],
            r["name"],
            " ".join(x for x in (r["effect"], r["advice"]) if x),
        ]
        for r in known
    ]
    sources = sorted({s for r in known for s in r["sources"]})
    from mgcalc.core.error_records import error_place  # interactions' own: not every view's

    unknown = [f"! {error_place(e)}: {e['error']}" for e in result.errors]
    if not rows:  # nothing on file for what was asked: sentences, no empty table
        return View("Magnesium interactions", [], [], unknown)
    return View(
        "Magnesium interactions",
        [Column("Kind"), Column("What"), Column("Effect")],
        rows,
        [*unknown, sources_note(sources)],
    )
