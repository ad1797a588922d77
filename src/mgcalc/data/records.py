"""Record types for the package data: stdlib frozen dataclasses.

They are cheap to build at start-up. ``__pydantic_config__`` makes pydantic, when
the validator uses it (tests, CI), reject unknown keys and coerce nothing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

STRICT: dict[str, Any] = {"extra": "forbid", "strict": False, "frozen": True}


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
