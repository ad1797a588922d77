"""``plan``: the supplemental dose that closes the gap to the reference value.

Rules, in order: no dose with kidney disease, where no reference or no UL is
set, or when food already meets the reference; otherwise the gap, capped at the
supplemental UL, in whole units that never cross the UL; split into at least two
intakes above 200 mg (and always under the EU standard, as Germany's BfR
advises); timed for the goal; medication windows stated on every dose.

Whole-dose arithmetic for ``plan``: how much (the gap, capped at the UL, in whole
units or 5 mg steps, saying whenever the units miss the gap), how many intakes (split
above 200 mg, always under the EU standard, as Germany's BfR advises), when (the
goal's slots, moved on the clock around the medicines' windows).
"""

from __future__ import annotations

import math

from mgcalc.core.chemistry.counts import too_many_units
from mgcalc.core.chemistry.forms import Form
from mgcalc.core.figures import frac5, mg2
from mgcalc.core.intake import cautions, schedule
from mgcalc.core.intake.check import IntakeItem
from mgcalc.core.intake.plan import Dose, PlanResult
from mgcalc.core.knowledge.goals import last_dose_time, resolve_goal
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.conditions import Conditions
from mgcalc.core.reference.evidence import evidence_caution, is_weak, outcome_for
from mgcalc.core.reference.interactions import MedicationUse, has_timing_rule
from mgcalc.core.reference.kidney import KidneyFunction
from mgcalc.core.reference.lifestage import LifeStage
from mgcalc.data.knowledge import evidence
from mgcalc.data.reference import Medication


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
    crcl: float | None = None,
    conditions: Conditions | None = None,
) -> PlanResult:
    """No dose where the sources advise against one: kidney disease, eGFR below 30
    (KDIGO G4-G5) or creatinine clearance below 30 mL/min, a condition an SmPC
    contraindicates, or a medicine whose label advises against magnesium."""
    goal = resolve_goal(goal).id
    kidney = KidneyFunction(egfr, kidney_disease, crcl)
    result = PlanResult(stage, form, goal, foods, unit_elemental_mg, medications or [], kidney)
    result.conditions = conditions or Conditions()
    result.unit_span_mg = unit_span_mg
    result.notes.extend([*stage.notes, *kidney.notes()])
    result.cautions.extend(kidney.cautions())
    result.cautions.extend(result.conditions.cautions())
    result.cautions.extend(cautions.medications(result.medications))
    if kidney.no_supplement:
        why = kidney.describe() or "kidney disease"
        result.no_dose(f"With {why} mgcalc proposes no dose.")
        return result
    if result.conditions.no_supplement:
        result.no_dose(
            f"With {result.conditions.describe()} mgcalc proposes no dose: ask your clinician."
        )
        return result
    avoid = [u.medication for u in result.medications if u.medication and _avoid(u.medication)]
    if avoid:
        names = ", ".join(m.name for m in avoid)
        result.no_dose(
            f"The label of {names} advises against taking magnesium with it, so mgcalc "
            "proposes no dose: ask the prescriber."
        )
        return result
    amount = dose_amount(result)
    if amount > 0:
        result.doses.extend(doses(result, amount))
    if result.doses:
        result.notes.append(form_note(form))
        low, high = result.supplement_span
        if mg2(low) != mg2(high):
            result.notes.append(
                upper_limit.top_note(low, result.supplement_mg, high, "The supplement")
            )
        if not (result.medications or result.kidney.cautions() or result.conditions.items):
            result.cautions.append(cautions.general())
    result.cautions.extend(cautions.plan_cautions(result))
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
    outcome = outcome_for(resolve_goal(goal))
    return [evidence_caution(outcome)] if outcome is not None and is_weak(outcome) else []


def goal_evidence_sources(goal: str) -> list[str]:
    """The sources of that caution, so the plan's sources list them."""
    outcome = outcome_for(resolve_goal(goal))
    return list(outcome.mainstream_sources) if outcome is not None and is_weak(outcome) else []


def form_note(form: Form) -> str:
    record = form.record
    tolerance = f" {record.gi_note}" if record else ""
    return f"{form.name}: {frac5(form.fraction) * 100:.2f}% magnesium.{tolerance}"


def _avoid(medication: Medication) -> bool:
    return medication.interaction == "avoid"


SPLIT_ABOVE_MG = 200


def times(goal: str, count: int) -> tuple[str, ...]:
    """When to take ``count`` intakes for ``goal`` (timing facts from evidence.toml, SEED)."""
    timing = evidence()["timing"]
    last = last_dose_time(resolve_goal(goal))
    if count == 1:
        return (last or timing["with_meals"],)
    return ("with breakfast", "with dinner") if last is None else ("with dinner", last)


