"""Knowledge from the package data: form rankings per goal, evidence grades,
interactions and the guide. Every figure the guide quotes is filled in from the
same data the calculators use (one source of truth)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from mgcalc.core.chemistry.forms import Form, catalogue, is_family_default, normalise
from mgcalc.core.error_records import OptionError
from mgcalc.core.errors import UnknownNameError, suggest
from mgcalc.core.knowledge.form_listing import form_record
from mgcalc.data import (
    evidence,
    goals,
    kidney_caution,
    medications,
    stacking,
    topics,
)
from mgcalc.data.knowledge_records import Goal, GoalReason, Topic

if TYPE_CHECKING:
    from mgcalc.data.reference_records import Medication


class RankingRecord(TypedDict):
    rank: int
    id: str
    name: str
    formula: str
    fraction: float
    percent: float
    absorption: str
    gi_note: str
    suits: list[str]
    watch: str
    why: str
    score: int
    goal: str
    evidence_verdict: str | None
    evidence_caution: str | None
    sources: list[str]


class InteractionRecord(TypedDict):
    kind: str
    id: str
    name: str
    interaction: str | None
    names: list[str]
    effect: str
    advice: str | None
    separate_hours: int | None
    before_hours: int | None
    after_hours: int | None
    sources: list[str]


class GuideRecord(TypedDict):
    id: str
    title: str
    aliases: list[str]
    text: str | None
    sources: list[str]


def get_goal(goal_id: str) -> Goal:
    from mgcalc.core.knowledge.goals import resolve_goal

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


@dataclass(frozen=True, slots=True)
class Ranking:
    goal: Goal
    forms: list[tuple[Form, GoalReason]]

    def records(self) -> list[RankingRecord]:
        from mgcalc.core.reference.evidence import evidence_caution, is_weak, outcome_for

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


@dataclass(frozen=True, slots=True)
class InteractionsResult:
    """The medicines asked about (or all of them), then stacking and kidney notes.
    A medicine mgcalc does not know is its own error record, in its place in the
    list (``index`` is its position among the --medication values), as a bad
    --product is in compare: the rest are
    still answered, and ``-q`` lines stay aligned with the medicines asked."""

    items: list[Medication]
    include_stacking: bool = True
    errors: list[OptionError] = field(default_factory=list)

    def records(self) -> list[InteractionRecord | OptionError]:
        rows: list[InteractionRecord | OptionError] = [
            {
                "kind": "medication",
                "id": m.id,
                "name": m.name,
                "interaction": m.interaction,
                "names": list(m.aliases),
                "effect": m.effect,
                "advice": m.advice,
                "separate_hours": m.separate_hours,
                "before_hours": m.before_hours,
                "after_hours": m.after_hours,
                "sources": list(m.sources),
            }
            for m in self.items
        ]
        if self.include_stacking:
            rows += [
                {
                    "kind": "stacking",
                    "id": s.id,
                    "name": s.name,
                    "interaction": None,
                    "names": [],
                    "effect": s.note,
                    "advice": None,
                    "separate_hours": None,
                    "before_hours": None,
                    "after_hours": None,
                    "sources": list(s.sources),
                }
                for s in stacking()
            ]
            caution = kidney_caution()
            rows.append(
                {
                    "kind": "kidney",
                    "id": "kidney-disease",
                    "name": "Kidney disease",
                    "interaction": None,
                    "names": [],
                    "effect": caution.caution,
                    "advice": None,
                    "separate_hours": None,
                    "before_hours": None,
                    "after_hours": None,
                    "sources": list(caution.sources),
                }
            )
        for error in sorted(self.errors, key=lambda e: e.get("index", 0)):
            rows.insert(error.get("index", 1) - 1, error)
        return rows

    def quiet(self) -> str:
        """One id a line; an empty line for a medicine mgcalc does not know."""
        return "\n".join(str(row.get("id", "")) for row in self.records())


def all_medications() -> list[Medication]:
    return list(medications())


def find_topic(name: str) -> Topic:
    key = normalise(name)
    for topic in topics():
        if key in (topic.id, *map(normalise, topic.aliases)):
            return topic
    names = [t.id for t in topics()] + [a for t in topics() for a in t.aliases]
    close = suggest(key, names)
    ids = [next(t.id for t in topics() if c == t.id or c in t.aliases) for c in close]
    raise UnknownNameError(
        "guide topic", name, list(dict.fromkeys(ids)), choices=[t.id for t in topics()]
    )


def render_topic(topic: Topic) -> str:
    from mgcalc.core.knowledge.guide_figures import LazyFigures

    return topic.body.strip().format_map(LazyFigures())


@dataclass(frozen=True, slots=True)
class GuideResult:
    topic: Topic | None

    def records(self) -> list[GuideRecord]:
        chosen = [self.topic] if self.topic else list(topics())
        return [
            {
                "id": t.id,
                "title": t.title,
                "aliases": list(t.aliases),
                "text": render_topic(t) if self.topic else None,
                "sources": list(t.sources),
            }
            for t in chosen
        ]

    def markdown(self) -> str:
        if self.topic is None:
            lines = ["# mgcalc guide", "", "Topics (mgcalc guide TOPIC):", ""]
            lines += [f"- `{t.id}`: {t.title}" for t in topics()]
            return "\n".join(lines) + "\n"
        sources = ", ".join(self.topic.sources)
        return (
            f"# {self.topic.title}\n\n{render_topic(self.topic)}\n\n"
            f"Sources: {sources} (mgcalc sources). mgcalc informs; it does not "
            "prescribe.\n"
        )

    def quiet(self) -> str:
        if self.topic is None:
            return "\n".join(t.id for t in topics())
        return render_topic(self.topic)


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))
