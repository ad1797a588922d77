"""The form catalogue: resolve what a user typed to a form with its Mg fraction.

A form is a catalogue id or alias (``citrate``, ``Magnesium Bisglycinate``,
``epsom salt``), a raw material with a stated content (``carbonate-usp``,
``magtein``) or any chemical formula (``MgSO4.7H2O``). A formula that matches a
catalogue entry resolves to that entry, so its notes and sources come along.

A *bare* salt name (``sulfate``, ``chloride``) names a family sold in several
hydration states; it resolves to the form data/names.toml says a pharmacist or
the market means, and the returned :class:`Form` carries an :class:`Assumption`
saying so, so that every output can tell the user what was assumed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from mgcalc.core.chemistry.formulas import composition
from mgcalc.core.chemistry.materials import material_fractions

# re-exported: callers look names up by the catalogue's keys
from mgcalc.core.chemistry.name_keys import fold as fold
from mgcalc.core.chemistry.name_keys import form_key as form_key
from mgcalc.core.chemistry.name_keys import normalise as normalise
from mgcalc.core.chemistry.unknown_names import not_a_form, refuse
from mgcalc.core.errors import FormulaError, UnknownNameError, suggest
from mgcalc.data.chemistry import (
    BareName,
    FormRecord,
    MaterialRecord,
    bare_names,
    form_records,
    material_records,
)


class Assumption(NamedTuple):
    """A bare name read as one form: which, why (with sources) and what else it could be."""

    given: str
    form: str
    name: str
    basis: str
    note: str
    alternatives: tuple[str, ...]
    sources: tuple[str, ...]
    other: str | None = None  # the form of the other reading, whose figures are shown too

    def text(self) -> str:
        others = ", ".join(self.alternatives)
        ask = f" Ask for another by id: {others}." if others else ""
        name = display_name(self.form)  # and the id, to ask for it or another by id
        return f"'{self.given}' read as {name}, id {self.form}: {self.note}{ask}"


class Form(NamedTuple):
    """A resolved form: catalogue record (None for a bare formula) and its fraction.

    For a raw material (``record`` is a :class:`MaterialRecord`) ``fraction`` is the
    nominal stated content and ``fraction_low``/``fraction_high`` its stated range.
    """

    id: str
    name: str
    formula: str
    fraction: float
    molar_mass: float
    record: FormRecord | MaterialRecord | None
    assumed: Assumption | None = None
    fraction_low: float | None = None
    fraction_high: float | None = None

    @property
    def is_material(self) -> bool:
        return isinstance(self.record, MaterialRecord)

    @property
    def has_range(self) -> bool:
        return self.fraction_low is not None or self.fraction_high is not None

    @property
    def sources(self) -> tuple[str, ...]:
        if isinstance(self.record, MaterialRecord):
            return (self.record.content_source, "IUPAC")
        return ("PUBCHEM", "IUPAC") if self.record else ("IUPAC",)


def fraction_span(form: Form) -> tuple[float, float]:
    """A form's magnesium fraction, as the stated range for raw materials."""
    return (form.fraction_low or form.fraction), (form.fraction_high or form.fraction)


Record = FormRecord | MaterialRecord


def all_records() -> tuple[Record, ...]:
    """Formula entries and raw materials, in catalogue order."""
    return (*form_records(), *material_records())


@cache
def alias_table() -> dict[str, Record]:
    table: dict[str, Record] = {}
    for record in all_records():
        for key in (record.id, *record.aliases):
            table[normalise(key)] = record
    return table


@cache
def bare_table() -> dict[str, BareName]:
    return {normalise(key): bare for bare in bare_names() for key in (bare.name, *bare.aliases)}


@cache
def names_table() -> dict[str, str]:
    """Every name a user may type (ids, aliases, bare names) to what it resolves to."""
    table = {key: record.id for key, record in alias_table().items()}
    table.update({key: bare.form for key, bare in bare_table().items()})
    return table


def catalogue(*, materials: bool = False) -> list[Form]:
    """The formula entries; with ``materials``, the raw materials with stated content too."""
    records = all_records() if materials else form_records()
    return [from_record(record) for record in records]


def from_record(record: Record) -> Form:
    if isinstance(record, MaterialRecord):
        fraction, low, high = material_fractions(record)
        return Form(record.id, record.name, record.formula, fraction, 0.0, record, None, low, high)
    comp = composition(record.formula)
    return Form(
        record.id, record.name, record.formula, comp.magnesium_fraction, comp.molar_mass, record
    )


def display_name(form_id: str | None, *, sentence: bool = True) -> str:
    """A form as a person reads it where it is named in a sentence or a table cell:
    the catalogue name, not the id (``magtein`` -> ``magnesium L-threonate (Magtein,
    branded)``), its first letter lowered in a ``sentence``; several forms
    (``glycinate+oxide``) each so; what the catalogue does not hold (a formula) as given.
    JSON keeps the ids: scripts join on them."""
    if not form_id:
        return ""
    names = []
    for part in re.split(r"[+,]", form_id):
        record = alias_table().get(normalise(part))
        if record is None or record.id != part.strip():
            names.append(part.strip())
            continue
        name = record.name
        names.append(name[:1].lower() + name[1:] if sentence and name[1:2].islower() else name)
    return " + ".join(names)


