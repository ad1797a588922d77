"""Magnesium in foods, from the USDA SR28 table shipped as package data.

Everyday names (``almonds``) map to the plain, typical entry (foods.toml); any
other text is searched over descriptions and common names. Amounts are grams,
ounces or the food's own household measures (``1 cup``, ``2 tbsp``, ``1 medium``).
The table is read only here, so other commands never pay for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from typing_extensions import TypedDict

from mgcalc.core.errors import InputError, UnknownNameError, suggest
from mgcalc.core.forms import normalise
from mgcalc.core.quantity import parse_mg
from mgcalc.data import common_foods, food_rows
from mgcalc.data.knowledge_records import FoodRow

GRAMS_PER_OUNCE = 28.349523125  # avoirdupois ounce, exact by definition
_UNIT_ALIASES = {
    "tbsp": ("tablespoon", "tablespoons", "tbs", "tbsps"),
    "tsp": ("teaspoon", "teaspoons", "tsps"),
    "cup": ("cups",),
    "slice": ("slices",),
    "piece": ("pieces",),
    "fl oz": ("fluid ounce", "fluid ounces", "floz"),
}
_NUMBER = r"(?:\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?|\.\d+|[½¼¾⅓⅔])"
_AMOUNT_START = re.compile(rf"(?:^|\s)({_NUMBER})(?=\s|[a-zA-Z]|$)")
_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}


@dataclass(frozen=True)
class Measure:
    quantity: float
    unit: str  # "cup, chopped", "medium (7\" to 7-7/8\" long)"
    grams: float

    @property
    def text(self) -> str:
        return f"{self.quantity:g} {self.unit}"


@dataclass(frozen=True)
class Portion:
    food: FoodRow
    grams: float
    measure: str
    matched_by: str  # "name", "ndb" or "search"

    @property
    def magnesium_mg(self) -> float:
        return self.food.magnesium_mg_per_100g * self.grams / 100


def parse_number(text: str) -> float:
    text = _VULGAR.get(text, text).strip()
    if " " in text:
        whole, part = text.split(None, 1)
        return float(whole) + float(Fraction(part))
    return float(Fraction(text)) if "/" in text else float(text)


def measures(food: FoodRow) -> list[Measure]:
    found = []
    for item in food.household_measures.split("; "):
        label, _, grams = item.rpartition("=")
        match = re.match(rf"^({_NUMBER})\s*(.*)$", label.strip())
        if not match or not grams:
            continue
        try:
            found.append(Measure(parse_number(match[1]), match[2].strip(), float(grams)))
        except (ValueError, ZeroDivisionError):
            continue
    return found


# Preparation words in SR28 descriptions ("Spinach, cooked, boiled, drained"): the
# comma-separated parts that say whether and how the food was cooked or processed.
_PREPARATION = re.compile(
    r"^(raw|cooked|boiled|baked|roasted|dry roasted|oil roasted|toasted|fried|pan-fried|"
    r"deep-fried|steamed|stewed|braised|broiled|grilled|microwaved|simmered|poached|"
    r"scrambled|hard-boiled|canned|frozen|dried|dehydrated|fresh|unheated|heated|"
    r"brewed|prepared|unprepared|dry|sprouted)\b"
)


def preparation(food: FoodRow) -> str:
    """Whether the entry is raw or cooked and how, from its description (``'cooked,
    boiled'``, ``'raw'``, ``'dry roasted'``); ``'not stated'`` when it says nothing."""
    parts = [part.strip().lower() for part in food.description.split(",")[1:]]
    found = [part for part in parts if _PREPARATION.match(part)]
    return ", ".join(found) or "not stated"


def _unit_key(unit: str) -> str:
    key = unit.lower().strip().rstrip(".")
    for canonical, aliases in _UNIT_ALIASES.items():
        if key in aliases:
            return canonical
    return key


def grams_of(food: FoodRow, amount: str) -> tuple[float, str]:
    """Grams in ``amount`` of ``food``: a mass or one of its household measures."""
    text = amount.strip()
    match = re.match(rf"^({_NUMBER})\s*(.*)$", text)
    if match is None:
        raise InputError(f"cannot read food amount '{amount}'", suggestion="e.g. 28g, 1 oz, 1 cup")
    try:
        quantity = parse_number(match[1])
    except (ValueError, ZeroDivisionError, OverflowError):
        raise InputError(
            f"cannot read food amount '{amount}'", suggestion="e.g. 28g, 1/2 cup"
        ) from None
    unit = _unit_key(match[2])
    if not 0 < quantity < math.inf:
        raise InputError(f"food amount must be greater than zero, got '{amount}'")
    if unit in ("oz", "ounce", "ounces"):
        return quantity * GRAMS_PER_OUNCE, f"{quantity:g} oz"
    if unit in ("", "g", "gram", "grams", "mg", "kg"):
        return parse_mg(f"{quantity!r}{unit or 'g'}") / 1000, f"{quantity:g} {unit or 'g'}"
    options = measures(food)
    measure = _best_measure(options, unit)
    if measure is not None:
        return measure.grams * quantity / measure.quantity, f"{quantity:g} {measure.unit}"
    known = ", ".join(m.text for m in options) or "none; give grams or ounces"
    raise InputError(
        f"'{food.description}' has no measure '{match[2].strip()}'",
        suggestion=f"its measures: {known}; or grams/ounces",
    )


def _best_measure(options: list[Measure], unit: str) -> Measure | None:
    """Exact unit first (``cup``), then a leading match (``cup, chopped``), then a
    measure that holds every word given (``medium`` in ``potato medium``)."""
    wanted = set(_words(unit))
    tiers: list[list[Measure]] = [[], [], []]
    for measure in options:
        key = _unit_key(measure.unit)
        if key == unit:
            tiers[0].append(measure)
        elif key.startswith((unit + ",", unit + " ", unit + "(")):
            tiers[1].append(measure)
        elif wanted and wanted <= {_unit_key(w) for w in _words(key)}:
            tiers[2].append(measure)
    return next((tier[0] for tier in tiers if tier), None)


@cache
def everyday_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for food in common_foods():
        for name in (food.name, *food.aliases):
            table[normalise(name)] = food.ndb
    return table


@cache
def _by_ndb() -> dict[str, FoodRow]:
    return {row.ndb_no: row for row in food_rows()}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def search(text: str, limit: int = 10) -> list[FoodRow]:
    """Foods whose description or common names hold every word of ``text``, best first.

    Rank: the curated entry first; then words found in the first two comma-separated
    parts of the description (the food itself, not a preparation detail); then
    shorter, plainer descriptions.
    """
    words = [w.rstrip("s") or w for w in _words(text)]
    if not words:
        return []
    curated = everyday_names().get(normalise(text))
    scored = []
    for row in food_rows():
        tokens = _words(f"{row.description} {row.common_names}")
        if not all(any(t.startswith(w) for t in tokens) for w in words):
            continue
        parts = row.description.split(",")
        first, second = _words(parts[0]), _words(" ".join(parts[1:2]))
        score = 10.0 * (row.ndb_no == curated)
        score += sum(3.0 for w in words if any(t.startswith(w) for t in first))
        score += sum(2.0 for w in words if any(t.startswith(w) for t in second))
        score -= 0.05 * len(_words(row.description))
        scored.append((-score, row.description, row))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in scored[:limit]]


