"""The form catalogue: resolve what a user typed to a form with its Mg fraction.

A form is a catalogue id or alias (``citrate``, ``Magnesium Bisglycinate``,
``epsom salt``) or any chemical formula (``MgSO4.7H2O``). A formula that matches a
catalogue entry resolves to that entry, so its notes and sources come along.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mgcalc.core.chem import composition
from mgcalc.core.errors import FormulaError, UnknownNameError, suggest
from mgcalc.data import form_records
from mgcalc.data.records import FormRecord


@dataclass(frozen=True, slots=True)
class Form:
    """A resolved form: catalogue record (None for a bare formula) and its fraction."""

    id: str
    name: str
    formula: str
    fraction: float
    molar_mass: float
    record: FormRecord | None

    @property
    def sources(self) -> tuple[str, ...]:
        return ("PUBCHEM", "IUPAC") if self.record else ("IUPAC",)


def normalise(name: str) -> str:
    """``'Magnesium  Bis_Glycinate'`` -> ``'bis-glycinate'``: the key aliases use."""
    key = re.sub(r"[\s_]+", "-", name.strip().lower())
    key = re.sub(r"^magnesium-?", "", key)
    return key.strip("-")


@cache
def alias_table() -> dict[str, FormRecord]:
    table: dict[str, FormRecord] = {}
    for record in form_records():
        for key in (record.id, *record.aliases):
            table[normalise(key)] = record
    return table


def catalogue() -> list[Form]:
    return [from_record(record) for record in form_records()]


def from_record(record: FormRecord) -> Form:
    comp = composition(record.formula)
    return Form(
        record.id, record.name, record.formula, comp.magnesium_fraction, comp.molar_mass, record
    )


@cache
def _by_hill_formula() -> dict[str, FormRecord]:
    return {composition(r.formula).hill: r for r in form_records()}


def _looks_like_formula(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z(\[][A-Za-z0-9().\[\]·*]*", text))


@lru_cache(maxsize=1024)
def resolve(text: str) -> Form:
    """The form ``text`` names, or :class:`UnknownNameError`/:class:`FormulaError`.

    Memoised (bounded): batch input names the same few forms over and over.
    """
    record = alias_table().get(normalise(text))
    if record is not None:
        return from_record(record)
    raw = text.strip()
    if not raw:
        raise FormulaError("empty form; give a form such as 'citrate' or a formula such as MgO")
    table = alias_table()
    candidates = list(dict.fromkeys(table[k].id for k in suggest(normalise(raw), list(table))))
    if _looks_like_formula(raw):
        try:
            comp = composition(raw.replace("·", ".").replace("*", "."))
        except FormulaError as exc:
            if candidates and not exc.message.endswith("contains no magnesium"):
                raise UnknownNameError("form", raw, candidates) from None
            raise
        known = _by_hill_formula().get(comp.hill)
        if known is not None:
            return from_record(known)
        return Form(raw, f"Formula {raw}", raw, comp.magnesium_fraction, comp.molar_mass, None)
    raise UnknownNameError("form", raw, candidates)
