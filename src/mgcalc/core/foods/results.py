"""Result records for ``food``: the portion, the USDA entry used, and the ODS figure
beside it for the everyday foods the ODS fact sheet tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.figures import mg2, plain
from mgcalc.core.foods.lookup import Portion, curated, find_food, preparation
from mgcalc.core.foods.measures import grams_of, measures
from mgcalc.data.foods import FoodRow

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class OdsFigure(TypedDict):
    serving: fields.Serving
    elemental_mg: fields.ElementalMg
    usda_sr28_mg: fields.UsdaSr28Mg
    differs: fields.Differs
    note: fields.Note | None
    sources: fields.Sources


class FoodRecord(TypedDict):
    food: fields.Food
    ndb: fields.Ndb
    preparation: fields.Preparation
    amount: fields.Amount
    amount_g: fields.AmountG
    elemental_mg: fields.ElementalMg
    mg_per_100g: fields.MgPer100g
    matched_by: fields.MatchedBy
    citation: fields.Citation
    ods: Annotated[OdsFigure | None, fields.ODS]
    sources: fields.Sources


def ods_figure(food: FoodRow) -> OdsFigure | None:
    """The ODS fact sheet's figure for an everyday food, beside SR28's for the same
    serving. ``differs`` when they round apart (chia: ODS 111 mg, SR28 95 mg per oz)."""
    entry = curated().get(food.ndb_no)
    if entry is None or entry.ods_mg is None:
        return None
    grams, _, _ = grams_of(food, entry.ods_serving)
    sr28 = mg2(food.magnesium_mg_per_100g * grams / 100)
    return {
        "serving": entry.ods_serving,
        "elemental_mg": entry.ods_mg,
        "usda_sr28_mg": sr28,
        "differs": round(sr28) != entry.ods_mg,
        "note": entry.ods_note or None,
        "sources": ["ODS"],
    }


class FoodSearchRecord(TypedDict):
    ndb: fields.Ndb
    food: fields.Food
    food_group: fields.FoodGroup
    common_names: fields.CommonNames
    mg_per_100g: fields.MgPer100g
    measures: fields.Measures
    sources: fields.Sources


class FoodResult(NamedTuple):
    portion: Portion

    def record(self) -> FoodRecord:
        food = self.portion.food
        ods = ods_figure(food)
        return {
            "food": food.description,
            "ndb": food.ndb_no,
            "preparation": preparation(food),
            "amount": self.portion.measure,
            "amount_g": round(self.portion.grams, 2),
            "elemental_mg": mg2(self.portion.magnesium_mg),
            "mg_per_100g": food.magnesium_mg_per_100g,
            "matched_by": self.portion.matched_by,
            "citation": f"USDA SR28, NDB {food.ndb_no}",
            "ods": ods,
            "sources": ["USDA", *(["ODS"] if ods else []), *self.portion.unit_sources],
        }

    def quiet(self) -> str:
        return plain(mg2(self.portion.magnesium_mg))


class FoodSearchResult(NamedTuple):
    query: str
    foods: list[FoodRow]

    def records(self) -> list[FoodSearchRecord]:
        return [
            {
                "ndb": row.ndb_no,
                "food": row.description,
                "food_group": row.food_group,
                "common_names": row.common_names,
                "mg_per_100g": row.magnesium_mg_per_100g,
                "measures": [m.text for m in measures(row)],
                "sources": ["USDA"],
            }
            for row in self.foods
        ]

    def quiet(self) -> str:
        return "\n".join(row.ndb_no for row in self.foods)


def food_figures() -> dict[str, str]:
    """What the guide quotes about the two food tables: chia seeds per ounce in SR28
    and in the ODS table (the largest gap among the everyday foods)."""

    chia = ods_figure(find_food("chia seeds")[0])
    assert chia is not None  # foods.toml carries the ODS figure for chia (validated)
    return {
        "chia_sr28": f"{round(chia['usda_sr28_mg']):d}",
        "chia_ods": str(chia["elemental_mg"]),
        "chia_serving": chia["serving"],
    }
