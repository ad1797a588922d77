"""Package data of labels: the Daily Values, the EU NRV and the rounding rules (labels.toml)."""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

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
    finer_increments_mg: tuple[float, ...]
    finer_source: str
    percent_dv_from: Literal["declared", "actual"]
    percent_dv_source: str


class Compliance(NamedTuple):
    """What a declared amount is held to (US floor, EU tolerance) and the EU's
    daily-dose and significant-amount rules (labels.toml [compliance])."""

    us_floor_percent: int
    us_source: str
    eu_low_percent: int
    eu_high_percent: int
    eu_tolerance_source: str
    eu_per_daily_dose_source: str
    eu_significant_percent_nrv: int
    eu_significant_source: str


class DriedBasis(NamedTuple):
    """A specification stated on the dried substance, with its loss-on-drying limit."""

    material: str
    loss_on_drying_max_percent: float
    source: str


@cache
def daily_values() -> dict[str, DailyValue]:
    return {row["id"]: DailyValue(**row) for row in read_toml("labels.toml")["dv"]}


@cache
def nrv() -> NutrientReferenceValue:
    return NutrientReferenceValue(**read_toml("labels.toml")["nrv"])


@cache
def label_rounding() -> LabelRounding:
    row = read_toml("labels.toml")["rounding"]
    return LabelRounding(**{**row, "finer_increments_mg": tuple(row["finer_increments_mg"])})


@cache
def compliance() -> Compliance:
    return Compliance(**read_toml("labels.toml")["compliance"])


@cache
def dried_basis() -> dict[str, DriedBasis]:
    return {row["material"]: DriedBasis(**row) for row in read_toml("labels.toml")["dried_basis"]}
