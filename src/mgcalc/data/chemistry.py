"""Package data of the chemistry: the form catalogue, raw materials, what bare names mean,
and the atomic weight (forms.toml, materials.toml, names.toml, constants.toml).

Each record is a ``NamedTuple``: immutable, typed, and cheap to declare (a frozen
dataclass costs more than ten times as much to create, and every command creates the
record classes it reads). ``python -m mgcalc.data.validate`` checks the same classes
strictly with pydantic (no unknown keys); at run time no pydantic loads.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

from mgcalc.data import read_toml, tuples


class Constants(NamedTuple):
    atomic_weight: float
    valence: int
    source: str

    @property
    def mg_per_mmol(self) -> float:
        return self.atomic_weight


class FormRecord(NamedTuple):
    """One catalogue entry. Its magnesium fraction is computed from ``formula``."""

    id: str
    family: str
    name: str
    formula: str
    formula_source: str
    aliases: tuple[str, ...]
    absorption: Literal["high", "low"]
    absorption_note: str
    absorption_sources: tuple[str, ...]
    gi_note: str
    gi_sources: tuple[str, ...]


class BareName(NamedTuple):
    """What a bare salt name means (data/names.toml), and the source for that choice."""

    name: str
    aliases: tuple[str, ...]
    form: str
    basis: Literal["pharmacopoeia", "clinical", "market", "safer"]
    note: str
    sources: tuple[str, ...]


class RefusedName(NamedTuple):
    """A name that looks like a form but names nothing mgcalc can compute with."""

    name: str
    aliases: tuple[str, ...]
    reason: str
    use: tuple[str, ...]
    sources: tuple[str, ...]


class BlendPart(NamedTuple):
    form: str
    percent: float


class MaterialRecord(NamedTuple):
    """A raw material with a stated magnesium content (data/materials.toml).

    Shares the catalogue fields a :class:`FormRecord` has (family, aliases,
    absorption, gi notes), so views and goal rankings treat both alike.
    """

    id: str
    family: str
    name: str
    aliases: tuple[str, ...]
    formula: str
    stated: str
    content_as: Literal["Mg", "MgO"]
    content_source: str
    absorption: Literal["high", "low"]
    absorption_note: str
    absorption_sources: tuple[str, ...]
    gi_note: str
    gi_sources: tuple[str, ...]
    content_percent: float | None = None
    content_low: float | None = None
    content_high: float | None = None
    blend: tuple[BlendPart, ...] = ()
    label_name: str | None = None  # the source name a label prints, where the name is not it


@cache
def constants() -> Constants:
    return Constants(**read_toml("constants.toml")["magnesium"])


@cache
def form_records() -> tuple[FormRecord, ...]:
    return tuple(FormRecord(**tuples(row)) for row in read_toml("forms.toml")["form"])


@cache
def material_records() -> tuple[MaterialRecord, ...]:
    rows = read_toml("materials.toml")["material"]
    return tuple(
        MaterialRecord(
            **tuples({k: v for k, v in row.items() if k != "blend"}),
            blend=tuple(BlendPart(**part) for part in row.get("blend", ())),
        )
        for row in rows
    )


@cache
def bare_names() -> tuple[BareName, ...]:
    return tuple(BareName(**tuples(row)) for row in read_toml("names.toml")["default"])


@cache
def refused_names() -> tuple[RefusedName, ...]:
    return tuple(RefusedName(**tuples(row)) for row in read_toml("names.toml")["refuse"])
