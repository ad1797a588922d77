"""Forms ranked for a goal (sleep, constipation, general ...): the reasons and the
evidence behind each, from goals.toml and the form catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.chemistry.forms import Form, catalogue, is_family_default
from mgcalc.core.knowledge.form_listing import form_record
from mgcalc.core.knowledge.goals import resolve_goal
from mgcalc.core.reference.evidence import evidence_caution, is_weak, outcome_for
from mgcalc.data.knowledge import Goal, GoalReason, evidence, goals

if TYPE_CHECKING:
    from mgcalc.core import fields

    pass


class RankingRecord(TypedDict):
    rank: fields.Rank
    id: fields.Id
    name: fields.Name
    formula: fields.Formula
    fraction: fields.Fraction
    percent: fields.Percent
    absorption: fields.Absorption
    gi_note: fields.GiNote
    suits: fields.Suits
    watch: fields.Watch
    why: fields.Why
    score: fields.Score
    goal: fields.Goal
    evidence_verdict: fields.EvidenceVerdict | None
    evidence_caution: fields.EvidenceCaution | None
    sources: fields.Sources


def get_goal(goal_id: str) -> Goal:

    return resolve_goal(goal_id)


def reason_for(goal: Goal, form: Form) -> GoalReason:
    family = form.record.family if form.record else ""
    for reason in (*goal.prefer, *goal.avoid):
        if reason.family == family:
            return reason
    record = form.record
    if record is None:
        return GoalReason("", 0, "not in the catalogue: no absorption data", ("IUPAC",))
    score = -1 if record.absorption == "low" else 1
    return GoalReason(family, score, record.absorption_note, record.absorption_sources)


def goal_summary(goal: Goal) -> str:
    """The goal's summary with the study dose range filled in from evidence.toml
    (without :func:`figures`, which would load the food table for two numbers)."""
    dose = evidence()["dose_range"]
    return goal.summary.format(study_low=dose["low_mg"], study_high=dose["high_mg"])


def suits(family: str) -> list[str]:
    return [
        g.id for g in goals().values() if any(r.family == family and r.score >= 2 for r in g.prefer)
    ]


class Ranking(NamedTuple):
    goal: Goal
    forms: list[tuple[Form, GoalReason]]

    def records(self) -> list[RankingRecord]:

        outcome = outcome_for(self.goal)
        verdict = None if outcome is None else outcome.verdict
        caution = None if outcome is None or not is_weak(outcome) else evidence_caution(outcome)
        extra = [] if outcome is None else list(outcome.mainstream_sources)
        rows: list[RankingRecord] = []
        for rank, (form, reason) in enumerate(self.forms, 1):
            base = form_record(form)
            family = form.record.family if form.record else ""
            watch = [r.reason for r in self.goal.avoid if r.family == family]
            rows.append(
                {
                    "rank": rank,
                    "id": form.id,
                    "name": form.name,
                    "formula": form.formula,
                    "fraction": base["fraction"],
                    "percent": base["percent"],
                    "absorption": base["absorption"],
                    "gi_note": base["gi_note"],
                    "suits": suits(family),
                    "watch": "; ".join(watch) or base["gi_note"],
                    "why": reason.reason,
                    "score": reason.score,
                    "goal": self.goal.id,
                    "evidence_verdict": verdict,
                    "evidence_caution": caution,
                    "sources": sorted({*base["sources"], *reason.sources, *extra}),
                }
            )
        return rows

    def quiet(self) -> str:
        return "\n".join(form.id for form, _ in self.forms)


def rank_forms(goal_id: str, *, every_hydrate: bool = False) -> Ranking:
    """Forms for a goal, best first: the goal's reason score, then magnesium content."""
    goal = get_goal(goal_id)
    forms = [f for f in catalogue(materials=True) if every_hydrate or is_family_default(f)]
    scored = [(form, reason_for(goal, form)) for form in forms]
    scored.sort(key=lambda pair: (-pair[1].score, -pair[0].fraction, pair[0].id))
    return Ranking(goal, scored)