def dose_amount(result: PlanResult) -> float:
    """Elemental mg to supplement: the gap, capped at the UL, in whole units."""
    stage = result.stage
    ul = stage.ul_mg
    if stage.reference_mg is None:
        result.no_dose("No reference value applies, so mgcalc proposes no dose.")
        return 0.0
    if ul is None:
        result.cautions.append(cautions.no_ul(stage))
        result.no_dose(
            f"No supplemental UL is set for {stage.upper.label} ({stage.standard.name}), so "
            "mgcalc proposes no supplement: ask a clinician."
        )
        return 0.0
    gap = result.gap_mg
    if gap <= 0:
        result.no_dose(
            f"Food ({mg2(result.food_mg):g} mg) already meets the {stage.reference_type} of "
            f"{stage.reference_mg} mg: no supplement is needed."
        )
        return 0.0
    if gap > ul:
        result.notes.append(
            f"The gap is {mg2(gap):g} mg, but supplements stop at the UL of {ul} mg "
            f"({stage.upper.label}); the rest should come from food."
        )
    unit = result.unit_elemental_mg
    if unit is None:
        cap = 5 * math.floor(ul / result.top_ratio / 5)
        while cap > 0 and not upper_limit.fits(cap * result.top_ratio, ul):
            cap -= 5
        amount = float(min(5 * math.ceil(gap / 5), cap))
        if cap < 5 * math.floor(ul / 5) and amount == cap:
            result.notes.append(
                f"Held at {amount:g} mg so that the top of {result.form.id}'s stated content "
                f"({mg2(amount * result.top_ratio):g} mg) stays within the UL of {ul} mg."
            )
        if amount > gap + 1e-9:
            result.notes.append(
                f"Rounded up to a 5 mg step: {amount:g} mg, {mg2(amount - gap):g} mg over the gap."
            )
        return amount
    top = result.unit_top_mg
    ranged = top != unit
    upto = f" (up to {mg2(top):g} mg at the top of the stated content)" if ranged else ""
    units = math.ceil(round(min(gap, ul) / unit, 9))
    if not upper_limit.fits(units * top, ul):
        units = upper_limit.whole_units_within(top, ul)
        if units == 0:
            scale = cautions.iv_scale(unit)
            if scale is not None:
                result.cautions.append(scale)
            result.no_dose(
                f"One unit supplies {mg2(unit):g} mg{upto}, over the UL of {ul} mg: choose a "
                "smaller unit. No dose proposed."
            )
            return 0.0
        result.notes.append(
            f"Whole units rounded down to stay within the UL of {ul} mg: {units} x "
            f"{mg2(unit):g} mg = {mg2(units * unit):g} mg"
            + (f" (up to {mg2(units * top):g} mg)" if ranged else "")
            + f", short of the gap of {mg2(gap):g} mg."
        )
    elif units * unit > gap + 1e-9:
        within = f"up to {mg2(units * top):g} mg, " if ranged else ""
        result.notes.append(
            f"Whole units overshoot the gap: {units} x {mg2(unit):g} mg = "
            f"{mg2(units * unit):g} mg against a gap of {mg2(gap):g} mg ({within}within the UL "
            f"of {ul} mg)."
        )
    return units * unit


def doses(result: PlanResult, amount: float) -> list[Dose]:
    split = amount > SPLIT_ABOVE_MG or result.stage.standard_id == "eu"
    count = 2 if split else 1
    unit = result.unit_elemental_mg
    units_each: list[int | None] = [None] * count
    if unit is not None:
        total_units = round(amount / unit)
        if total_units < count:
            count = total_units
            result.notes.append(
                "Splitting is advised (BFR17; smaller intakes are better tolerated), but one "
                "unit cannot be split: a smaller unit would allow two intakes."
            )
            result.extra_sources.append("BFR17")
        units_each = [
            total_units // count + (1 if i < total_units % count else 0) for i in range(count)
        ]
        too_many = too_many_units(math.ceil(total_units / count), unit)
        if too_many is not None:
            result.no_dose(f"{too_many}. No dose proposed.")
            return []
    elif split:
        result.notes.append(
            "Split into two intakes: smaller doses are absorbed and tolerated "
            "better (SEED; BfR17 advises at least two intakes a day)."
        )
        result.extra_sources.append("BFR17")
    slots = times(result.goal, count)
    known = [u.medication for u in result.medications if u.medication is not None]
    window = " ".join(m.advice for m in known if has_timing_rule(m)) or None
    minutes: list[int | None] = [None] * count
    timed = schedule.timed(result.medications)
    if timed:
        minutes = schedule.place(slots, timed)
        untimed = [m.advice for m in known if has_timing_rule(m) and m not in schedule.known(timed)]
        window = " ".join([schedule.window_note(timed), *untimed])
        result.notes.append(f"Clock times assume {schedule.ASSUMED}, moved to keep the windows.")
        if None in minutes:
            result.no_dose(
                "No time of day between 06:00 and 23:00 keeps every medicine's window for "
                "each dose: ask a pharmacist to fit magnesium in. No dose proposed."
            )
            return []
    doses = []
    for time, units, minute in zip(slots, units_each, minutes, strict=True):
        elemental_mg = amount / count if units is None else units * (unit or 0)
        compound = elemental_mg / result.form.fraction
        doses.append(Dose(time, elemental_mg, compound, units, window, minute))
    return doses


def unit_elemental(form: Form, unit_size_mg: float, *, is_compound: bool) -> float:
    """Elemental mg in one capsule or tablet."""
    return unit_size_mg * form.fraction if is_compound else unit_size_mg


def unit_range(form: Form, unit_size_mg: float, *, is_compound: bool) -> tuple[float, float]:
    """Elemental mg in one unit at the low and top of the form's stated content; an
    elemental unit size is the label's own figure, with no range."""
    if not is_compound:
        return unit_size_mg, unit_size_mg
    return upper_limit.compound_low(form, unit_size_mg), upper_limit.compound_top(
        form, unit_size_mg
    )