@cache
def by_id(form_id: str) -> Form:
    """The catalogue entry with this exact id (no bare-name defaults)."""
    return from_record(next(r for r in alias_table().values() if r.id == form_id))


@cache
def _by_hill_formula() -> dict[str, FormRecord]:
    return {composition(r.formula).hill: r for r in form_records()}


def _looks_like_formula(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z(\[][A-Za-z0-9().\[\]·*]*", text))


def _assumed(given: str, bare: BareName) -> Form:
    chosen = by_id(bare.form)
    family = chosen.record.family if chosen.record else bare.form
    others = tuple(r.id for r in all_records() if r.family == family and r.id != chosen.id)
    assumption = Assumption(
        given, chosen.id, chosen.name, bare.basis, bare.note, others, bare.sources
    )
    return Form(
        chosen.id,
        chosen.name,
        chosen.formula,
        chosen.fraction,
        chosen.molar_mass,
        chosen.record,
        assumption,
        chosen.fraction_low,
        chosen.fraction_high,
    )


MEDICINE_BASES = ("pharmacopoeia", "clinical")  # a bare name settled by a medicine's source


def _percent(form: Form) -> str:
    return f"{form.fraction * 100:.2f}% Mg"


def _bare_formula(raw: str, form: Form) -> Form:
    """A formula written without its water (``MgSO4``, ``MgCl2``) of a salt that medicines
    hold as a hydrate. Chemistry reads it as the anhydrous salt, clinical writing as the
    hydrate: it is read as written, never silently, with the hydrate as the other reading
    (whose figures every calculation gives too). In a medicine's context
    :func:`mgcalc.core.chemistry.readings.in_medicine` turns the two round."""
    if form.record is None or re.search(r"[.·*]|H2O", raw):
        return form
    bare = bare_table().get(normalise(form.record.family))
    if bare is None or bare.basis not in MEDICINE_BASES or bare.form == form.id:
        return form
    hydrate = by_id(bare.form)
    note = (
        f"{raw} as written is the salt without water ({_percent(form)}); medicines and "
        f"clinical writing mean {display_name(hydrate.id)} ({hydrate.formula}, "
        f"{_percent(hydrate)}): {bare.note}"
    )
    assumption = Assumption(
        raw, form.id, form.name, "formula", note, (hydrate.id,), bare.sources, hydrate.id
    )
    return form._replace(assumed=assumption)


def is_family_default(form: Form) -> bool:
    """True for the form a family's bare name means (``sulfate-heptahydrate`` for
    sulfate), or the family's own entry where no default is recorded."""
    if form.record is None:
        return False
    family = form.record.family
    bare = bare_table().get(normalise(family))
    return form.id == (bare.form if bare else family)


MAX_FORM_CHARS = 200  # the longest catalogue name or hydrate formula is far shorter


@lru_cache(maxsize=1024)
def resolve(text: str) -> Form:
    """The form ``text`` names, or :class:`UnknownNameError`/:class:`FormulaError`.

    Memoised (bounded): batch input names the same few forms over and over.
    """
    if len(text) > MAX_FORM_CHARS:
        raise FormulaError(f"form name has {len(text):,} characters; the limit is {MAX_FORM_CHARS}")
    key = form_key(text)
    bare = bare_table().get(key)
    if bare is not None:
        return _assumed(text.strip(), bare)
    record = alias_table().get(key)
    if record is not None:
        return from_record(record)
    raw = text.strip()
    if not raw:
        raise FormulaError("empty form; give a form such as 'citrate' or a formula such as MgO")
    if not key:
        error = UnknownNameError("form", raw, ["citrate", "glycinate"])
        error.message = f"'{raw}' names the element, not a form of it"
        error.suggestion = "give the salt, e.g. 'magnesium citrate' or 'glycinate', or a formula"
        raise error
    refuse(key, raw)
    not_a_form(key, raw)
    table = names_table()
    candidates = list(dict.fromkeys(table[k] for k in suggest(key, list(table), n=6)))[:2]
    if _looks_like_formula(raw):
        try:
            comp = composition(raw.replace("·", ".").replace("*", "."))
        except FormulaError as exc:
            if candidates and not exc.message.endswith("contains no magnesium"):
                raise UnknownNameError("form", raw, candidates) from None
            raise
        known = _by_hill_formula().get(comp.hill)
        if known is not None:
            return _bare_formula(raw, from_record(known))
        return Form(raw, f"Formula {raw}", raw, comp.magnesium_fraction, comp.molar_mass, None)
    raise UnknownNameError("form", raw, candidates)
