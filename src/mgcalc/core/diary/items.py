"""Reading what is typed after ``log add`` into diary entries (not stored).

Pure: the cabinet is passed in. Kept apart from the entry itself because only
``log add`` reads items: the store, the days and ``log import`` need the entry,
not the item grammar, the cabinet or the supplement reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from mgcalc.core.chemistry.counts import COUNT_SHAPE, FRACTION, multiplier, parse_count
from mgcalc.core.chemistry.quantity import NUMBER
from mgcalc.core.chemistry.units import lookup_unit
from mgcalc.core.diary.cabinet import Product
from mgcalc.core.diary.entries import MAX_TEXT, Entry
from mgcalc.core.errors import InputError, MgcalcError, suggest
from mgcalc.core.figures import mg2
from mgcalc.core.intake.items import IntakeItem, food_item
from mgcalc.core.intake.supplements import split_count, supplement_item

# '2 capsules of sleepwell': capsules are units, so with two capsules in a serving this
# is one serving; 'servings', 'x2' and a bare leading count stay servings
_UNIT_WORDS = (
    r"capsules?|caps|tablets?|tabs|softgels?|gummies|gummy|pills?|lozenges?|chewables?|"
    r"vegcaps?|veggie\s+caps?"
)
_UNITS_OF = rf"(?i)^(?P<n>{COUNT_SHAPE})\s*(?:{_UNIT_WORDS})\b\s*(?:of\b\s*)?(?P<rest>.+)$"
_PLAIN_NUMBER = rf"[+-]?(?:{FRACTION}|{NUMBER})"

Stamp = tuple[str, str | None, str]


def _starts_amount(token: str) -> bool:
    return bool(re.match(r"^[+-]?[\d.]", token))


def _tokens(words: Sequence[str], products: Mapping[str, Product]) -> list[str]:
    """The words split at spaces, except an argument that is a product's whole name
    (a name with spaces, 'One A Day'), kept as one token."""
    return [
        t
        for word in words
        for t in ([word.strip()] if word.strip().lower() in products else word.split())
    ]


def build_entries(
    words: Sequence[str],
    foods: Sequence[str],
    products: Mapping[str, Product],
    *,
    day: str,
    time: str | None,
    logged_at: str,
) -> list[Entry]:
    """``nightly x2``, ``glycinate 400mg``, ``300`` and foods -> entries (not stored).

    Words are read as a stream of items, each with an optional multiplier (``x2``,
    ``x0.5``); what that cannot read is tried as one phrase, as ``check --supplement``
    reads it (``2 capsules of glycinate 400mg``, ``nightly twice a day``). Counts are
    read by :func:`mgcalc.core.chemistry.counts.parse_count`, as everywhere."""

    for text in (*words, *foods):
        if len(text) > MAX_TEXT:
            raise InputError(f"an item is over {MAX_TEXT} characters: '{text[:40]}...'")
    tokens = _tokens(words, products)
    if not tokens and not foods:  # log add "": nothing to store is not a success
        raise InputError("give something to log: a product, 'FORM AMOUNT' or --food")
    stamp = (day, time, logged_at)
    try:
        made = _scan(tokens, products, stamp)
    except AmbiguousCount:
        raise
    except MgcalcError as first:
        try:
            made = _each_argument(words, products, stamp, first)
        except InputError:
            food = next((word for word in words if _is_food(word)), None)
            if food is None:
                raise
            raise InputError(
                f"'{food}' is a food, not a supplement or a cabinet product",
                suggestion=f'log it with --food "{food}"',
            ) from None
    for text in foods:
        item = food_item(text)
        made.append(
            Entry(
                None,
                day,
                time,
                "food",
                text if item.serving is None else f"{text.strip()} {item.serving}",
                1.0,
                mg2(item.elemental_mg),
                item.food,
                None,
                item.source,
                logged_at,
            )
        )
    return made


def product_servings(text: str, products: Mapping[str, Product]) -> tuple[Product, float] | None:
    """``nightly``, ``nightly x2``, ``2 nightly``, ``2 capsules of nightly`` -> the
    product and the servings it means; None when ``text`` names no cabinet product."""
    stripped = text.strip()
    units = re.match(_UNITS_OF, stripped)
    if units and (product := products.get(units["rest"].strip().lower())) is not None:
        taken = parse_count(units["n"], f"the count in '{stripped}'")
        return product, taken / product.units_per_serving
    try:
        rest, count = split_count(stripped, named=True)
    except MgcalcError:
        return None
    found = products.get(rest.strip().lower())
    if found is None and (lead := re.match(rf"^({_PLAIN_NUMBER})\s+(.+)$", rest.strip())):
        found = products.get(lead[2].lower())
        if found is not None:
            count *= parse_count(lead[1], f"the count in '{stripped}'")
    return None if found is None else (found, count)


def product_item(text: str, products: Mapping[str, Product]) -> IntakeItem | None:
    """A cabinet product named where a supplement is (``check --supplement nightly``),
    as an intake item with its label's figure; None when ``text`` names none."""
    found = product_servings(text, products)
    if found is None:
        return None
    product, servings = found
    per = mg2(product.elemental_mg_per_serving)
    return IntakeItem(
        text,
        product.elemental_mg_per_serving * servings,
        form=product.forms[0] if len(product.forms) == 1 else None,
        count=servings,
        figure_note=f"your cabinet's {product.name}: '{product.label}', {per:g} mg of "
        "magnesium a serving",
    )


