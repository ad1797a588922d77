"""Result objects the calculators return, and the records scripts read.

Each result keeps full-precision floats and offers ``record()``: the JSON/CSV
shape of docs/contract.md, rounded for people by :mod:`mgcalc.core.figures` (mg to
0.01, mmol/mEq to 0.001, fractions to 5 places). The ``*Record`` TypedDicts are
the output contract; ``mgcalc schema`` derives JSON Schema from them. Error
records live in :mod:`mgcalc.core.error_records`, a form's listing row in
:mod:`mgcalc.core.knowledge.form_listing`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.chemistry.concentration import Concentration, Volume
from mgcalc.core.chemistry.record_parts import (
    Notice,
    OtherReadingRecord,
    label_maximum,
    liquid_keys,
    other_reading,
    product_keys,
    reading_warnings,
    with_volume_source,
)
from mgcalc.core.figures import frac5, mg2, milli3, plain

if TYPE_CHECKING:  # annotations only: a result module need not load the catalogue
    from mgcalc.core import fields
    from mgcalc.core.chemistry.forms import Assumption, Form
    from mgcalc.data.products import ProductRecord


class AssumedRecord(TypedDict):
    """What a bare name was read as: ``given`` (as typed), the ``form`` id chosen, the
    ``basis`` (pharmacopoeia, clinical, market or safer), a ``note`` with the reason,
    the ``alternatives`` to ask for instead, and the ``sources`` of the choice."""

    given: fields.Given
    form: fields.Form
    basis: fields.Basis
    note: fields.Note
    alternatives: fields.Alternatives
    sources: fields.Sources


def assumed_record(assumption: Assumption | None) -> AssumedRecord | None:
    if assumption is None:
        return None
    return {
        "given": assumption.given,
        "form": assumption.form,
        "basis": assumption.basis,
        "note": assumption.note,
        "alternatives": list(assumption.alternatives),
        "sources": list(assumption.sources),
    }


def _low_high(form: Form, mg: float) -> tuple[float | None, float | None]:
    """``mg`` (computed from the nominal fraction) at the stated low and high content."""
    if form.fraction_low is None and form.fraction_high is None:
        return None, None
    scale = mg / form.fraction
    low = None if form.fraction_low is None else mg2(scale * form.fraction_low)
    high = None if form.fraction_high is None else mg2(scale * form.fraction_high)
    return low, high


def _fraction_or_none(value: float | None) -> float | None:
    return None if value is None else frac5(value)


class ElementalRecord(TypedDict):
    form: fields.Form
    name: fields.Name
    formula: fields.Formula
    fraction: fields.Fraction
    purity: fields.Purity
    count: fields.Count
    compound_mg: fields.CompoundMg
    elemental_mg: fields.ElementalMg
    elemental_mmol: fields.ElementalMmol
    elemental_meq: fields.ElementalMeq
    sources: fields.Sources
    fraction_low: fields.FractionLow | None
    fraction_high: fields.FractionHigh | None
    elemental_low_mg: fields.ElementalLowMg | None
    elemental_high_mg: fields.ElementalHighMg | None
    assumed: Annotated[AssumedRecord | None, fields.ASSUMED]
    volume_ml: fields.VolumeMl | None
    concentration: fields.Concentration | None
    compound_mg_per_ml: fields.CompoundMgPerMl | None
    elemental_mg_per_ml: fields.ElementalMgPerMl | None
    other_reading: Annotated[OtherReadingRecord | None, fields.OTHER_READING]
    warnings: fields.Warnings
    product: fields.Product | None
    product_units: fields.ProductUnits | None
    elemental_per_unit_mg: fields.ElementalPerUnitMg | None
    label_date: fields.LabelDate | None


class CompoundRecord(TypedDict):
    form: fields.Form
    name: fields.Name
    formula: fields.Formula
    fraction: fields.Fraction
    purity: fields.Purity
    elemental_mg: fields.ElementalMg
    compound_mg: fields.CompoundMg
    elemental_mmol: fields.ElementalMmol
    elemental_meq: fields.ElementalMeq
    unit_size_mg: fields.UnitSizeMg | None
    elemental_per_unit_mg: fields.ElementalPerUnitMg | None
    units: fields.Units | None
    supplied_elemental_mg: fields.SuppliedElementalMg | None
    sources: fields.Sources
    fraction_low: fields.FractionLow | None
    fraction_high: fields.FractionHigh | None
    compound_low_mg: fields.CompoundLowMg | None
    compound_high_mg: fields.CompoundHighMg | None
    assumed: Annotated[AssumedRecord | None, fields.ASSUMED]
    volume_ml: fields.VolumeMl | None
    concentration: fields.Concentration | None
    compound_mg_per_ml: fields.CompoundMgPerMl | None
    elemental_mg_per_ml: fields.ElementalMgPerMl | None
    other_reading: Annotated[OtherReadingRecord | None, fields.OTHER_READING]
    warnings: fields.Warnings
    amount_is: fields.AmountIs


class ConvertRecord(TypedDict):
    given: fields.Given
    elemental_mg: fields.ElementalMg
    elemental_mmol: fields.ElementalMmol
    elemental_meq: fields.ElementalMeq
    sources: fields.Sources


@dataclass(frozen=True, slots=True)
class ElementalResult:
    form: Form
    compound_mg: float
    elemental_mg: float
    mmol: float
    meq: float
    count: int
    purity: float
    volume: Volume | None = None
    concentration: Concentration | None = None
    other: ElementalResult | None = None
    product: ProductRecord | None = None
    units: float | None = None  # the product's units (tablets, 15 mL doses, teaspoons)

    def warnings(self) -> list[str]:
        return reading_warnings(self) + label_maximum(self.product, self.units)

    @property
    def cautions(self) -> list[Notice]:
        return [Notice(text) for text in self.warnings()]

    def record_figures(self) -> str:
        """The figures a reading gives, in words: ``4 mL = 2000 mg = 16.229 mEq``."""
        given = f"{plain(round(self.volume.ml * self.count, 2))} mL" if self.volume else ""
        mg = f"{plain(mg2(self.compound_mg))} mg holds " if not given else f"{given} holds "
        return f"{mg}{plain(mg2(self.elemental_mg))} mg magnesium = {milli3(self.meq):g} mEq"

    def record(self) -> ElementalRecord:
        form = self.form
        low, high = _low_high(form, self.elemental_mg)
        return {
            "form": form.id,
            "name": form.name,
            "formula": form.formula,
            "fraction": round(form.fraction, 5),
            "purity": self.purity,
            "count": self.count,
            "compound_mg": mg2(self.compound_mg),
            "elemental_mg": mg2(self.elemental_mg),
            "elemental_mmol": milli3(self.mmol),
            "elemental_meq": milli3(self.meq),
            "sources": with_volume_source(self)
            + list(self.product.sources if self.product else ()),
            "fraction_low": _fraction_or_none(form.fraction_low),
            "fraction_high": _fraction_or_none(form.fraction_high),
            "elemental_low_mg": low,
            "elemental_high_mg": high,
            "assumed": None if form.assumed is None else assumed_record(form.assumed),
            **liquid_keys(self, self.count),
            "other_reading": other_reading(self),
            "warnings": self.warnings(),
            **product_keys(self.product, self.units),
        }

    def quiet(self) -> str:
        return plain(mg2(self.elemental_mg))


class CompoundResult(NamedTuple):
    form: Form
    elemental_mg: float
    compound_mg: float
    mmol: float
    meq: float
    purity: float
    unit_size_mg: float | None
    units: int | None
    supplied_elemental_mg: float | None
    volume: Volume | None = None
    concentration: Concentration | None = None
    unit_elemental_mg: float | None = None
    other: CompoundResult | None = None
    salt: bool = False  # the amount given was the salt's weight (--salt), not magnesium
    dose_warnings: tuple[str, ...] = ()  # an amount that looks like a salt's dose

    def warnings(self) -> list[str]:
        return list(self.dose_warnings) + reading_warnings(self)

    @property
    def cautions(self) -> list[Notice]:
        return [Notice(text) for text in self.warnings()]

    def record_figures(self) -> str:
        """The figures a reading gives, in words: ``3.94 mL (1971.68 mg)``."""
        mg = f"{plain(mg2(self.compound_mg))} mg"
        return f"{plain(round(self.volume.ml, 2))} mL ({mg})" if self.volume else mg

    def record(self) -> CompoundRecord:
        supplied = self.supplied_elemental_mg
        form = self.form
        # more compound is needed at the low stated content, less at the high
        low = (
            None
            if form.fraction_high is None
            else self.compound_mg * form.fraction / form.fraction_high
        )
        high = (
            None
            if form.fraction_low is None
            else self.compound_mg * form.fraction / form.fraction_low
        )
        return {
            "form": self.form.id,
            "name": self.form.name,
            "formula": self.form.formula,
            "fraction": frac5(self.form.fraction),
            "purity": self.purity,
            "elemental_mg": mg2(self.elemental_mg),
            "compound_mg": mg2(self.compound_mg),
            "elemental_mmol": milli3(self.mmol),
            "elemental_meq": milli3(self.meq),
            "unit_size_mg": None if self.unit_size_mg is None else mg2(self.unit_size_mg),
            "elemental_per_unit_mg": None
            if self.unit_elemental_mg is None
            else mg2(self.unit_elemental_mg),
            "units": self.units,
            "supplied_elemental_mg": None if supplied is None else mg2(supplied),
            "sources": with_volume_source(self),
            "fraction_low": _fraction_or_none(form.fraction_low),
            "fraction_high": _fraction_or_none(form.fraction_high),
            "compound_low_mg": None if low is None else mg2(low),
            "compound_high_mg": None if high is None else mg2(high),
            "assumed": assumed_record(form.assumed),
            **liquid_keys(self),
            "other_reading": other_reading(self),
            "warnings": self.warnings(),
            "amount_is": "compound" if self.salt else "elemental",
        }

    def quiet(self) -> str:
        if self.volume is not None:
            return plain(round(self.volume.ml, 2))
        return str(self.units) if self.units is not None else plain(mg2(self.compound_mg))


class ConvertResult(NamedTuple):
    given: str
    mg: float
    mmol: float
    meq: float

    def record(self) -> ConvertRecord:
        return {
            "given": self.given,
            "elemental_mg": mg2(self.mg),
            "elemental_mmol": milli3(self.mmol),
            "elemental_meq": milli3(self.meq),
            "sources": ["IUPAC"],
        }

    def quiet(self) -> str:
        return plain(mg2(self.mg))
