"""Medication classes and the kidney caution (data in interactions.toml)."""

from __future__ import annotations

from functools import cache

from mgcalc.core.errors import UnknownNameError, suggest
from mgcalc.core.forms import normalise
from mgcalc.data import medications
from mgcalc.data.reference_records import Medication


@cache
def _table() -> dict[str, Medication]:
    table: dict[str, Medication] = {}
    for medication in medications():
        for key in (medication.id, *medication.aliases):
            table[normalise(key)] = medication
    return table


def resolve_medication(text: str) -> Medication:
    """A medication class by id, alias or common drug name (``doxycycline``)."""
    table = _table()
    found = table.get(normalise(text))
    if found is None:
        close = suggest(normalise(text), list(table))
        raise UnknownNameError(
            "medication class", text, list(dict.fromkeys(table[c].id for c in close))
        )
    return found


def medication_warning(medication: Medication) -> str:
    return f"{medication.name}: {medication.effect} {medication.advice}"


def has_timing_rule(medication: Medication) -> bool:
    """Whether doses must be spaced from this medication (not just monitored)."""
    return bool(medication.separate_hours or medication.before_hours)
