"""Medicines that interact with magnesium (data in interactions.toml).

A person names a medicine the way the box does: generic (``levothyroxine``),
brand (``Synthroid``) or class (``ppis``), optionally with the clock times they
take it (``levothyroxine@07:00``). Every name resolves to one entry. A name
mgcalc does not know is not an error in check or plan, only a caution: the
person still gets their figures, and is told to ask a pharmacist. Suggestions
are offered only for close spellings of a known name, never across unrelated
names.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.error_records import OptionError
from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.data.knowledge import stacking
from mgcalc.data.reference import Medication, conditions, kidney_caution, medications

SPELLING_CUTOFF = 0.8  # difflib ratio: 'levothyroxin' -> 'levothyroxine', not 'levofloxacin'
MAX_NAME = 100
MAX_TEXT = 200  # a name and a few clock times


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower()).strip("-")


@cache
def _table() -> dict[str, tuple[str, Medication]]:
    """Every id, generic and brand name (as keys) -> (the name as written, its entry)."""
    table: dict[str, tuple[str, Medication]] = {}
    for medication in medications():
        for name in (medication.id, *medication.aliases):
            table[_key(name)] = (name, medication)
    return table


# a strength or dose after the name, as on the box or a prescription: 'Synthroid
# 100mcg', 'omeprazole 20 mg', 'levothyroxine 0.1 mg tablets'
_STRENGTH = (
    r"(?i)(?:\s+[\d.,]+\s*(?:mg|mcg|µg|ug|g|iu|units?|ml|%)?(?:/\w+)?)+"
    r"(?:\s+(?:tablets?|tabs?|capsules?|caps?|once|twice|daily|weekly|monthly|a|per|"
    r"day|week|month|at|night|in|the|morning|evening|od|bd|bid|tid|qd))*\s*$"
)

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


def find_medication(text: str) -> Medication | None:
    """The entry a name means; a trailing strength or dose does not hide it."""
    found = _table().get(_key(text)) or _table().get(_key(re.sub(_STRENGTH, "", text)))
    return None if found is None else found[1]


def close_names(text: str) -> list[str]:
    """Known names spelt like ``text`` (a typo), as written in the data."""

    table = _table()
    close = difflib.get_close_matches(_key(text), list(table), n=2, cutoff=SPELLING_CUTOFF)
    return list(dict.fromkeys(table[c][0] for c in close))


def resolve_medication(text: str) -> Medication:
    """The entry for ``text`` (id, generic or brand name), or :class:`UnknownNameError`
    with close spellings only."""
    found = find_medication(text)
    if found is None:
        close = close_names(text)
        error = UnknownNameError("medicine", text, close)
        if close:  # a misspelling: 'did you mean' says it all
            raise error
        error.message = (
            f"mgcalc has no magnesium interaction on file for '{text.strip()}': it knows "
            "only the medicines its sources name, which is not evidence that there is none"
        )
        error.suggestion = error.suggestion or (
            "ask a pharmacist; 'mgcalc interactions' lists the medicines mgcalc knows"
        )
        raise error
    return found


class MedicationRecord(TypedDict):
    input: fields.Input
    id: fields.Id | None
    name: fields.Name
    interaction: fields.Interaction | None
    times: fields.Times
    sources: fields.Sources


class MedicationUse(NamedTuple):
    """A medicine as a person gave it: the text, its entry (None when mgcalc does not
    know it) and the clock times it is taken, in minutes after midnight."""

    given: str
    name: str
    medication: Medication | None
    times: tuple[int, ...] = ()

    @property
    def known(self) -> bool:
        return self.medication is not None

    def record(self) -> MedicationRecord:
        medication = self.medication
        return {
            "input": self.given,
            "id": None if medication is None else medication.id,
            "name": self.name if medication is None else medication.name,
            "interaction": None if medication is None else medication.interaction,
            "times": [clock(t) for t in self.times],
            "sources": [] if medication is None else list(medication.sources),
        }


_TIME = r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*$"


def parse_clock(text: str) -> int:
    """``07:00``, ``7:30``, ``19.15`` -> minutes after midnight."""
    match = re.match(_TIME, text)
    if match is None:
        raise InputError(f"cannot read the time '{text}'", suggestion="use HH:MM, e.g. 07:00")
    return int(match[1]) * 60 + int(match[2])


def clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def medication_use(text: str) -> MedicationUse:
    """``levothyroxine``, ``Synthroid@07:00``, ``gabapentin@08:00,20:00``."""
    if len(text) > MAX_TEXT:
        raise InputError(f"--medication is over {MAX_TEXT} characters")
    name, _, when = text.partition("@")
    name = name.strip()
    if not name:
        raise InputError(f"--medication '{text}' names no medicine")
    if len(name) > MAX_NAME:
        raise InputError(f"medicine name is over {MAX_NAME} characters")
    times = tuple(parse_clock(t) for t in when.split(",")) if when.strip() else ()
    if "@" in text and not times:
        raise InputError(f"--medication '{text}' has '@' but no time", suggestion="e.g. NAME@07:00")
    return MedicationUse(text, name, find_medication(name), tuple(sorted(set(times))))


def medication_warning(medication: Medication) -> str:
    return f"{medication.name}: {medication.effect} {medication.advice}"


def unknown_warning(use: MedicationUse) -> str:
    close = close_names(use.name)
    hint = (" Did you mean " + " or ".join(f"'{c}'" for c in close) + "?") if close else ""
    return (
        f"mgcalc does not know the medicine '{use.name}', so it cannot say whether it "
        f"interacts with magnesium: ask a pharmacist.{hint}"
    )


def has_timing_rule(medication: Medication) -> bool:
    """Whether doses must be spaced from this medicine (not just monitored)."""
    return bool(
        medication.separate_hours
        or medication.before_hours
        or medication.after_hours
        or medication.first_of_day
    )


class InteractionRecord(TypedDict):
    kind: fields.Kind
    id: fields.Id
    name: fields.Name
    interaction: fields.Interaction | None
    names: fields.Names
    effect: fields.Effect
    advice: fields.Advice | None
    separate_hours: fields.SeparateHours | None
    before_hours: fields.BeforeHours | None
    after_hours: fields.AfterHours | None
    first_of_day: fields.FirstOfDay
    level: fields.Level | None
    sources: fields.Sources


@dataclass(frozen=True, slots=True)
class InteractionsResult:
    """The medicines asked about (or all of them), then stacking, kidney and the
    conditions that rule magnesium out (``--condition``).
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
                "first_of_day": m.first_of_day,
                "level": None,
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
                    "first_of_day": False,
                    "level": None,
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
                    "first_of_day": False,
                    "level": None,
                    "sources": list(caution.sources),
                }
            )
            rows += [
                {
                    "kind": "condition",
                    "id": c.id,
                    "name": c.name,
                    "interaction": None,
                    "names": list(c.aliases),
                    "effect": c.note,
                    "advice": None,
                    "separate_hours": None,
                    "before_hours": None,
                    "after_hours": None,
                    "first_of_day": False,
                    "level": c.level,
                    "sources": list(c.sources),
                }
                for c in conditions()
            ]
        for error in sorted(self.errors, key=lambda e: e.get("index", 0)):
            rows.insert(error.get("index", 1) - 1, error)
        return rows

    def quiet(self) -> str:
        """One id a line; an empty line for a medicine mgcalc does not know."""
        return "\n".join(str(row.get("id", "")) for row in self.records())


def all_medications() -> list[Medication]:
    return list(medications())
