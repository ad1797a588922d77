"""Amounts of food: grams, ounces, or the food's own USDA household measures.

``1 cup``, ``2 tbsp`` and ``1 medium`` are looked up in the food's measures;
a bare number (``avocado 1``) counts the food's household unit (one avocado,
one medium banana, one slice of bread), never grams: a food without such a unit
is an error that lists its measures.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction  # for '1/2' and '1 1/2' only: it imports decimal too
from typing import NamedTuple

from mgcalc.core.chemistry.quantity import NUMBER as AMOUNT_NUMBER
from mgcalc.core.chemistry.quantity import number_value
from mgcalc.core.errors import InputError
from mgcalc.data.foods import FoodRow

# Mass and US customary kitchen units, exact by definition (source NIST-HB44: the
# avoirdupois pound is 453.59237 g, the ounce 1/16 of it; the US gallon is 231 cubic
# inches, the fluid ounce 1/128 of it, 29.5735295625 mL; a measuring cup is 8 fl oz, a
# tablespoon 1/2 fl oz, a teaspoon 1/3 tablespoon). SR28's household measures are
# kitchen measures in these units (its milk: 1 cup = 244 g, 1 quart = 976 g; water:
# 1 fl oz = 29.6 g), not the rounded label units of 21 CFR 101.9(b)(5)(viii) (cup
# 240 mL, fl oz 30 mL), which are for declaring serving sizes on a label.
GRAMS_PER_POUND = 453.59237
GRAMS_PER_OUNCE = GRAMS_PER_POUND / 16
GRAMS_PER = {"mg": 0.001, "g": 1.0, "kg": 1000.0, "oz": GRAMS_PER_OUNCE, "lb": GRAMS_PER_POUND}
ML_PER_FL_OZ = 231 * 2.54**3 / 128
ML_PER = {
    "ml": 1.0,
    "cl": 10.0,
    "dl": 100.0,
    "l": 1000.0,
    "tsp": ML_PER_FL_OZ / 6,
    "tbsp": ML_PER_FL_OZ / 2,
    "fl oz": ML_PER_FL_OZ,
    "cup": 8 * ML_PER_FL_OZ,
    "pint": 16 * ML_PER_FL_OZ,
    "quart": 32 * ML_PER_FL_OZ,
}
UNITS_SOURCE = "NIST-HB44"
_UNIT_ALIASES = {
    "tbsp": ("tablespoon", "tablespoons", "tbs", "tbsps"),
    "tsp": ("teaspoon", "teaspoons", "tsps"),
    "cup": ("cups",),
    "slice": ("slices",),
    "piece": ("pieces",),
    "fl oz": ("fluid ounce", "fluid ounces", "floz", "fl. oz", "fl.oz"),
    "g": ("gram", "grams", "gm"),
    "mg": ("milligram", "milligrams"),
    "kg": ("kilogram", "kilograms", "kilo", "kilos"),
    "oz": ("ounce", "ounces"),
    "lb": ("lbs", "pound", "pounds"),
    "ml": ("milliliter", "milliliters", "millilitre", "millilitres"),
    "l": ("liter", "liters", "litre", "litres"),
    "cl": ("centiliter", "centiliters", "centilitre", "centilitres"),
    "dl": ("deciliter", "deciliters", "decilitre", "decilitres"),
    "pint": ("pints", "pt"),
    "quart": ("quarts", "qt"),
}
# fractions and vulgar fractions, else a number as every amount reads it (1e2, 1,000)
NUMBER = rf"(?:\d+\s+\d+/\d+|\d+/\d+|\+?{AMOUNT_NUMBER}|[½¼¾⅓⅔])"
_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
# Measures that are volumes or masses, not a count of the food itself.
_NOT_A_COUNT = {
    "cup", "cups", "tbsp", "tsp", "oz", "fl", "quart", "pint", "liter", "litre", "ml", "g",
    "lb", "serving", "nlea", "cubic", "package", "container", "can", "jar", "bottle",
}  # fmt: skip


class Measure(NamedTuple):
    quantity: float
    unit: str  # "cup, chopped", "medium (7\" to 7-7/8\" long)"
    grams: float

    @property
    def text(self) -> str:
        return f"{self.quantity:g} {self.unit}"


def parse_number(text: str) -> float:
    text = _VULGAR.get(text, text).strip()
    if " " not in text and "/" not in text:
        return number_value(text)

    if " " in text:
        whole, part = text.split(None, 1)
        return float(whole) + float(Fraction(part))
    return float(Fraction(text))


def measures(food: FoodRow) -> list[Measure]:
    found = []
    for item in food.household_measures.split("; "):
        label, _, grams = item.rpartition("=")
        match = re.match(rf"^({NUMBER})\s*(.*)$", label.strip())
        if not match or not grams:
            continue
        try:
            found.append(Measure(parse_number(match[1]), match[2].strip(), float(grams)))
        except (ValueError, ZeroDivisionError):
            continue
    return found


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def singular(word: str) -> str:
    """``beans`` -> ``bean``, and the -es plurals: ``peaches``, ``radishes``,
    ``potatoes`` -> ``peach``, ``radish``, ``potato`` (else ``radish`` would match
    ``Radish seeds`` before ``Radishes``)."""
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "oes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def household_unit(food: FoodRow) -> Measure | None:
    """The measure a bare count means: a medium one, else one named like the food
    (``avocado``, ``date``, ``breast``), else a whole fruit, else the only count
    (``large`` egg), else the one plain unit (``slice`` of bread); None if unclear."""
    counts = [m for m in measures(food) if (words(m.unit) or [""])[0] not in _NOT_A_COUNT]
    names = {singular(w) for w in words(food.description)}
    single_words = [m for m in counts if len(words(m.unit)) == 1]
    tiers = [
        [m for m in counts if "medium" in words(m.unit)],
        [m for m in counts if singular(words(m.unit)[0]) in names],
        [m for m in counts if words(m.unit)[0] in ("fruit", "whole")],
        [m for m in counts if words(m.unit)[0] == "large"],
        counts if len(counts) == 1 else [],
        single_words if len({m.unit for m in single_words}) == 1 else [],
    ]
    return next((tier[0] for tier in tiers if tier), None)


def _unit_key(unit: str) -> str:
    key = unit.lower().strip().rstrip(".")
    for canonical, aliases in _UNIT_ALIASES.items():
        if key in aliases:
            return canonical
    return key


def _listing(food: FoodRow) -> str:
    return ", ".join(m.text for m in measures(food)) or "none; give grams or ounces"


def grams_of(food: FoodRow, amount: str) -> tuple[float, str, tuple[str, ...]]:
    """Grams in ``amount`` of ``food``, the amount as understood (``'1 medium (7" to
    7-7/8" long)'``), and the sources of any unit conversion: a mass, one of its
    measures, a count of its unit, or a volume converted through one of its volume
    measures (``milk 250 mL``: 250 mL of the 236.6 mL cup that weighs 244 g)."""
    text = amount.strip()
    match = re.match(rf"^({NUMBER})\s*(.*)$", text)
    if match is None:
        raise InputError(f"cannot read food amount '{amount}'", suggestion="e.g. 28g, 1 oz, 1 cup")
    try:
        quantity = parse_number(match[1])
    except (ValueError, ZeroDivisionError, OverflowError):
        raise InputError(
            f"cannot read food amount '{amount}'", suggestion="e.g. 28g, 1/2 cup"
        ) from None
    unit = _unit_key(match[2])
    if not 0 <= quantity < math.inf:
        raise InputError(f"food amount must be 0 or more, got '{amount}'")
    if unit in GRAMS_PER:
        sources = (UNITS_SOURCE,) if unit in ("oz", "lb") else ()
        return quantity * GRAMS_PER[unit], f"{quantity:g} {unit}", sources
    if unit == "":
        count = household_unit(food)
        if count is None:
            raise InputError(
                f"a bare number is a count, and '{food.description}' has no unit to count",
                suggestion=f"give a unit: its measures: {_listing(food)}; or grams/ounces",
            )
        return count.grams * quantity / count.quantity, f"{quantity:g} {count.unit}", ()
    measure = _best_measure(measures(food), unit)
    if measure is not None:
        return measure.grams * quantity / measure.quantity, f"{quantity:g} {measure.unit}", ()
    if unit in ML_PER:
        return _by_volume(food, quantity, unit, match[2].strip())
    raise InputError(
        f"'{food.description}' has no measure '{match[2].strip()}'",
        suggestion=f"its measures: {_listing(food)}; or grams/ounces",
    )


def _volume_ml(measure: Measure) -> float | None:
    """mL in one of a food's measures that is a volume (``1 cup``, ``1 fl oz``,
    ``1 cup whole kernels``, ``1 liter``); None for a count or a mass."""
    found = re.match(r"^(fl\.? ?oz|[a-z]+)", measure.unit.lower())
    unit = _unit_key(found[1]) if found else ""
    return measure.quantity * ML_PER[unit] if unit in ML_PER else None


def _by_volume(
    food: FoodRow, quantity: float, unit: str, typed: str
) -> tuple[float, str, tuple[str, ...]]:
    """A volume through the food's own volume measure, a plain one (``1 cup``) before
    one that names a cut (``1 cup, chopped``), the largest (``1 liter`` of water before
    ``1 fl oz = 29.6 g``, whose grams are rounded): its grams per mL, times the mL."""
    volumes = [(m, ml) for m in measures(food) if (ml := _volume_ml(m))]
    if not volumes:
        raise InputError(
            f"'{food.description}' has no volume measure to convert {quantity:g} {typed} with",
            suggestion=f"its measures: {_listing(food)}; or grams/ounces",
        )
    measure, ml = min(volumes, key=lambda pair: (_unit_key(pair[0].unit) not in ML_PER, -pair[1]))
    grams = measure.grams * quantity * ML_PER[unit] / ml
    shown = f"{quantity:g} {typed} (as {measure.text} = {measure.grams:g} g)"
    return grams, shown, (UNITS_SOURCE,)


def _best_measure(options: list[Measure], unit: str) -> Measure | None:
    """Exact unit first (``cup``), then a leading match (``cup, chopped``), then a
    measure that holds every word given (``medium`` in ``potato medium``)."""
    wanted = set(words(unit))
    tiers: list[list[Measure]] = [[], [], []]
    for measure in options:
        key = _unit_key(measure.unit)
        if key == unit:
            tiers[0].append(measure)
        elif key.startswith((unit + ",", unit + " ", unit + "(")):
            tiers[1].append(measure)
        elif wanted and wanted <= {_unit_key(w) for w in words(key)}:
            tiers[2].append(measure)
    return next((tier[0] for tier in tiers if tier), None)
