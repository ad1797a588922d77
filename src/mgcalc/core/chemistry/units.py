"""The unit registry: canonical names, symbols and aliases, built once (after pint).

Mass units convert any compound; ``mmol`` and ``mEq`` count magnesium atoms and so
only measure *elemental* magnesium. Their factors come from the atomic weight in
``data/constants.toml`` (IUPAC), never from a literal here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from mgcalc.data import constants


class Dimension(Enum):
    MASS = "mass"
    MAGNESIUM = "magnesium amount"


@dataclass(frozen=True, slots=True)
class Unit:
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
