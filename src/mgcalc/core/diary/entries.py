"""Diary entries: what a person took or ate on a day, as stored and exported.

The entry itself, shared by every part of the diary: the store reads and writes
it, ``log add`` builds it (:mod:`mgcalc.core.diary.items`), ``log import`` checks
it (:mod:`mgcalc.core.diary.transfer`) and the days sum it (:mod:`mgcalc.core.diary.days`).
An entry keeps the elemental magnesium worked out when it was logged, so editing
or removing a cabinet product never rewrites the past.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.diary.dates import parse_date as parse_date
from mgcalc.core.errors import InputError
from mgcalc.core.figures import whole

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

KINDS = ("product", "supplement", "food", "none")
NO_SUPPLEMENTS = "no supplements"
MAX_TEXT = 500
CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


class EntryRecord(TypedDict):
    entry_id: fields.EntryId | None
    date: fields.Date
    clock: fields.Clock | None
    kind: fields.Kind
    item: fields.Item
    count: fields.Count
    elemental_mg: fields.ElementalMg
    form: fields.Form | None
    food: fields.Food | None
    compound_mg: fields.CompoundMg | None
    source: fields.Source | None
    logged_at: fields.LoggedAt


@dataclass(frozen=True, slots=True)
class Entry:
    id: int | None
    date: str
    time: str | None
    kind: str
    item: str
    count: float
    elemental_mg: float
    form: str | None
    compound_mg: float | None
    source: str | None
    logged_at: str

    def __post_init__(self) -> None:
        # stored as REAL and read back as 2.0: every output of an entry says 2
        object.__setattr__(self, "count", whole(self.count))

    def record(self) -> EntryRecord:
        return {
            "entry_id": self.id,
            "date": self.date,
            "clock": self.time,
            "kind": self.kind,
            "item": self.item,
            "count": self.count,
            "elemental_mg": self.elemental_mg,
            "form": None if self.kind == "food" else self.form,
            "food": self.form if self.kind == "food" else None,
            "compound_mg": self.compound_mg,
            "source": self.source,
            "logged_at": self.logged_at,
        }

    def same_content(self, other: Entry) -> bool:
        return self.record() | {"entry_id": None} == other.record() | {"entry_id": None}


COLUMNS = Entry.__match_args__  # the database's columns
# The export's fields: the record's keys (an entry's clock time is 'clock' and a food's
# description 'food', as in plan and check). Exports written before those names had
# the database's columns ('time', and the food in 'form'); import reads both. Exports
# written before contract v1 named the entry's number 'id' (as text in JSON).
EXPORT_COLUMNS = tuple(EntryRecord.__annotations__)
OLD_EXPORT_COLUMNS = COLUMNS
V0_EXPORT_COLUMNS = ("id", *EXPORT_COLUMNS[1:])


class ListedEntryRecord(EntryRecord):
    removed: fields.Removed


class Entries(NamedTuple):
    """A listing of entries: what ``log add``/``none`` stored or, ``removed``, what
    ``log remove``/``undo`` took out (each record says which, so a script reading
    ``--json`` need not know the command; ``log import`` of it puts them back)."""

    entries: Sequence[Entry]
    removed: bool = False

    def records(self) -> list[ListedEntryRecord]:
        return [{**entry.record(), "removed": self.removed} for entry in self.entries]

    def quiet(self) -> str:
        return " ".join(str(entry.id) for entry in self.entries)


def parse_time(text: str) -> str:
    key = text.strip()
    if re.fullmatch(r"\d:[0-5]\d", key):
        key = "0" + key
    if not re.match(CLOCK, key):
        raise InputError(f"cannot read the time '{text}'", suggestion="give HH:MM, e.g. 08:30")
    return key


def none_entry(day: str, time: str | None, logged_at: str) -> Entry:
    return Entry(None, day, time, "none", NO_SUPPLEMENTS, 0.0, 0.0, None, None, None, logged_at)
