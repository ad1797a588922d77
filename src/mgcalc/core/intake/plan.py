"""``plan``: a supplemental dose that closes the gap to the reference value.

Rules, in order: no dose with kidney disease, where no reference or no UL is
set, or when food already meets the reference; otherwise the gap, capped at the
supplemental UL, in whole units that never cross the UL; split into at least two
intakes above 200 mg (and always under the EU standard, as Germany's BfR
advises); timed for the goal; medication windows stated on every dose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.figures import frac5, mg2
from mgcalc.core.intake import cautions, dosing
from mgcalc.core.intake.cautions import Caution, CautionRecord
from mgcalc.core.intake.check import IntakeItem, IntakeItemRecord
from mgcalc.core.intake.dosing import Dose, DoseRecord
from mgcalc.core.knowledge.goals import resolve_goal
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.interactions import MedicationRecord, MedicationUse
from mgcalc.core.reference.kidney import KidneyFunction, kidney_fields
from mgcalc.core.reference.lifestage import LifeStage
from mgcalc.core.reference.upper_limit import compound_low, compound_top
from mgcalc.data import evidence
from mgcalc.data.reference_records import Medication


class PlanRecord(TypedDict):
    standard: str
    life_stage: str
    goal: str
    target_mg: int | None
    reference_type: str
    ul_mg: int | None
    food_mg: float
    foods: list[IntakeItemRecord]
    gap_mg: float
    form: str
    formula: str
    fraction: float
    elemental_per_unit_mg: float | None
    supplement_mg: float
    supplement_low_mg: float | None
    supplement_high_mg: float | None
    compound_mg: float
    units: int | None
    total_mg: float
    doses: list[DoseRecord]
    egfr: float | None
    egfr_category: str | None
    kidney_disease: bool
    medications: list[MedicationRecord]
    warnings: list[str]
    cautions: list[CautionRecord]
    notes: list[str]
    sources: list[str]
    profile_used: bool


@dataclass
class PlanResult:
    stage: LifeStage
    form: Form
    goal: str
    foods: list[IntakeItem]
    unit_elemental_mg: float | None
    medications: list[MedicationUse]
    kidney: KidneyFunction = field(default_factory=KidneyFunction)
    doses: list[Dose] = field(default_factory=list)
    cautions: list[Caution] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra_sources: list[str] = field(default_factory=list)  # behind notes, e.g. evidence
    profile_used: bool = False
    unit_span_mg: tuple[float, float] | None = None  # one unit, low and top of the range
    reason: str | None = None  # why no dose is proposed

    def no_dose(self, why: str) -> None:
        """A note that says why no dose is proposed; -q writes it to stderr, since its
        figure alone (0) would not say why."""
        self.notes.append(why)
        self.reason = why

    @property
    def quiet_reason(self) -> str | None:
        return None if self.doses else self.reason

    @property
    def top_ratio(self) -> float:
        """Top of the form's stated content per nominal mg (1 without a range)."""
        return (self.form.fraction_high or self.form.fraction) / self.form.fraction

    @property
    def unit_top_mg(self) -> float:
        """One unit at the top of its range: what the UL is held against."""
        assert self.unit_elemental_mg is not None
        return self.unit_elemental_mg if self.unit_span_mg is None else self.unit_span_mg[1]

    @property
    def supplement_span(self) -> tuple[float, float]:
        """The proposed supplement at the low and top of the stated content."""
        if self.unit_elemental_mg is None:
            compound = self.supplement_mg / self.form.fraction
            return compound_low(self.form, compound), compound_top(self.form, compound)
        low, top = self.unit_span_mg or (self.unit_elemental_mg, self.unit_elemental_mg)
        units = self.units or 0
        return units * low, units * top

    @property
    def warnings(self) -> list[str]:
        return [caution.text for caution in self.cautions]

    @property
    def food_mg(self) -> float:
        return sum((item.elemental_mg for item in self.foods), 0.0)

    @property
    def gap_mg(self) -> float:
        reference = self.stage.reference_mg
        return 0.0 if reference is None else max(0.0, reference - self.food_mg)

    @property
    def supplement_mg(self) -> float:
        return sum((dose.elemental_mg for dose in self.doses), 0.0)

    @property
    def units(self) -> int | None:
        if self.unit_elemental_mg is None:
            return None
        return sum(dose.units or 0 for dose in self.doses)

    def record(self) -> PlanRecord:
        stage = self.stage
        sources = [*stage.standard.sources, "PUBCHEM", "IUPAC", "SEED"]
        sources += [s for caution in self.cautions for s in caution.sources]
        sources += [item.source for item in self.foods if item.source]
        sources += self.kidney.sources()
        sources += self.extra_sources
        return {
            "standard": stage.standard_id,
            "life_stage": stage.label,
            "goal": self.goal,
            "target_mg": stage.reference_mg,
            "reference_type": stage.reference_type,
            "ul_mg": stage.ul_mg,
            "food_mg": mg2(self.food_mg),
            "foods": [item.record() for item in self.foods],
            "gap_mg": mg2(self.gap_mg),
            "form": self.form.id,
            "formula": self.form.formula,
            "fraction": frac5(self.form.fraction),
            "elemental_per_unit_mg": None
            if self.unit_elemental_mg is None
            else mg2(self.unit_elemental_mg),
            "supplement_mg": mg2(self.supplement_mg),
            "supplement_low_mg": self._span_end(0),
            "supplement_high_mg": self._span_end(1),
            "compound_mg": mg2(self.supplement_mg / self.form.fraction),
            "units": self.units,
            "total_mg": mg2(self.food_mg + self.supplement_mg),
            "doses": [dose.record() for dose in self.doses],
            **kidney_fields(self.kidney),
            "medications": [use.record() for use in self.medications],
            "warnings": self.warnings,
            "cautions": [caution.record() for caution in self.cautions],
            "notes": list(self.notes),
            "sources": list(dict.fromkeys(sources)),
            "profile_used": self.profile_used,
        }

    def _span_end(self, end: int) -> float | None:
        """One end of the supplement's range, null without one (as check's items)."""
        span = self.supplement_span
        return None if mg2(span[0]) == mg2(span[1]) else mg2(span[end])

    def quiet(self) -> str:
        return f"{mg2(self.supplement_mg):g}"


