"""Records for label reference values: the Daily Value, the EU NRV and the rounding
rules (loaded on demand, apart from the intake tables, so that reading a label line
never builds those records, nor a person's check these)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mgcalc.data import STRICT


@dataclass(frozen=True, slots=True)
class DailyValue:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    id: str
    label: str
    mg: int
    source: str


@dataclass(frozen=True, slots=True)
class NutrientReferenceValue:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    label: str
    mg: int
    source: str


@dataclass(frozen=True, slots=True)
class LabelRounding:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    amount_increment_mg: int
    amount_source: str
    percent_source: str
    declare_from_percent_dv: int
    eu_significant_figures: int
    eu_source: str
