"""Magnesium in foods, from the USDA SR28 table shipped as package data.

Everyday names (``almonds``) map to the plain, typical entry (foods.toml); any
other text is searched over descriptions and common names. Matching looks at
words only, so ``spinach, 1 cup``, ``spinach (1 cup)`` and ``spinach 1 cup`` are
one query. Amounts are handled in :mod:`mgcalc.core.foods.measures`. The table is
read only here, so other commands never pay for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from mgcalc.core.errors import InputError, UnknownNameError, suggest
from mgcalc.core.foods.measures import NUMBER, grams_of, household_unit, measures, singular, words
from mgcalc.core.foods.ranking import COMPOSITE_GROUPS as COMPOSITE_GROUPS
from mgcalc.core.foods.ranking import family_names, score
from mgcalc.core.foods.ranking import preparation as preparation
from mgcalc.data.foods import CommonFood, FoodRow, common_foods, food_row, food_rows

# The amount starts at the first number after the name, whatever separates them:
# "banana 1 medium", "banana (1 medium)", "brown rice - 1 cup", "almonds, 1 oz".
_AMOUNT_START = rf"(?:^|[\s,;:(\[])({NUMBER})(?=\s|[a-zA-Z]|[)\]]|$)"
_NEGATIVE = rf"(?:^|[\s,;:(\[])[-−]{NUMBER}"
# "1 cup spinach", "28g almonds", "2 large eggs", "1/2 cup of black beans".
_UNITS = (
    r"(?:fl\.?\s*oz|g|grams?|mg|kg|oz|ounces?|cups?|tbsps?|tablespoons?|tsps?|teaspoons?|"
    r"medium|large|small|slices?|pieces?)\b\.?"
)
_AMOUNT_FIRST = rf"(?i)^\s*(?P<number>{NUMBER})(?:\s*(?P<unit>{_UNITS}))?\s+(?:of\s+)?(?P<name>.+)$"


class Portion(NamedTuple):
    food: FoodRow
    grams: float
    measure: str
    matched_by: str  # "name", "ndb" or "search"
    unit_sources: tuple[str, ...] = ()  # behind a unit conversion (lb, mL): NIST-HB44
    default_serving: bool = False  # no amount was typed: one USDA household measure

    @property
    def magnesium_mg(self) -> float:
        return self.food.magnesium_mg_per_100g * self.grams / 100


def food_key(text: str) -> str:
    """``'Black-beans,'`` -> ``'black bean'``: words only, each in the singular, so
    punctuation and plurals never change which food a name means."""
    return " ".join(singular(word) for word in words(text))


@cache
def everyday_names() -> dict[str, str]:
    """Everyday name -> NDB number, keyed by :func:`food_key`."""
    table: dict[str, str] = {}
    for food in common_foods():
        for name in (food.name, *food.aliases):
            table[food_key(name)] = food.ndb
    return table


@cache
def curated() -> dict[str, CommonFood]:
    """NDB number -> its everyday entry in foods.toml (names, ODS figure)."""
    return {food.ndb: food for food in common_foods()}


MAX_QUERY_CHARS = 200  # the longest USDA description is about as long


def search(text: str, limit: int = 10) -> list[FoodRow]:
    """Foods matching ``text``; a query is at most :data:`MAX_QUERY_CHARS` characters,
    since every word is matched against every food (a long query would take minutes)."""
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(f"food name has {len(text):,} characters; the limit is {MAX_QUERY_CHARS}")
    return list(_search(food_key(text), limit))


@lru_cache(maxsize=1024)
def _search(key: str, limit: int) -> tuple[FoodRow, ...]:
    """Foods whose description or common names hold every word of ``key``, best first
    (the ranking is :func:`mgcalc.core.foods.ranking.score`)."""
    wanted = key.split()
    if not wanted:
        return ()
    asked = set(wanted)
    boosted = {ndb for name, ndb in everyday_names().items() if set(name.split()) <= asked}
    scored = []
    for row, tokens in _indexed():
        if not all(any(t.startswith(w) for t in tokens) for w in wanted):
            continue
        if row.food_group == "Baby Foods" and not asked & {"baby", "babyfood", "infant"}:
            continue  # nobody typing 'peach' or 'oat milk' means a baby food
        points = score(row, wanted, key) + 10.0 * (row.ndb_no in boosted)
        scored.append((-points, row.description, row))
    scored.sort(key=lambda item: (item[0], item[1]))
    return tuple(row for _, _, row in scored[:limit])


@cache
def _indexed() -> tuple[tuple[FoodRow, frozenset[str]], ...]:
    """Each food with the words of its description and common names (built once),
    and the common names of its siblings (see :func:`ranking.family_names`)."""
    return tuple(
        (row, frozenset(words(f"{row.description} {row.common_names} {family_names(row)}")))
        for row in food_rows()
    )


def find_food(name: str) -> tuple[FoodRow, str]:
    """The food ``name`` means: an everyday name, an NDB number, or the best search hit."""
    ndb = everyday_names().get(food_key(name))
    if ndb is not None:
        row = food_row(ndb)
        assert row is not None  # foods.toml names only NDB numbers in the table (validated)
        return row, "name"
    if re.fullmatch(r"\d{4,5}", name.strip()):
        row = food_row(name.strip().zfill(5))
        if row is not None:
            return row, "ndb"
    hits = search(name, limit=1)
    if hits:
        return hits[0], "search"
    raise UnknownNameError("food", name, suggest(food_key(name), list(everyday_names())))


def split_food_amount(text: str) -> tuple[str, str]:
    """``'black beans 1/2 cup'`` -> ``('black beans', '1/2 cup')``: the amount starts
    at the first number that follows the name, after a space or any punctuation;
    brackets around the amount and separators after the name are dropped. The amount
    may also come first, as people write it: ``'1 cup spinach'``, ``'2 bananas'``."""
    if re.search(_NEGATIVE, text):
        raise InputError(f"food amount must be 0 or more, got '{text}'")
    for match in re.finditer(_AMOUNT_START, text):
        name = text[: match.start(1)].strip(" \t,;:([–—-")
        if name:
            amount = text[match.start(1) :].strip().rstrip(")]").strip()
            return name, amount
    first = re.match(_AMOUNT_FIRST, text)
    if first is not None and not re.fullmatch(rf"\W*{_UNITS}\W*|[^A-Za-z]*", first["name"], re.I):
        return first["name"].strip(
            " \t,;:()[]–—-"
        ), f"{first['number']} {first['unit'] or ''}".strip()
    raise InputError(f"expected 'FOOD AMOUNT', got '{text}'", suggestion="e.g. 'almonds 1oz'")


def portion(name: str, amount: str) -> Portion:
    """``name`` in ``amount``. A searched food that lacks the measure asked for gives
    way to the next best hits that have it (``grapes 1 cup``: muscadine grapes are
    tabled by the grape only, red or green grapes by the cup)."""
    food, how = find_food(name)
    try:
        grams, measure, units = grams_of(food, amount)
    except InputError as missing:
        if how != "search":
            raise
        for other in search(name, limit=5)[1:]:
            try:
                grams, measure, units = grams_of(other, amount)
            except InputError:
                continue
            return _plausible(Portion(other, grams, measure, how, units), amount)
        raise missing from None
    return _plausible(Portion(food, grams, measure, how, units), amount)


MAX_FOOD_GRAMS = 10_000  # 10 kg: more than anyone eats in a day, and a typo beyond it


def _plausible(portion: Portion, amount: str) -> Portion:
    if portion.grams > MAX_FOOD_GRAMS:
        raise InputError(
            f"food amount '{amount}' is {portion.grams / 1000:,.1f} kg; "
            f"a portion is at most {MAX_FOOD_GRAMS // 1000} kg"
        )
    return portion


def lookup_food_text(text: str) -> Portion:
    """``'almonds 28g'`` as used by ``check --food``; a food with no amount
    (``oatmeal``) is one serving: :func:`default_portion`."""
    if re.search(r"[\d½¼¾⅓⅔]", text) or not words(text):
        return portion(*split_food_amount(text))
    return default_portion(text)


def default_portion(name: str) -> Portion:
    """One serving of a food named without an amount: its household unit where it has
    one (one medium banana, one slice of bread), else the first household measure
    USDA lists for it (SR28's first measure: one cup of oatmeal)."""
    food, how = find_food(name)
    measure = household_unit(food) or next(iter(measures(food)), None)
    if measure is None:
        raise InputError(
            f"'{food.description}' has no household measure to count one serving by",
            suggestion=f"give an amount in grams or ounces, e.g. '{name.strip()} 100g'",
        )
    return Portion(food, measure.grams, measure.text, how, default_serving=True)


@cache
def _by_description() -> dict[str, FoodRow]:
    return {row.description: row for row in food_rows()}


def row_of(description: str) -> FoodRow | None:
    """The USDA entry a diary entry names by its description (the diary keeps the
    description, not the NDB number)."""
    return _by_description().get(description)
