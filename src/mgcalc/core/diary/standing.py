"""What ``log add`` answers besides the entries: the day's standing after them, and
what a careful tracker questions (the same item again within the hour, a time inside
a saved medicine's window).

The day is summed exactly as ``log day`` sums it (:func:`check_day`); the medicine
windows are :func:`mgcalc.core.reference.windows.magnesium_dose_conflicts`, the ones
the planner keeps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.diary.days import check_day, food_logged
from mgcalc.core.diary.entries import Entry, ListedEntryRecord
from mgcalc.core.figures import mg2
from mgcalc.core.reference.interactions import MedicationUse
from mgcalc.core.reference.lifestage import LifeStage

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

DUPLICATE_MINUTES = 60


class StandingRecord(TypedDict):
    date: fields.Date
    life_stage: fields.LifeStage
    supplement_mg: fields.SupplementMg
    ul_mg: fields.UlMg | None
    percent_of_ul: fields.PercentOfUl | None
    ul_status: fields.UlStatus
    over_ul: fields.OverUl
    food_logged: fields.FoodLogged
    total_mg: fields.TotalMg | None
    rda_mg: fields.RdaMg | None
    reference_type: fields.ReferenceType
    percent_of_reference: fields.PercentOfReference | None
    warnings: fields.Warnings


class Standing(NamedTuple):
    day: str
    stage: LifeStage | None  # None: no profile saved, so no reference values
    entries: Sequence[Entry]  # the whole day, the new entries included
    warnings: list[str]

    def record(self) -> StandingRecord | None:
        if self.stage is None:
            return None
        check = check_day(self.stage, self.entries)
        rec = check.record()
        food = food_logged(self.entries)
        return {
            "date": self.day,
            "life_stage": rec["life_stage"],
            "supplement_mg": rec["supplement_mg"],
            "ul_mg": rec["ul_mg"],
            "percent_of_ul": rec["percent_of_ul"],
            "ul_status": rec["ul_status"],
            "over_ul": rec["over_ul"],
            "food_logged": food,
            "total_mg": rec["total_mg"] if food else None,
            "rda_mg": rec["rda_mg"],
            "reference_type": rec["reference_type"],
            "percent_of_reference": rec["percent_of_reference"] if food else None,
            "warnings": self.warnings,
        }


def _minutes(clock: str | None) -> int | None:
    return None if clock is None else int(clock[:2]) * 60 + int(clock[3:])


def questions(
    new: Sequence[Entry], earlier: Sequence[Entry], uses: Sequence[MedicationUse]
) -> list[str]:
    """Likely duplicates and medicine windows, as sentences (nothing is refused)."""
    from mgcalc.core.reference.windows import magnesium_dose_conflicts

    found: list[str] = []
    for entry in new:
        if entry.kind not in ("product", "supplement", "food"):
            continue
        at = _minutes(entry.time)
        for other in earlier:
            then = _minutes(other.time)
            same = (other.kind, other.item.lower()) == (entry.kind, entry.item.lower())
            if same and at is not None and then is not None and abs(at - then) <= DUPLICATE_MINUTES:
                found.append(
                    f"'{entry.item}' was already logged at {other.time} (#{other.id}): taken "
                    f"twice? 'mgcalc log remove {entry.id}' takes this one back"
                )
                break
        if entry.kind != "food" and at is not None:
            for conflict in magnesium_dose_conflicts(at, uses):
                found.append(f"{entry.item} at {entry.time}: {conflict.sentence()}")
    return list(dict.fromkeys(found))


def sentence(rec: StandingRecord) -> str:
    """``2026-12-08 so far: supplements 400 mg, 114% of the UL 350 mg (over); total ...``"""
    ul = rec["ul_mg"]
    supplements = f"supplements {mg2(rec['supplement_mg']):g} mg"
    if ul is not None:
        over = ", OVER" if rec["over_ul"] else ""
        supplements += f" ({rec['percent_of_ul']:g}% of the UL {ul:g} mg{over})"
    else:
        supplements += " (no UL set for this age)"
    reference = f"{rec['reference_type']} {rec['rda_mg']:g} mg" if rec["rda_mg"] else "none"
    if rec["total_mg"] is None:
        total = f"total unknown (no food logged) against the {reference}"
    else:
        share = rec["percent_of_reference"]
        total = f"total {mg2(rec['total_mg']):g} mg ({share:g}% of the {reference})"
    return f"{rec['date']} so far: {supplements}; {total}."


class LoggedEntryRecord(ListedEntryRecord):
    day: Annotated[StandingRecord | None, fields.DAY_STANDING]


class Logged(NamedTuple):
    """What ``log add`` stored, each record with the day's standing after it (null
    without a saved profile: no reference values to stand against)."""

    entries: Sequence[Entry]
    standing: Standing
    removed: bool = False  # as Entries has it: the entries view reads it

    def records(self) -> list[LoggedEntryRecord]:
        day = self.standing.record()
        return [{**entry.record(), "removed": False, "day": day} for entry in self.entries]

    def quiet(self) -> str:
        return " ".join(str(entry.id) for entry in self.entries)
