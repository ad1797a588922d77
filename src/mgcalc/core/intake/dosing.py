"""Whole-dose arithmetic for ``plan``: how much (the gap, capped at the UL, in whole
units or 5 mg steps, saying whenever the units miss the gap), how many intakes (split
above 200 mg, always under the EU standard, as Germany's BfR advises), when (the
goal's slots, moved on the clock around the medicines' windows).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from mgcalc.core.chemistry.counts import too_many_units
from mgcalc.core.chemistry.forms import Form
from mgcalc.core.figures import mg2
from mgcalc.core.intake import cautions, schedule
from mgcalc.core.knowledge.goals import last_dose_time, resolve_goal
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.interactions import clock, has_timing_rule
from mgcalc.data import evidence

if TYPE_CHECKING:
    from mgcalc.core.intake.plan import PlanResult


class DoseRecord(TypedDict):
    time: str
    clock: str | None
    elemental_mg: float
    compound_mg: float
    units: int | None
    note: str | None


SPLIT_ABOVE_MG = 200


def times(goal: str, count: int) -> tuple[str, ...]:
    """When to take ``count`` intakes for ``goal`` (timing facts from evidence.toml, SEED)."""
    timing = evidence()["timing"]
    last = last_dose_time(resolve_goal(goal))
    if count == 1:
        return (last or timing["with_meals"],)
    return ("with breakfast", "with dinner") if last is None else ("with dinner", last)


@dataclass(frozen=True, slots=True)
class Dose:
    time: str
    elemental_mg: float
    compound_mg: float
    units: int | None
    note: str | None
    minute: int | None = None  # clock time, when medicine times were given

    def record(self) -> DoseRecord:
        return {
            "time": self.time,
            "clock": None if self.minute is None else clock(self.minute),
            "elemental_mg": mg2(self.elemental_mg),
            "compound_mg": mg2(self.compound_mg),
            "units": self.units,
            "note": self.note,
        }


def amount(result: PlanResult) -> float:
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
                "Splitting is advised (BfR; smaller intakes are better tolerated), but one unit "
                "cannot be split: a smaller unit would allow two intakes."
            )
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
            "better (SEED; BfR advises splitting)."
        )
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
