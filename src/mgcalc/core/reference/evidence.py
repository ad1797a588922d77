"""``evidence``: the seed's research grades, each beside the mainstream verdict.

The product was asked to present the seed article's grades, so they stay; but a
grade from one aggregator is not the whole story (grade A for pre-eclampsia
rests on magnesium sulfate given in hospital, not on supplements: each outcome names
the route its grade is about, and oral pre-eclampsia is its own row), so every
outcome also carries what a guideline body or systematic review concludes, with
its source. Study doses appear only on the outcomes whose studies used them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.data.knowledge import Goal, Outcome, evidence

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

# Verdicts that mean the evidence does not show a benefit worth acting on.
WEAK_VERDICTS = frozenset({"inconclusive", "weak", "not shown"})


class EvidenceRecord(TypedDict):
    id: fields.Id
    outcome: fields.Outcome
    route: fields.Route
    grade: fields.Grade
    note: fields.Note
    mainstream_verdict: fields.MainstreamVerdict
    mainstream: fields.Mainstream
    mainstream_sources: fields.MainstreamSources
    weak_or_negative: fields.WeakOrNegative
    study_dose_low_mg: fields.StudyDoseLowMg | None
    study_dose_high_mg: fields.StudyDoseHighMg | None
    sources: fields.Sources


def outcomes() -> tuple[Outcome, ...]:
    found: tuple[Outcome, ...] = evidence()["outcome"]
    return found


def outcome_for(goal: Goal) -> Outcome | None:
    """The outcome whose evidence bears on ``goal`` (goals.toml ``evidence``)."""
    return next((o for o in outcomes() if o.id == goal.evidence), None)


def is_weak(outcome: Outcome) -> bool:
    return outcome.verdict in WEAK_VERDICTS


def evidence_caution(outcome: Outcome) -> str:
    """One line for the top of a ranking: both verdicts, plainly."""
    seed = "not graded by the seed" if outcome.grade == "-" else f"seed grade {outcome.grade}"
    lead = "Evidence is weak or negative" if is_weak(outcome) else "Evidence"
    sources = ", ".join(outcome.mainstream_sources)
    return (
        f"{lead} for {outcome.outcome.lower()} ({seed}; mainstream: {outcome.verdict}, "
        f"{sources}): {outcome.mainstream}"
    )


def record(outcome: Outcome) -> EvidenceRecord:
    dose = evidence()["dose_range"]
    doses = outcome.study_doses
    return {
        "id": outcome.id,
        "outcome": outcome.outcome,
        "route": outcome.route,
        "grade": outcome.grade,
        "note": outcome.note,
        "mainstream_verdict": outcome.verdict,
        "mainstream": outcome.mainstream,
        "mainstream_sources": list(outcome.mainstream_sources),
        "weak_or_negative": is_weak(outcome),
        "study_dose_low_mg": dose["low_mg"] if doses else None,
        "study_dose_high_mg": dose["high_mg"] if doses else None,
        "sources": [outcome.source, *outcome.mainstream_sources],
    }


class EvidenceResult(NamedTuple):
    def records(self) -> list[EvidenceRecord]:
        return [record(outcome) for outcome in outcomes()]

    def quiet(self) -> str:
        return "\n".join(f"{r['grade']} {r['outcome']}" for r in self.records())
