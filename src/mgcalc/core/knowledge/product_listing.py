"""The over-the-counter products by name as ``forms --products`` lists them: what one
unit holds as its label states it, the label's limit a day, and where that is written."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

if TYPE_CHECKING:  # annotations only, as in form_listing
    from mgcalc.core import fields
    from mgcalc.data.products import ProductRecord


class ProductListingRecord(TypedDict):
    id: fields.Id
    name: fields.Name
    form: fields.Form
    product_unit: fields.ProductUnit
    unit_volume_ml: fields.UnitVolumeMl | None
    compound_mg: fields.CompoundMg | None
    elemental_per_unit_mg: fields.ElementalPerUnitMg
    max_units_per_day: fields.MaxUnitsPerDay | None
    label_date: fields.LabelDate | None
    aliases: fields.Aliases
    note: fields.Note
    sources: fields.Sources


def product_record(item: ProductRecord) -> ProductListingRecord:
    return {
        "id": item.id,
        "name": item.name,
        "form": item.form,
        "product_unit": item.unit,
        "unit_volume_ml": item.unit_ml,
        "compound_mg": item.compound_mg,
        "elemental_per_unit_mg": item.elemental_mg,
        "max_units_per_day": item.max_units_per_day,
        "label_date": item.label_date or None,
        "aliases": list(item.aliases),
        "note": item.note,
        "sources": list(item.sources),
    }


class ProductsResult(NamedTuple):
    items: tuple[ProductRecord, ...]

    def records(self) -> list[ProductListingRecord]:
        return [product_record(item) for item in self.items]

    def quiet(self) -> str:
        return "\n".join(item.id for item in self.items)
