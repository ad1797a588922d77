"""Which USDA SR28 entry a food word means: the everyday food, as a person eats it.

A search finds every entry holding the words; this ranks them. The principles, in
the order they weigh:

- the query names the food itself, not a detail of another (``Vinegar, red wine``)
  nor a product made from it or standing in for it (``Salad dressing``,
  ``Beans, liquid from ...``, ``meatless``, ``sweetened``);
- SR28's own common names name a food, and a food's family shares them (``oatmeal``
  is the common name of dry rolled oats; cooked oats, the same oats, are oatmeal too);
- a food that is cooked before it is eaten (cereals, grains, pasta, dry legumes) is
  meant as eaten, cooked, unless the query says dry or raw;
- the plain food before a composite dish, the generic food before a brand, and for a
  category word alone (``nuts``) the category's mixed entry (``mixed nuts``);
- then common entries (more household measures) and shorter descriptions.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from mgcalc.core.foods.measures import measures, singular, words
from mgcalc.data.foods import FoodRow, food_rows

# Words in a description that say how a food is kept or cooked, or join words,
# rather than what it is: "Grapes, red or green", "Grapes, canned" are grapes.
_NOT_IDENTITY = frozenset(
    {
        "or", "and", "of", "in", "as", "such", "type", "types", "all", "raw", "cooked",
        "canned", "frozen", "dried", "fresh", "boiled", "drained", "baked", "roasted",
        "steamed", "dry", "heat", "prepared", "without", "salt", "added",
    }
)  # fmt: skip
# Words that say an entry is a stand-in for the food, a by-product of it or the food
# with something added: "Bacon, meatless", "liquid from stewed kidney beans",
# "Water ..., sweetened".
_NOT_ITSELF = frozenset(
    {
        "meatless", "imitation", "substitute", "analog", "flavored", "vegetarian",
        "liquid", "sweetened", "dressing",
    }
)  # fmt: skip
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
# Food groups whose foods are cooked before they are eaten: 'oatmeal', 'rice', 'pasta',
# 'lentils' mean the cooked food (the dry one is what the package holds).
_COOKED_TO_EAT = frozenset(
    {"Breakfast Cereals", "Cereal Grains and Pasta", "Legumes and Legume Products"}
)
_AS_SOLD = re.compile(r"^(?:dry|raw|unprepared|uncooked|mature seeds, raw)\b")
_AS_EATEN = re.compile(r"^(?:cooked|boiled|prepared|simmered|stewed)\b")

# Preparation words in SR28 descriptions ("Spinach, cooked, boiled, drained"): the
# comma-separated parts that say whether and how the food was cooked or processed.
_PREPARATION = (
    r"^(raw|cooked|boiled|baked|roasted|dry roasted|oil roasted|toasted|fried|pan-fried|"
    r"deep-fried|steamed|stewed|braised|broiled|grilled|microwaved|simmered|poached|"
    r"scrambled|hard-boiled|canned|frozen|dried|dehydrated|fresh|unheated|heated|"
    r"brewed|prepared|unprepared|dry|sprouted)\b"
)
_BRAND = r"\b[A-Z][A-Z'&-]{2,}\b"  # KASHI, GEROLSTEINER: a maker's name, not the food


def preparation(food: FoodRow) -> str:
    """Whether the entry is raw or cooked and how, from its description (``'cooked,
    boiled'``, ``'raw'``, ``'dry roasted'``); ``'not stated'`` when it says nothing."""
    parts = [part.strip().lower() for part in food.description.split(",")[1:]]
    found = [part for part in parts if re.match(_PREPARATION, part)]
    return ", ".join(found) or "not stated"


def _identity_parts(description: str) -> list[str]:
    """The comma-separated parts that say what the food is: a maker's name is not one
    ('KASHI, Red Curry Chicken, Frozen Entree' is a red curry chicken)."""
    return [part for part in description.split(",") if not re.search(_BRAND, part)] or [""]


def _family(row: FoodRow) -> str:
    """The food without its preparation: 'Cereals, oats, regular and quick' for both
    the dry and the cooked oats."""
    kept = []
    for part in row.description.split(",")[1:]:
        if re.match(_PREPARATION, part.strip().lower()) or part.strip().lower().startswith(
            ("not fortified", "unenriched", "enriched", "fortified")
        ):
            break
        kept.append(part.strip().lower())
    return ", ".join([row.description.split(",")[0].lower(), *kept])


@cache
def _family_common_names() -> dict[str, str]:
    table: dict[str, list[str]] = {}
    for row in food_rows():
        if row.common_names:
            table.setdefault(_family(row), []).append(row.common_names)
    return {family: ", ".join(names) for family, names in table.items()}


def family_names(row: FoodRow) -> str:
    """SR28's common names of the entries of the same food, however prepared."""
    return _family_common_names().get(_family(row), "")


def score(row: FoodRow, wanted: list[str], key: str) -> float:
    """How well ``row`` is the everyday meaning of the query words ``wanted`` (higher
    is better; see the module docstring for the principles)."""

    asked = set(wanted)
    phrase = f" {key} "
    parts = [words(part) for part in _identity_parts(row.description)]
    plain = re.sub(r"\([^)]*\)", "", ",".join(_identity_parts(row.description)))
    extra = [
        [t for t in words(part) if t not in _NOT_IDENTITY and singular(t) not in asked]
        for part in plain.split(",")
    ]
    # SR28's own common names ("hot dog" for Frankfurter, "centercut pork chops"), and
    # its family's: the whole query as one of them, or as a phrase inside one
    named = _common_keys(f"{row.common_names}, {family_names(row)}")
    points = 6.0 if phrase in named else 4.0 * (len(wanted) > 1 and any(phrase in n for n in named))
    for weight, part in ((3.0, parts[0]), (2.0, parts[1] if len(parts) > 1 else [])):
        points += sum(_hit(w, part) * weight for w in wanted)
    head = " ".join(parts[0])
    if head not in categories() and not any(_hit(w, parts[0]) for w in wanted):
        points -= 4.0  # the query is a detail of another food: "Vinegar, red wine"
    plain_words = words(plain)
    points -= 4.0 * bool(_NOT_ITSELF.intersection(plain_words) - asked)
    points += 2.0 * ({singular(t) for t in parts[0]} <= asked)  # "Turkey, ...": itself
    head_weight = 0.0 if parts[0] and head in categories() else 2.0
    for weight, part in zip((head_weight, 1.0), extra, strict=False):
        points -= weight * bool(part) + 0.1 * len(part)
    points -= 0.3 * sum(len(part) for part in extra[2:])
    points -= 3.0 * (row.food_group in COMPOSITE_GROUPS)
    points -= sum(1.0 for part in parts[2:] if part[:1] == ["with"])
    points -= 1.0 * bool(re.search(_BRAND, row.description))
    points += _as_eaten(row, asked)
    if _is_category(key) and len(parts) > 1 and parts[1][:1] == ["mixed"]:
        points += 3.0  # 'nuts' alone: mixed nuts, not the first nut in the alphabet
    points += 0.05 * min(len(measures(row)), 6) - 0.05 * len(plain_words)
    return points


def _as_eaten(row: FoodRow, asked: set[str]) -> float:
    """A food cooked before it is eaten is meant cooked, unless the query says how."""
    if row.food_group not in _COOKED_TO_EAT or asked & {"dry", "raw", "uncooked", "cooked"}:
        return 0.0
    parts = [part.strip().lower() for part in row.description.split(",")[1:]]
    if any(_AS_EATEN.match(part) for part in parts):
        return 2.0
    return -2.0 if any(_AS_SOLD.match(part) for part in parts) else 0.0


@cache
def _common_keys(common_names: str) -> tuple[str, ...]:
    """Common names of a food as padded keys (" hot dog "), for phrase tests."""
    return tuple(
        f" {' '.join(singular(w) for w in words(name))} "
        for name in common_names.split(",")
        if name.strip()
    )


@cache
def categories() -> frozenset[str]:
    """First description parts that head many entries (``Fish``, ``Cereals
    ready-to-eat``): a category, where ``Spinach souffle`` names one dish."""

    heads = Counter(" ".join(words(row.description.split(",")[0])) for row in food_rows())
    return frozenset(head for head, count in heads.items() if count >= 15)


def _is_category(key: str) -> bool:
    return key in {" ".join(singular(w) for w in head.split()) for head in categories()}


def _hit(word: str, tokens: list[str]) -> float:
    """1 for the word itself (any number), 0.5 for a longer word it starts
    (``corn`` in ``cornstarch``), 0 when absent."""
    if any(singular(t) == word for t in tokens):
        return 1.0
    return 0.5 if any(t.startswith(word) for t in tokens) else 0.0
