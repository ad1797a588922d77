"""The unit registry: canonical names, symbols and aliases, built once (after pint).

Mass units convert any compound; ``mmol`` and ``mEq`` count magnesium atoms and so
only measure *elemental* magnesium. Their factors come from the atomic weight in
``data/constants.toml`` (IUPAC), never from a literal here.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import NamedTuple

from mgcalc.data.chemistry import constants


class Dimension(Enum):
    MASS = "mass"
    MAGNESIUM = "magnesium amount"


class Unit(NamedTuple):
    symbol: str
    name: str
    dimension: Dimension
    aliases: tuple[str, ...]

    @property
    def mg_per_unit(self) -> float:
        """Milligrams per one of this unit (of elemental Mg for amount units)."""
        return _mg_factors()[self.symbol]


MILLIGRAM = Unit("mg", "milligram", Dimension.MASS, ("milligram", "milligrams", "mgs"))
GRAM = Unit("g", "gram", Dimension.MASS, ("gram", "grams", "gm", "gr"))
KILOGRAM = Unit("kg", "kilogram", Dimension.MASS, ("kilogram", "kilograms", "kilo", "kilos"))
TONNE = Unit("t", "tonne", Dimension.MASS, ("tonnes", "metric ton", "metric tons"))
MICROGRAM = Unit("mcg", "microgram", Dimension.MASS, ("ug", "µg", "μg", "microgram", "micrograms"))
MILLIMOLE = Unit("mmol", "millimole", Dimension.MAGNESIUM, ("millimole", "millimoles"))
MILLIEQUIVALENT = Unit(
    "mEq", "milliequivalent", Dimension.MAGNESIUM, ("meq", "milliequivalent", "milliequivalents")
)

UNITS: tuple[Unit, ...] = (
    MILLIGRAM,
    GRAM,
    KILOGRAM,
    TONNE,
    MICROGRAM,
    MILLIMOLE,
    MILLIEQUIVALENT,
)


@cache
def _mg_factors() -> dict[str, float]:
    mg = constants().mg_per_mmol
    return {
        "mg": 1.0,
        "g": 1_000.0,
        "kg": 1_000_000.0,
        "t": 1_000_000_000.0,
        "mcg": 0.001,
        "mmol": mg,
        "mEq": mg / constants().valence,
    }


@cache
def unit_table() -> dict[str, Unit]:
    """Every spelling (lower-cased, trailing dot dropped) to its unit."""
    table: dict[str, Unit] = {}
    for unit in UNITS:
        for spelling in (unit.symbol, unit.name, *unit.aliases):
            table[spelling.lower()] = unit
    return table


def lookup_unit(text: str) -> Unit | None:
    key = text.strip().lower().rstrip(".")
    return unit_table().get(key)


# Volumes: what a liquid is measured in (a spoon is the USP <1221> medical measure).
# spelling -> (symbol, mL per unit, source of the factor)
_VOLUME_UNITS: dict[str, tuple[str, float, str]] = {}
for _symbol, _ml, _source, _spellings in (
    ("mL", 1.0, "SI", ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "cc")),
    ("L", 1000.0, "SI", ("l", "litre", "litres", "liter", "liters")),
    ("tsp", 5.0, "USP1221", ("tsp", "teaspoon", "teaspoons", "teaspoonful", "teaspoonfuls")),
    ("tbsp", 15.0, "USP1221", ("tbsp", "tablespoon", "tablespoons", "tablespoonful", "tbs")),
):
    for _spelling in _spellings:
        _VOLUME_UNITS[_spelling] = (_symbol, _ml, _source)

ACCEPTED_VOLUMES = "mL, L, tsp (5 mL), tbsp (15 mL)"
CONCENTRATION_EXAMPLES = "50% (w/v), 500mg/mL, 400mg/5mL, 4mEq/mL"


def volume_unit(text: str) -> tuple[str, float, str] | None:
    return _VOLUME_UNITS.get(text.strip().lower().rstrip("."))