def _is_food(word: str) -> bool:
    """An everyday food name, with or without an amount ('oatmeal 1 cup')."""
    from mgcalc.core.foods.lookup import everyday_names, food_key, split_food_amount

    try:
        name = split_food_amount(word)[0] if re.search(r"\d", word) else word
    except InputError:
        return False
    return food_key(name) in everyday_names()


def _each_argument(
    words: Sequence[str], products: Mapping[str, Product], stamp: Stamp, first: MgcalcError
) -> list[Entry]:
    """What the stream of words cannot read: each argument as one item (a pasted label
    line's trailing '60% DV' never swallows the next argument), else all the words as
    one phrase ('nightly' 'twice' 'a' 'day'); else the stream's own error."""

    try:
        return [
            entry
            for word in words
            if word.strip()
            for entry in _argument_entries(word, products, stamp)
        ]
    except AmbiguousCount:
        raise
    except MgcalcError:
        pass
    try:
        return [_phrase_entry(" ".join(_tokens(words, products)), products, stamp)]
    except MgcalcError:
        raise first from None


def _argument_entries(word: str, products: Mapping[str, Product], stamp: Stamp) -> list[Entry]:
    try:
        return [_phrase_entry(word, products, stamp)]
    except MgcalcError as phrase_error:
        try:
            return _scan(_tokens([word], products), products, stamp)
        except MgcalcError:
            raise phrase_error from None


def _product_entry(product: Product, servings: float, stamp: Stamp) -> Entry:
    day, time, logged_at = stamp
    return Entry(
        None,
        day,
        time,
        "product",
        product.name,
        servings,
        mg2(product.elemental_mg_per_serving * servings),
        ",".join(product.forms) or None,
        None,
        None,
        logged_at,
    )


def _supplement_entry(text: str, count: float, stamp: Stamp) -> Entry:
    """``text`` without its count; the figures are for all ``count`` units."""

    day, time, logged_at = stamp
    item = supplement_item(text if count == 1 else f"{text} x{count:g}")
    return Entry(
        None,
        day,
        time,
        "supplement",
        text,
        count,
        mg2(item.elemental_mg),
        item.form,
        None if item.compound_mg is None else mg2(item.compound_mg),
        item.source,
        logged_at,
    )


