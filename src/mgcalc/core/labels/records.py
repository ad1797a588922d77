"""The records label reading and writing emit (JSON/CSV shape; ``mgcalc schema``).

One key, one type: percentages are numbers (``percent_dv``), the text a label prints
is in ``*_display``; a range is a ``*_low_*``/``*_high_*`` pair of numbers, as in every
command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, TypedDict

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class StatedPercentRecord(TypedDict):
    """One percent the line states ('48% DV 53% NRV' states two), checked."""

    stated_percent: fields.StatedPercent | None
    stated_percent_display: fields.StatedPercentDisplay | None
    stated_percent_basis: fields.StatedPercentBasis | None
    percent_matches: fields.PercentMatches | None


class LabelRecord(TypedDict):
    input: fields.Input
    magnesium_row: fields.MagnesiumRow
    forms: fields.Forms
    figure_is: fields.FigureIs
    stated_mg: fields.StatedMg | None
    stated_low_mg: fields.StatedLowMg | None
    stated_high_mg: fields.StatedHighMg | None
    compound_mg: fields.CompoundMg | None
    compound_supplies_low_mg: fields.CompoundSuppliesLowMg | None
    compound_supplies_high_mg: fields.CompoundSuppliesHighMg | None
    elemental_per_unit_mg: fields.ElementalPerUnitMg | None
    elemental_mg: fields.ElementalMg | None
    elemental_low_mg: fields.ElementalLowMg
    elemental_high_mg: fields.ElementalHighMg
    elemental_per_day_mg: fields.ElementalPerDayMg | None
    elemental_per_day_low_mg: fields.ElementalPerDayLowMg
    elemental_per_day_high_mg: fields.ElementalPerDayHighMg
    units_per_serving: fields.UnitsPerServing
    servings: fields.Servings
    dv_basis: fields.DvBasis
    dv_mg: fields.DvMg
    percent_dv: fields.PercentDv | None
    percent_dv_display: fields.PercentDvDisplay
    percent_nrv: fields.PercentNrv | None
    percent_nrv_display: fields.PercentNrvDisplay
    stated_percent: fields.StatedPercent | None
    stated_percent_display: fields.StatedPercentDisplay | None
    stated_percent_basis: fields.StatedPercentBasis | None
    percent_matches: fields.PercentMatches | None
    stated_percents: Annotated[list[StatedPercentRecord], fields.STATED_PERCENTS]
    standard: fields.Standard
    ul_mg: fields.UlMg | None
    ul_group: fields.UlGroup
    ul_status: fields.UlStatus
    percent_of_ul: fields.PercentOfUl | None
    percent_of_ul_low: fields.PercentOfUlLow | None
    percent_of_ul_high: fields.PercentOfUlHigh | None
    over_ul: fields.OverUl
    may_exceed_ul: fields.MayExceedUl
    descriptors: fields.Descriptors
    ignored: fields.Ignored
    notes: fields.Notes
    warnings: fields.Warnings
    sources: fields.Sources


class DeclarationRecord(TypedDict):
    declaration: fields.Declaration | None
    declared: fields.Declared
    eu_declaration: fields.EuDeclaration
    eu_serving_declaration: fields.EuServingDeclaration
    forms: fields.Forms
    compound_mg: fields.CompoundMg
    compound_parts_mg: fields.CompoundPartsMg
    units_per_serving: fields.UnitsPerServing
    servings: fields.Servings
    elemental_per_unit_mg: fields.ElementalPerUnitMg
    elemental_mg: fields.ElementalMg
    elemental_per_day_mg: fields.ElementalPerDayMg
    declaration_basis: fields.DeclarationBasis
    declaration_basis_mg: fields.DeclarationBasisMg
    declared_mg: fields.DeclaredMg | None
    declared_step_mg: fields.DeclaredStepMg | None
    percent_dv: fields.PercentDv | None
    percent_dv_display: fields.PercentDvDisplay | None
    percent_dv_from: fields.PercentDvFrom
    meets_declared_amount: fields.MeetsDeclaredAmount | None
    rounded_declaration: fields.RoundedDeclaration | None
    rounded_declared_mg: fields.RoundedDeclaredMg | None
    overage_mg: fields.OverageMg | None
    overage_compound_mg: fields.OverageCompoundMg | None
    overage_percent: fields.OveragePercent
    fill_mg: fields.FillMg | None
    fill_compound_mg: fields.FillCompoundMg | None
    us_minimum_mg: fields.UsMinimumMg | None
    eu_declared_mg: fields.EuDeclaredMg
    eu_serving_declared_mg: fields.EuServingDeclaredMg
    eu_tolerance_mg: fields.EuToleranceMg
    percent_nrv: fields.PercentNrv
    percent_nrv_display: fields.PercentNrvDisplay
    percent_nrv_serving: fields.PercentNrvServing
    eu_significant: fields.EuSignificant
    assay_mg: fields.AssayMg | None
    assay_meets_us: fields.AssayMeetsUs | None
    assay_within_eu: fields.AssayWithinEu | None
    dv_basis: fields.DvBasis
    dv_mg: fields.DvMg
    standard: fields.Standard
    ul_mg: fields.UlMg | None
    ul_group: fields.UlGroup
    ul_status: fields.UlStatus
    over_ul: fields.OverUl
    rule: fields.Rule
    warnings: fields.Warnings
    sources: fields.Sources
