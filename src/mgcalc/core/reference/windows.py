"""Is a magnesium dose at a clock time inside any medicine's window?

The one answer the planner, the diary's log warnings and anything else that places
magnesium on the clock share. Each medicine carries its own windows from its own
label (interactions.toml): ``before_hours``, how long the medicine must come before
magnesium (so magnesium waits that long after a dose); ``after_hours``, how long the
medicine must come after magnesium (so magnesium stops that long before the next
dose); ``separate_hours`` for both; ``first_of_day`` for a medicine taken fasting as
the day's first intake (oral bisphosphonates), so nothing since waking may precede
it. Medicines are taken daily, so every dose time counts both ways: magnesium at
20:00 is 12 hours after an 08:00 dose and 12 hours before the next one.

A medicine whose label advises against magnesium altogether (``avoid``) is a
conflict at every time; a medicine with no times given is not placed on the clock,
so it cannot conflict here (the caller says its advice in words).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from mgcalc.core.reference.interactions import MedicationUse, clock, has_timing_rule
from mgcalc.data.reference import Medication

DAY = 24 * 60
WAKING = 6 * 60  # the day's first intake is taken after this (the planner's day starts here)


class WindowConflict(NamedTuple):
    """One dose of one medicine whose window a magnesium time falls inside."""

    name: str  # the medicine as the person gave it
    medication: Medication
    taken: int | None  # the medicine's dose time (minutes after midnight); None for 'avoid'
    reason: str

    def sentence(self) -> str:
        return f"{self.name}: {self.reason}"


def windows(medication: Medication) -> tuple[int, int]:
    """Minutes magnesium must wait after a dose, and stop before the next one."""
    either = medication.separate_hours or 0
    after_dose = round(60 * (medication.before_hours or either))
    before_dose = round(60 * (medication.after_hours or either))
    return after_dose, before_dose


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g} h" if minutes >= 60 else f"{minutes} min"


def _dose_conflict(minute: int, use: MedicationUse, medication: Medication, taken: int) -> str:
    after_dose, before_dose = windows(medication)
    since = (minute - taken) % DAY
    at = clock(taken)
    if since == 0 and (after_dose or before_dose or medication.first_of_day):
        return f"magnesium at {clock(minute)} is at the same time as the dose at {at}"
    if since < after_dose:
        return (
            f"magnesium at {clock(minute)} is {_hours(since)} after the dose at {at}; "
            f"its label asks for at least {_hours(after_dose)}"
        )
    if DAY - since < before_dose:
        return (
            f"magnesium at {clock(minute)} is {_hours(DAY - since)} before the dose at {at}; "
            f"its label asks for at least {_hours(before_dose)}"
        )
    if medication.first_of_day and WAKING <= minute < taken:
        return (
            f"magnesium at {clock(minute)} comes before the dose at {at}, which must be the "
            "day's first intake after the night's fast"
        )
    return ""


def magnesium_dose_conflicts(minute: int, uses: Sequence[MedicationUse]) -> list[WindowConflict]:
    """Every medicine window that magnesium at ``minute`` (after midnight) falls inside,
    for the medicines as saved or given (``levothyroxine@07:00``); empty when the time
    keeps them all."""
    minute %= DAY
    found: list[WindowConflict] = []
    for use in uses:
        medication = use.medication
        if medication is None:
            continue
        if medication.interaction == "avoid":
            reason = "its label advises against magnesium at any time of day"
            found.append(WindowConflict(use.name, medication, None, reason))
            continue
        if not has_timing_rule(medication):
            continue
        for taken in use.times:
            reason = _dose_conflict(minute, use, medication, taken)
            if reason:
                found.append(WindowConflict(use.name, medication, taken, reason))
    return found


def keeps_windows(minute: int, uses: Sequence[MedicationUse]) -> bool:
    """Whether magnesium at ``minute`` keeps every medicine's window."""
    return not magnesium_dose_conflicts(minute, uses)