def find_food(name: str) -> tuple[FoodRow, str]:
    """The food ``name`` means: an everyday name, an NDB number, or the best search hit."""
    key = normalise(name)
    ndb = everyday_names().get(key) or everyday_names().get(key.rstrip("s"))
    if ndb is not None:
        return _by_ndb()[ndb], "name"
    if re.fullmatch(r"\d{4,5}", name.strip()):
        row = _by_ndb().get(name.strip().zfill(5))
        if row is not None:
            return row, "ndb"
    hits = search(name, limit=1)
    if hits:
        return hits[0], "search"
    raise UnknownNameError("food", name, suggest(key, list(everyday_names())))


def split_food_amount(text: str) -> tuple[str, str]:
    """``'black beans 1/2 cup'`` -> ``('black beans', '1/2 cup')``: the amount starts
    at the first number that follows the name."""
    for match in _AMOUNT_START.finditer(text):
        name = text[: match.start(1)].strip()
        if name:
            return name, text[match.start(1) :].strip()
    raise InputError(f"expected 'FOOD AMOUNT', got '{text}'", suggestion="e.g. 'almonds 1oz'")


def portion(name: str, amount: str) -> Portion:
    food, how = find_food(name)
    grams, measure = grams_of(food, amount)
    return Portion(food, grams, measure, how)


def lookup_food_text(text: str) -> Portion:
    """``'almonds 28g'`` as used by ``check --food``."""
    return portion(*split_food_amount(text))


class FoodRecord(TypedDict):
    food: str
    ndb: str
    amount: str
    amount_g: float
    magnesium_mg: float
    mg_per_100g: float
    matched_by: str
    citation: str
    sources: list[str]


class FoodSearchRecord(TypedDict):
    ndb: str
    food: str
    food_group: str
    common_names: str
    mg_per_100g: float
    measures: list[str]
    sources: list[str]


@dataclass(frozen=True)
class FoodResult:
    portion: Portion

    def record(self) -> FoodRecord:
        food = self.portion.food
        return {
            "food": food.description,
            "ndb": food.ndb_no,
            "amount": self.portion.measure,
            "amount_g": round(self.portion.grams, 2),
            "magnesium_mg": round(self.portion.magnesium_mg, 1),
            "mg_per_100g": food.magnesium_mg_per_100g,
            "matched_by": self.portion.matched_by,
            "citation": f"USDA SR28, NDB {food.ndb_no}",
            "sources": ["USDA"],
        }

    def quiet(self) -> str:
        return f"{round(self.portion.magnesium_mg, 1):g}"


@dataclass(frozen=True)
class FoodSearchResult:
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