def plan(
    stage: LifeStage,
    form: Form,
    foods: list[IntakeItem],
    *,
    goal: str = "general",
    unit_elemental_mg: float | None = None,
    unit_span_mg: tuple[float, float] | None = None,
    medications: list[MedicationUse] | None = None,
    kidney_disease: bool = False,
    egfr: float | None = None,
) -> PlanResult:
    """No dose where the sources advise against one: kidney disease, eGFR below 30
    (KDIGO G4-G5), or a medicine whose label advises against magnesium."""
    goal = resolve_goal(goal).id
    kidney = KidneyFunction(egfr, kidney_disease)
    result = PlanResult(stage, form, goal, foods, unit_elemental_mg, medications or [], kidney)
    result.unit_span_mg = unit_span_mg
    result.notes.extend([*stage.notes, *kidney.notes()])
    result.cautions.extend(kidney.cautions())
    result.cautions.extend(cautions.medications(result.medications))
    if kidney.no_supplement:
        why = kidney.describe() or "kidney disease"
        result.no_dose(f"With {why} mgcalc proposes no dose.")
        return result
    avoid = [u.medication for u in result.medications if u.medication and _avoid(u.medication)]
    if avoid:
        names = ", ".join(m.name for m in avoid)
        result.no_dose(
            f"The label of {names} advises against taking magnesium with it, so mgcalc "
            "proposes no dose: ask the prescriber."
        )
        return result
    amount = dosing.amount(result)
    if amount > 0:
        result.doses.extend(dosing.doses(result, amount))
    if result.doses:
        result.notes.append(form_note(form))
        low, high = result.supplement_span
        if mg2(low) != mg2(high):
            result.notes.append(
                upper_limit.top_note(low, result.supplement_mg, high, "The supplement")
            )
        if not result.medications and not result.kidney.cautions():
            result.cautions.append(cautions.general())
    if goal in ("blood-pressure", "blood-sugar"):
        dose = evidence()["dose_range"]
        result.notes.append(
            "Clinical studies for blood pressure and blood glucose used "
            f"{dose['low_mg']}-{dose['high_mg']} mg elemental "
            f"magnesium a day (SEED); mgcalc never proposes more than the supplemental UL "
            f"({stage.ul_mg} mg here): higher doses belong with a clinician."
        )
    result.notes.extend(goal_evidence_notes(goal))
    result.extra_sources.extend(goal_evidence_sources(goal))
    return result


def goal_evidence_notes(goal: str) -> list[str]:
    """The goal's evidence caution (weak or negative verdicts), as forms --goal shows it."""
    from mgcalc.core.reference.evidence import evidence_caution, is_weak, outcome_for

    outcome = outcome_for(resolve_goal(goal))
    return [evidence_caution(outcome)] if outcome is not None and is_weak(outcome) else []


def goal_evidence_sources(goal: str) -> list[str]:
    """The sources of that caution, so the plan's sources list them."""
    from mgcalc.core.reference.evidence import is_weak, outcome_for

    outcome = outcome_for(resolve_goal(goal))
    return list(outcome.mainstream_sources) if outcome is not None and is_weak(outcome) else []


def form_note(form: Form) -> str:
    record = form.record
    tolerance = f" {record.gi_note}" if record else ""
    return f"{form.name}: {frac5(form.fraction) * 100:.2f}% magnesium.{tolerance}"


def _avoid(medication: Medication) -> bool:
    return medication.interaction == "avoid"
