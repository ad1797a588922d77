"""Package data of labels: the Daily Values, the EU NRV and the rounding rules (labels.toml)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from mgcalc.data import read_toml


class DailyValue(NamedTuple):
    id: str
    label: str
    mg: int
    source: str


class NutrientReferenceValue(NamedTuple):
    label: str
    mg: int
    source: str


class LabelRounding(NamedTuple):
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
