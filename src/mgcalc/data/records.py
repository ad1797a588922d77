"""Record types for the package data: frozen standard-library dataclasses.

``__pydantic_config__`` makes pydantic, when the validator uses it (tests, CI),
reject unknown keys and coerce nothing silently; at run time no pydantic is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from mgcalc.data import STRICT


@dataclass(frozen=True, slots=True)
class Source:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    citation: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Constants:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    atomic_weight: float
    valence: int
    source: str

    @property
    def mg_per_mmol(self) -> float:
        return self.atomic_weight


@dataclass(frozen=True, slots=True)
class FormRecord:
    """One catalogue entry. Its magnesium fraction is computed from ``formula``."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
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


@dataclass(frozen=True, slots=True)
class BareName:
    """What a bare salt name means (data/names.toml), and the source for that choice."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    aliases: tuple[str, ...]
    form: str
    basis: Literal["pharmacopoeia", "clinical", "market", "safer"]
    note: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RefusedName:
    """A name that looks like a form but names nothing mgcalc can compute with."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    aliases: tuple[str, ...]
    reason: str
    use: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlendPart:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    form: str
    percent: float


@dataclass(frozen=True, slots=True)
class MaterialRecord:
    """A raw material with a stated magnesium content (data/materials.toml).

    Shares the catalogue fields a :class:`FormRecord` has (family, aliases,
    absorption, gi notes), so views and goal rankings treat both alike.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
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


@dataclass(frozen=True, slots=True)
class SerumReference:
    """An adult serum magnesium reference interval (data/serum.toml), in mmol/L."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    population: str
    low_mmol_l: float
    high_mmol_l: float
    source: str
    note: str
