"""Parts the elemental and compound records share: the keys of a volume of liquid, and
the other reading of a bare formula (``MgSO4``: the salt as written or the hydrate that
medicines hold), in figures and in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.figures import mg2, plain

if TYPE_CHECKING:  # annotations only, as in results
    from mgcalc.core import fields
    from mgcalc.core.chemistry.results import CompoundResult, ElementalResult
    from mgcalc.data.products import ProductRecord


class LiquidKeys(TypedDict):
    volume_ml: fields.VolumeMl | None
    concentration: fields.Concentration | None
    compound_mg_per_ml: fields.CompoundMgPerMl | None
    elemental_mg_per_ml: fields.ElementalMgPerMl | None


_NO_LIQUID: LiquidKeys = {
    "volume_ml": None,
    "concentration": None,
    "compound_mg_per_ml": None,
    "elemental_mg_per_ml": None,
}


def liquid_keys(result: ElementalResult | CompoundResult, count: int = 1) -> LiquidKeys:
    """The volume keys: total mL (all ``count`` doses) and the concentration as given and per mL."""
    volume, concentration = result.volume, result.concentration
    if volume is None or concentration is None:
        return _NO_LIQUID
    return {
        "volume_ml": round(volume.ml * count, 2),
        "concentration": concentration.given,
        "compound_mg_per_ml": round(
            concentration.compound_mg_per_ml(result.form, result.purity), 3
        ),
        "elemental_mg_per_ml": round(
            concentration.elemental_mg_per_ml(result.form, result.purity), 3
        ),
    }


def with_volume_source(result: ElementalResult | CompoundResult) -> list[str]:
    """The form's sources, plus USP <1221> when a teaspoon or tablespoon was converted."""
    sources = list(result.form.sources)
    if result.volume is not None and result.volume.source == "USP1221":
        sources.append("USP1221")
    return sources


class OtherReadingRecord(TypedDict):
    """The same calculation for the other reading of a bare formula."""

    form: fields.Form
    formula: fields.Formula
    fraction: fields.Fraction
    compound_mg: fields.CompoundMg
    elemental_mg: fields.ElementalMg
    elemental_meq: fields.ElementalMeq
    volume_ml: fields.VolumeMl | None


def other_reading(result: ElementalResult | CompoundResult) -> OtherReadingRecord | None:
    other = result.other
    if other is None:
        return None
    rec = other.record()
    return {
        "form": rec["form"],
        "formula": rec["formula"],
        "fraction": rec["fraction"],
        "compound_mg": rec["compound_mg"],
        "elemental_mg": rec["elemental_mg"],
        "elemental_meq": rec["elemental_meq"],
        "volume_ml": rec["volume_ml"],
    }


def reading_warnings(result: ElementalResult | CompoundResult) -> list[str]:
    """A bare formula is never taken silently: both readings, in words (on stderr with -q)."""
    other, assumed = result.other, result.form.assumed
    if other is None or assumed is None:
        return []
    sources = ", ".join(assumed.sources)
    why = (
        f"medicines mean {other.form.formula} ({sources}): give '{other.form.id}' to use it"
        if assumed.basis == "formula"
        else f"a medicine's strength is of {result.form.formula} ({sources})"
    )
    return [
        f"'{assumed.given}' has two readings: {result.record_figures()} as "
        f"{result.form.formula} ({result.form.id}, used here); {other.record_figures()} as "
        f"{other.form.formula} ({other.form.id}). {why[:1].upper()}{why[1:]}."
    ]


class Notice(NamedTuple):
    """A warning as ``-q`` prints it on stderr (``mgcalc: caution: ...``), one line a
    record in a batch; ``kind`` as the intake cautions have one."""

    text: str
    kind: str = "form"


class ProductKeys(TypedDict):
    product: fields.Product | None
    product_units: fields.ProductUnits | None
    elemental_per_unit_mg: fields.ElementalPerUnitMg | None
    label_date: fields.LabelDate | None


def product_keys(product: ProductRecord | None, units: float | None) -> ProductKeys:
    """A product by name: which, how many of its units, the label's magnesium a unit."""
    if product is None:
        return {
            "product": None,
            "product_units": None,
            "elemental_per_unit_mg": None,
            "label_date": None,
        }
    return {
        "product": product.id,
        "product_units": None if units is None else round(units, 3),
        "elemental_per_unit_mg": product.elemental_mg,
        "label_date": product.label_date or None,
    }


def label_maximum(product: ProductRecord | None, units: float | None) -> list[str]:
    """More units than the product's label allows in 24 hours, in the label's terms."""
    most = None if product is None else product.max_units_per_day
    if product is None or units is None or most is None or units <= most:
        return []
    return [
        f"{units_text(units, product.unit)} of {product.id} is more than its label allows "
        f"in 24 hours ({units_text(most, product.unit)}, "
        f"{plain(mg2(most * product.elemental_mg))} mg magnesium) unless a doctor directs "
        f"({', '.join(product.sources)})"
    ]


def units_text(units: float, unit: str) -> str:
    """``2 tablets``, ``1 level teaspoon``, ``4 x 15 mL``."""
    if unit[:1].isdigit() or "(" in unit:
        return f"{plain(round(units, 2))} x {unit}"
    return f"{plain(round(units, 2))} {unit}{'' if units == 1 else 's'}"
