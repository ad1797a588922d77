"""The records label reading and writing emit (JSON/CSV shape; ``mgcalc schema``).

One key, one type: percentages are numbers (``percent_dv``), the text a label prints
is in ``*_display``; ranges are ``[low, high]`` lists, present in every mode.
"""

from __future__ import annotations

from typing import TypedDict


class StatedPercentRecord(TypedDict):
    """One percent the line states ('48% DV 53% NRV' states two), checked."""

    stated_percent: float | None
    stated_percent_display: str | None
    stated_percent_basis: str | None
    percent_matches: bool | None


class LabelRecord(TypedDict):
    input: str
    magnesium_row: str
    forms: list[str]
    figure_is: str
    stated_mg: float | None
    stated_range_mg: list[float] | None
    compound_mg: float | None
    compound_supplies_mg: list[float] | None
    elemental_per_unit_mg: float | None
    elemental_mg: float | None
    elemental_range_mg: list[float]
    elemental_per_day_mg: float | None
    elemental_per_day_range_mg: list[float]
    units_per_serving: int
    servings: int
    dv_basis: str
    dv_mg: int
    percent_dv: int | None
    percent_dv_display: str
    percent_nrv: int | None
    percent_nrv_display: str
    stated_percent: float | None
    stated_percent_display: str | None
    stated_percent_basis: str | None
    percent_matches: bool | None
    stated_percents: list[StatedPercentRecord]
    standard: str
    ul_mg: int | None
    ul_group: str
    ul_status: str
    percent_of_ul: float | None
    percent_of_ul_range: list[float] | None
    over_ul: bool
    may_exceed_ul: bool
    descriptors: list[str]
    ignored: list[str]
    notes: list[str]
    warnings: list[str]
    sources: list[str]


class DeclarationRecord(TypedDict):
    declaration: str | None
    declared: bool
    eu_declaration: str
    forms: list[str]
    compound_mg: float
    compound_parts_mg: list[float]
    units_per_serving: int
    servings: int
    elemental_per_unit_mg: float
    elemental_mg: float
    elemental_per_day_mg: float
    declared_mg: int | None
    percent_dv: int | None
    percent_dv_display: str | None
    meets_declared_amount: bool | None
    compliant_declaration: str | None
    compliant_declared_mg: int | None
    overage_mg: float | None
    overage_compound_mg: float | None
    eu_declared_mg: float
    percent_nrv: int
    percent_nrv_display: str
    dv_basis: str
    dv_mg: int
    standard: str
    ul_mg: int | None
    ul_group: str
    ul_status: str
    over_ul: bool
    rule: str
    warnings: list[str]
    sources: list[str]
