"""Clock times for planned doses, kept clear of the medicines' windows.

When a person says when they take a medicine (``--medication levothyroxine@07:00``)
each planned dose gets a clock time: the nearest quarter hour to the dose's usual
slot (breakfast, dinner, bed) that keeps every medicine's window from
interactions.toml. Medicines taken daily recur, so a dose must be far enough
after the previous intake of the medicine *and* before the next one: with
levothyroxine at 07:00 and a 4-hour window, magnesium fits from 11:00 to 03:00.
Whether a time fits is :func:`mgcalc.core.reference.windows.magnesium_dose_conflicts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from mgcalc.core.reference.interactions import MedicationUse, clock, has_timing_rule
from mgcalc.core.reference.windows import keeps_windows
from mgcalc.data.reference import Medication

DAY = 24 * 60
STEP = 15  # minutes: doses are placed on the quarter hour
EARLIEST, LATEST = 6 * 60, 23 * 60  # the waking day mgcalc searches
# Usual clock time of each slot's word, an assumption stated in the plan's notes.
SLOT_CLOCK = (
    ("breakfast", 8 * 60),
    ("bed", 22 * 60),
    ("training", 18 * 60),
    ("evening", 19 * 60),
    ("dinner", 19 * 60),
    ("meal", 13 * 60),
)
ASSUMED = "breakfast 08:00, lunch 13:00, dinner 19:00, after training 18:00, bed 22:00"


def slot_minute(label: str) -> int:
    for word, minute in SLOT_CLOCK:
        if word in label.lower():
            return minute
    return 13 * 60


def timed(uses: Sequence[MedicationUse]) -> list[MedicationUse]:
    """The medicines with clock times and a window to keep."""
    return [
        use
        for use in uses
        if use.times and use.medication is not None and has_timing_rule(use.medication)
    ]


def place(labels: Sequence[str], uses: Sequence[MedicationUse]) -> list[int | None]:
    """A clock minute for each dose slot, in order, or None where none fits (the
    nearest to the slot's usual time; of two equally near, the later)."""
    chosen: list[int | None] = []
    earliest = EARLIEST
    for label in labels:
        want = slot_minute(label)
        candidates = sorted(range(earliest, LATEST + 1, STEP), key=lambda m: (abs(m - want), -m))
        found = next((m for m in candidates if keeps_windows(m, uses)), None)
        chosen.append(found)
        if found is not None:
            earliest = found + STEP
    return chosen


def known(uses: Sequence[MedicationUse]) -> list[Medication]:
    return [use.medication for use in uses if use.medication is not None]


def window_note(uses: Sequence[MedicationUse]) -> str:
    parts = []
    for use in uses:
        if use.medication is not None:
            at = ", ".join(clock(t) for t in use.times)
            parts.append(f"{use.name} at {at}: {use.medication.advice}")
    return " ".join(parts)