def _phrase_entry(text: str, products: Mapping[str, Product], stamp: Stamp) -> Entry:

    if len(text) > MAX_TEXT:  # the words together: one phrase is no longer than one item
        raise InputError(f"an item is over {MAX_TEXT} characters: '{text[:40]}...'")
    units = re.match(_UNITS_OF, text.strip())
    if units and (unit_product := products.get(units["rest"].strip().lower())) is not None:
        what = f"the count in '{text.strip()}'"
        taken = parse_count(units["n"], what)
        return _product_entry(unit_product, taken / unit_product.units_per_serving, stamp)
    rest, count = split_count(text, named=True)
    product = products.get(rest.lower())
    if product is not None:
        return _product_entry(product, count, stamp)
    return _supplement_entry(rest, count, stamp)


def _multiplier(tokens: Sequence[str], at: int) -> float | None:
    """The count after an item (``nightly x2``), named with the item in an error."""
    if at >= len(tokens):
        return None
    return multiplier(tokens[at], f"the count in '{' '.join(tokens[max(0, at - 2) : at + 1])}'")


class AmbiguousCount(InputError):
    """A bare number after a product: not retried as one phrase."""


def _refuse_bare_number(
    tokens: Sequence[str], at: int, products: Mapping[str, Product], name: str
) -> None:
    """``nightly 2``: two servings, or 2 mg beside one? A number with no unit right
    after a product is refused with both readings (``2 nightly`` stays two servings,
    ``nightly 2mg`` an extra 2 mg)."""

    if at >= len(tokens) or not re.fullmatch(_PLAIN_NUMBER, tokens[at]):
        return
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is not None and (after.lower() in products or lookup_unit(after)):
        return
    number = tokens[at]
    extra = f"'{name} {number}mg' for an extra {number} mg"
    try:
        count = parse_count(number)
    except MgcalcError:  # not a count of servings (x300): only the mg reading is offered
        servings = ""
    else:
        servings = f"'{name} x{number}' for {number} serving{'' if count == 1 else 's'}, or "
    raise AmbiguousCount(
        f"'{name} {number}' is ambiguous: a number with no unit after a product",
        suggestion=f"write {servings}{extra}",
    )


def _count_before(token: str, name: str) -> float | None:
    """'2 nightly' is two servings; '300 nightly' is 300 mg beside one (no count is 300)."""
    try:
        return parse_count(token, f"the count in '{token} {name}'")
    except MgcalcError:
        return None


def _scan(tokens: Sequence[str], products: Mapping[str, Product], stamp: Stamp) -> list[Entry]:

    made: list[Entry] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        product = products.get(token.lower())
        if product is not None:
            i += 1
            count = _multiplier(tokens, i)
            i += count is not None
            made.append(_product_entry(product, count or 1.0, stamp))
            if count is None:  # after 'nightly x2' a number is no count: 'x2 300' is 300 mg
                _refuse_bare_number(tokens, i, products, token)
            continue
        ahead = products.get(tokens[i + 1].lower()) if i + 1 < len(tokens) else None
        servings = None
        if ahead is not None and re.fullmatch(_PLAIN_NUMBER, token):
            # '2 nightly' is two servings, as '2 capsules of' is: never 2 mg beside one
            servings = _count_before(token, tokens[i + 1])
        if ahead is not None and servings is not None:
            made.append(_product_entry(ahead, servings, stamp))
            i += 2
            continue
        end = next((j for j in range(i, len(tokens)) if _starts_amount(tokens[j])), None)
        if end is None:
            rest = " ".join(tokens[i:])
            hint = suggest(token.lower(), list(products))
            raise InputError(
                f"cannot read '{rest}': not a product in your cabinet, nor 'FORM AMOUNT'",
                suggestion=("did you mean " + " or ".join(f"'{h}'" for h in hint) + "?")
                if hint
                else "see mgcalc cabinet list, or give e.g. 'glycinate 400mg'",
            )
        stop = end + 1
        if (
            stop < len(tokens)
            and re.fullmatch(rf"[+-]?{NUMBER}", tokens[end])
            and lookup_unit(tokens[stop])
        ):
            stop += 1
        count = _multiplier(tokens, stop)
        made.append(_supplement_entry(" ".join(tokens[i:stop]), count or 1.0, stamp))
        i = stop + (count is not None)
    return made
