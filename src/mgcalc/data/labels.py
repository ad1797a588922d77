"""Package data of labels: the Daily Values, the EU NRV and the rounding rules (labels.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from mgcalc.data import STRICT, read_toml


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


@cache
def daily_values() -> dict[str, DailyValue]:
    return {row["id"]: DailyValue(**row) for row in read_toml("labels.toml")["dv"]}


@cache
def nrv() -> NutrientReferenceValue:
    return NutrientReferenceValue(**read_toml("labels.toml")["nrv"])


@cache
def label_rounding() -> LabelRounding:
    return LabelRounding(**read_toml("labels.toml")["rounding"])
