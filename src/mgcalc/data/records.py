"""Record types for the package data: frozen record classes
(:func:`mgcalc.recordclass.recordclass`, dataclasses to pydantic and mypy).

They are cheap to build at start-up. ``__pydantic_config__`` makes pydantic, when
the validator uses it (tests, CI), reject unknown keys and coerce nothing silently.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from mgcalc.data import STRICT
from mgcalc.recordclass import recordclass


@recordclass
class Source:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    citation: str
    url: str | None = None


@recordclass
class Constants:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    atomic_weight: float
    valence: int
    source: str

    @property
    def mg_per_mmol(self) -> float:
        return self.atomic_weight


@recordclass
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


@recordclass
class BareName:
    """What a bare salt name means (data/names.toml), and the source for that choice."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    aliases: tuple[str, ...]
    form: str
    basis: Literal["pharmacopoeia", "clinical", "market", "safer"]
    note: str
    sources: tuple[str, ...]


@recordclass
class RefusedName:
    """A name that looks like a form but names nothing mgcalc can compute with."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    aliases: tuple[str, ...]
    reason: str
    use: tuple[str, ...]
    sources: tuple[str, ...]


@recordclass
class BlendPart:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    form: str
    percent: float


@recordclass
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


@recordclass
class SerumReference:
    """An adult serum magnesium reference interval (data/serum.toml), in mmol/L."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    population: str
    low_mmol_l: float
    high_mmol_l: float
    source: str
    note: str
