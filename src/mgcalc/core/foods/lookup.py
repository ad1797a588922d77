"""Magnesium in foods, from the USDA SR28 table shipped as package data.

Everyday names (``almonds``) map to the plain, typical entry (foods.toml); any
other text is searched over descriptions and common names. Matching looks at
words only, so ``spinach, 1 cup``, ``spinach (1 cup)`` and ``spinach 1 cup`` are
one query. Amounts are handled in :mod:`mgcalc.core.foods.measures`. The table is
read only here, so other commands never pay for it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from mgcalc.core.errors import InputError, UnknownNameError, suggest
from mgcalc.core.foods.measures import NUMBER, grams_of, measures, singular, words
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
# Words in a description that say how a food is kept or cooked, or join words,
# rather than what it is: "Grapes, red or green", "Grapes, canned" are grapes.
_NOT_IDENTITY = frozenset(
    {
        "or", "and", "of", "in", "as", "such", "type", "types", "all", "raw", "cooked",
        "canned", "frozen", "dried", "fresh", "boiled", "drained", "baked", "roasted",
        "steamed", "dry", "heat", "prepared", "without", "salt", "added",
    }
)  # fmt: skip
# Words that say an entry is a stand-in for the food, not the food: "Bacon, meatless".
_NOT_ITSELF = frozenset({"meatless", "imitation", "substitute", "analog", "flavored", "vegetarian"})
# Food groups of prepared, mixed dishes: a plain search prefers single foods.
COMPOSITE_GROUPS = frozenset(
    {
        "Fast Foods",
        "Meals, Entrees, and Side Dishes",
        "Restaurant Foods",
        "Soups, Sauces, and Gravies",
        "Baby Foods",
        "Baked Products",
        "Sweets",
        "Snacks",
    }
)


class Portion(NamedTuple):
    food: FoodRow
    grams: float
    measure: str
    matched_by: str  # "name", "ndb" or "search"
    unit_sources: tuple[str, ...] = ()  # behind a unit conversion (lb, mL): NIST-HB44

    @property
    def magnesium_mg(self) -> float:
        return self.food.magnesium_mg_per_100g * self.grams / 100


# Preparation words in SR28 descriptions ("Spinach, cooked, boiled, drained"): the
# comma-separated parts that say whether and how the food was cooked or processed.
_PREPARATION = (
    r"^(raw|cooked|boiled|baked|roasted|dry roasted|oil roasted|toasted|fried|pan-fried|"
    r"deep-fried|steamed|stewed|braised|broiled|grilled|microwaved|simmered|poached|"
    r"scrambled|hard-boiled|canned|frozen|dried|dehydrated|fresh|unheated|heated|"
    r"brewed|prepared|unprepared|dry|sprouted)\b"
)


def preparation(food: FoodRow) -> str:
    """Whether the entry is raw or cooked and how, from its description (``'cooked,
    boiled'``, ``'raw'``, ``'dry roasted'``); ``'not stated'`` when it says nothing."""
    parts = [part.strip().lower() for part in food.description.split(",")[1:]]
    found = [part for part in parts if re.match(_PREPARATION, part)]
    return ", ".join(found) or "not stated"


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
    """Foods whose description or common names hold every word of ``text``, best first.

    Rank: an everyday entry whose name the query contains (``black beans, cooked``
    -> the curated black beans, if it is cooked); then words found in the first two
    comma-separated parts of the description (the food itself, not a preparation
    detail), whole words above prefixes; then a plain food before a composite dish:
    fewer words the query did not ask for, counted most in the first part, the
    head of the name (``Spinach souffle``, ``Grape leaves``, ``Fish oil, cod
    liver``); no prepared-dish food group, no ``with ...`` parts; then common
    entries (more household measures) and shorter descriptions.
    """
    wanted = key.split()
    if not wanted:
        return ()
    asked = set(wanted)
    boosted = {ndb for name, ndb in everyday_names().items() if set(name.split()) <= asked}
    phrase = f" {key} "
    scored = []
    for row, tokens in _indexed():
        if not all(any(t.startswith(w) for t in tokens) for w in wanted):
            continue
        if row.food_group == "Baby Foods" and not asked & {"baby", "babyfood", "infant"}:
            continue  # nobody typing 'peach' or 'oat milk' means a baby food
        parts = [words(part) for part in row.description.split(",")]
        plain = re.sub(r"\([^)]*\)", "", row.description)  # drop "(European type, ...)"
        extra = [
            [t for t in words(part) if t not in _NOT_IDENTITY and singular(t) not in asked]
            for part in plain.split(",")
        ]
        score = 10.0 * (row.ndb_no in boosted)
        # SR28's own common names ("hot dog" for Frankfurter, "centercut pork chops"):
        # the whole query as one of them, or as a phrase inside one, names the food
        named = _common_keys(row.common_names)
        score += (
            6.0 if phrase in named else 4.0 * (len(wanted) > 1 and any(phrase in n for n in named))
        )
        for weight, part in ((3.0, parts[0]), (2.0, parts[1] if len(parts) > 1 else [])):
            score += sum(_hit(w, part) * weight for w in wanted)
        head = " ".join(parts[0]) if parts else ""
        if head not in categories() and not any(_hit(w, parts[0]) for w in wanted):
            score -= 4.0  # the query is a detail of another food: "Vinegar, red wine"
        plain_words = words(plain)
        score -= 4.0 * bool(_NOT_ITSELF.intersection(plain_words) - asked)
        score += 2.0 * ({singular(t) for t in parts[0]} <= asked)  # "Turkey, ...": itself
        head_weight = 0.0 if parts[0] and head in categories() else 2.0
        for weight, part in zip((head_weight, 1.0), extra, strict=False):
            score -= weight * bool(part) + 0.1 * len(part)
        score -= 0.3 * sum(len(part) for part in extra[2:])
        score -= 3.0 * (row.food_group in COMPOSITE_GROUPS)
        score -= sum(1.0 for part in parts[2:] if part[:1] == ["with"])
        score += 0.05 * min(len(measures(row)), 6) - 0.05 * len(plain_words)
        scored.append((-score, row.description, row))
    scored.sort(key=lambda item: (item[0], item[1]))
    return tuple(row for _, _, row in scored[:limit])


@cache
def _common_keys(common_names: str) -> tuple[str, ...]:
    """SR28's common names of a food as padded keys (" hot dog "), for phrase tests."""
    return tuple(f" {food_key(name)} " for name in common_names.split(",") if name.strip())


@cache
def _indexed() -> tuple[tuple[FoodRow, frozenset[str]], ...]:
    """Each food with the words of its description and common names (built once)."""
    return tuple(
        (row, frozenset(words(f"{row.description} {row.common_names}"))) for row in food_rows()
    )


@cache
def categories() -> frozenset[str]:
    """First description parts that head many entries (``Fish``, ``Cereals
    ready-to-eat``): a category, where ``Spinach souffle`` names one dish."""

    heads = Counter(" ".join(words(row.description.split(",")[0])) for row in food_rows())
    return frozenset(head for head, count in heads.items() if count >= 15)


def _hit(word: str, tokens: list[str]) -> float:
    """1 for the word itself (any number), 0.5 for a longer word it starts
    (``corn`` in ``cornstarch``), 0 when absent."""
    if any(singular(t) == word for t in tokens):
        return 1.0
    return 0.5 if any(t.startswith(word) for t in tokens) else 0.0


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
    """``'almonds 28g'`` as used by ``check --food``."""
    return portion(*split_food_amount(text))
