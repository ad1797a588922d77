"""Records for foods: the USDA SR28 rows and the everyday names that point at them
(loaded on demand, apart from the goal and guide records, so that a food lookup
builds only these)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mgcalc.data import STRICT


@dataclass(frozen=True, slots=True)
class CommonFood:
    """An everyday name and the USDA SR28 entry it means; for the foods in the ODS
    fact sheet's table, that table's figure too (a second source, source id ODS)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    name: str
    ndb: str
    aliases: tuple[str, ...]
    ods_serving: str = ""  # the serving as the ODS table gives it ("1 oz", "1 medium")
    ods_mg: int | None = None
    ods_note: str = ""  # where the two tables' figures part, when mgcalc can show why


@dataclass(frozen=True, slots=True)
class FoodRow:
    """One USDA SR28 food: magnesium per 100 g and its household measures."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    ndb_no: str
    food_group: str
    description: str
    common_names: str
    magnesium_mg_per_100g: float
    household_measures: str
