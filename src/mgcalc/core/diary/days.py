"""A diary day as a ``check``, and a run of days as one row each (pure maths).

A day's supplements are summed per product (two 'nightly' entries are one product
for the stack view), its foods kept as logged, and the reference values, UL and
cautions are exactly those ``check`` gives for the same person and intakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypedDict

from mgcalc.core.diary.entries import Entry, EntryRecord
from mgcalc.core.figures import mg2, whole
from mgcalc.core.intake.check import CheckRecord, CheckResult, IntakeItem, check_cautions
from mgcalc.core.reference.interactions import MedicationUse
from mgcalc.core.reference.kidney import KidneyFunction
from mgcalc.core.reference.lifestage import LifeStage

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

NOT_LOGGED, NO_SUPPLEMENTS, LOGGED = "not_logged", "no_supplements", "logged"
QUIET_NOT_LOGGED = NOT_LOGGED  # -q prints ul_status's JSON value
MAX_DAYS = 366


class DayRecord(CheckRecord):
    date: fields.Date
    status: fields.Status
    food_logged: fields.FoodLogged
    entries: Annotated[list[EntryRecord], fields.ENTRIES]


class DayRowRecord(TypedDict):
    date: fields.Date
    status: fields.Status
    food_mg: fields.FoodMg | None
    supplement_mg: fields.SupplementMg | None
    total_mg: fields.TotalMg | None
    rda_mg: fields.RdaMg | None
    reference_type: fields.ReferenceType
    ul_mg: fields.UlMg | None
    percent_of_reference: fields.PercentOfReference | None
    percent_of_ul: fields.PercentOfUl | None
    over_ul: fields.OverUl
    ul_status: fields.UlStatus
    drop_to_fit: fields.DropToFit
    entry_count: fields.EntryCount
    food_logged: fields.FoodLogged
    life_stage: fields.LifeStage
    standard: fields.Standard
    profile_used: fields.ProfileUsed
    sources: fields.Sources


def food_logged(entries: Sequence[Entry]) -> bool:
    """A day's food is known when a food was logged, or when supplements were (the
    day is then read as check reads it: food as given, 0 if none). A 'none' day with
    no food logged says nothing of food: its total is unknown, not 0 mg."""
    return any(e.kind != "none" for e in entries)


def status_of(entries: Sequence[Entry]) -> str:
    if not entries:
        return NOT_LOGGED
    taken = any(e.kind in ("product", "supplement") for e in entries)
    return NO_SUPPLEMENTS if not taken and any(e.kind == "none" for e in entries) else LOGGED


def check_day(
    stage: LifeStage,
    entries: Sequence[Entry],
    medications: Sequence[MedicationUse] = (),
    kidney: KidneyFunction | None = None,
    profile_used: bool = False,
) -> CheckResult:
    foods = [_food(e) for e in entries if e.kind == "food"]
    per_item: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.kind in ("product", "supplement"):
            per_item.setdefault(entry.item, []).append(entry)
    supplements = [_item(name, group) for name, group in per_item.items()]
    result = CheckResult(
        stage,
        foods,
        supplements,
        list(medications),
        kidney or KidneyFunction(),
        profile_used=profile_used,
    )
    result.cautions.extend(check_cautions(result))
    return result


def _food(entry: Entry) -> IntakeItem:
    """A logged food, with the USDA entry it was counted from (found again by its
    description, which the diary keeps)."""
    from mgcalc.core.foods.lookup import preparation, row_of

    row = None if entry.form is None else row_of(entry.form)
    return IntakeItem(
        entry.item,
        entry.elemental_mg,
        source=entry.source,
        food=entry.form,
        ndb=None if row is None else row.ndb_no,
        preparation=None if row is None else preparation(row),
    )


def _item(name: str, group: list[Entry]) -> IntakeItem:
    """Entries of one product or supplement in a day, as one item of the check (a
    product's figure comes from its label line, so it has no compound weight)."""
    compounds = [e.compound_mg for e in group]
    compound = None if None in compounds else sum(c or 0.0 for c in compounds)
    return IntakeItem(
        name,
        sum(e.elemental_mg for e in group),
        group[0].form if compound is not None else None,
        compound,
        group[0].source,
        count=whole(sum(e.count for e in group)),
    )


class DayResult(NamedTuple):
    day: str
    check: CheckResult
    entries: Sequence[Entry]

    @property
    def status(self) -> str:
        return status_of(self.entries)

    def record(self) -> DayRecord:
        """A day with no entries has no status against the UL or the reference: its
        ``ul_status`` is ``not_logged`` and its percentages null, never 'within'."""
        rec: Any = dict(self.check.record())
        rec.update(date=self.day, status=self.status, entries=[e.record() for e in self.entries])
        if self.status == NOT_LOGGED:
            rec.update(ul_status=NOT_LOGGED, percent_of_reference=None, percent_of_ul=None)
        rec.update(food_logged=food_logged(self.entries))
        if not rec["food_logged"]:  # a 'none' day: its total against the RDA is unknown
            rec.update(percent_of_reference=None)
        return rec  # type: ignore[no-any-return]

    def quiet(self) -> str:
        """check's words (``over``, ``within``, ``not_set``, ``kidney``...), or ``not_logged``."""
        return QUIET_NOT_LOGGED if self.status == NOT_LOGGED else self.check.quiet()


class DaysResult(NamedTuple):
    days: Sequence[DayResult]

    def records(self) -> list[DayRowRecord]:
        return [row(day) for day in self.days]

    @property
    def over_days(self) -> list[str]:
        return [d.day for d in self.days if d.check.over_ul]

    def quiet(self) -> str:
        """``over`` if any day is, ``not_logged`` if no day has entries, else ``within``."""
        if self.over_days:
            return "over"
        return QUIET_NOT_LOGGED if all(d.status == NOT_LOGGED for d in self.days) else "within"


def row(day: DayResult) -> DayRowRecord:
    rec = day.check.record()
    logged = day.status != NOT_LOGGED
    food = logged and food_logged(day.entries)
    return {
        "date": day.day,
        "status": day.status,
        "food_mg": rec["food_mg"] if food else None,
        "supplement_mg": rec["supplement_mg"] if logged else None,
        "total_mg": rec["total_mg"] if food else None,
        "rda_mg": rec["rda_mg"],
        "reference_type": rec["reference_type"],
        "ul_mg": rec["ul_mg"],
        "percent_of_reference": rec["percent_of_reference"] if food else None,
        "percent_of_ul": rec["percent_of_ul"] if logged else None,
        "over_ul": rec["over_ul"],
        "ul_status": rec["ul_status"] if logged else NOT_LOGGED,
        "drop_to_fit": rec["drop_to_fit"],
        "entry_count": len(day.entries),
        "food_logged": food,
        "life_stage": rec["life_stage"],
        "standard": rec["standard"],
        "profile_used": rec["profile_used"],
        "sources": rec["sources"],
    }


def date_span(last: str, count: int) -> list[str]:
    """``count`` dates ending with ``last``, oldest first."""
    end = date.fromisoformat(last)
    return [(end - timedelta(days=n)).isoformat() for n in range(count - 1, -1, -1)]


def average_total(days: Sequence[DayResult]) -> float | None:
    logged = [d.check.total_mg for d in days if food_logged(d.entries)]
    return mg2(sum(logged) / len(logged)) if logged else None
