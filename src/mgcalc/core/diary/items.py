"""Reading what is typed after ``log add`` into diary entries (not stored).

Pure: the cabinet is passed in. Kept apart from the entry itself because only
``log add`` reads items: the store, the days and ``log import`` need the entry,
not the item grammar, the cabinet or the supplement reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from mgcalc.core.chemistry.counts import FRACTION, multiplier, parse_count
from mgcalc.core.chemistry.quantity import NUMBER
from mgcalc.core.chemistry.units import lookup_unit
from mgcalc.core.diary.cabinet import Product
from mgcalc.core.diary.entries import MAX_TEXT, Entry
from mgcalc.core.errors import InputError, MgcalcError, suggest
from mgcalc.core.figures import mg2
from mgcalc.core.intake.items import food_item
from mgcalc.core.intake.supplements import split_count, supplement_item


def _starts_amount(token: str) -> bool:
    return bool(re.match(r"^[+-]?[\d.]", token))


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
    tokens = [t for word in words for t in word.split()]
    if not tokens and not foods:  # log add "": nothing to store is not a success
        raise InputError("give something to log: a product, 'FORM AMOUNT' or --food")
    stamp = (day, time, logged_at)
    try:
        made = _scan(tokens, products, stamp)
    except AmbiguousCount:
        raise
    except MgcalcError as first:
        try:
            made = [_phrase_entry(" ".join(tokens), products, stamp)]
        except MgcalcError:
            raise first from None
    for text in foods:
        item = food_item(text)
        made.append(
            Entry(
                None,
                day,
                time,
                "food",
                text,
                1.0,
                mg2(item.elemental_mg),
                item.food,
                None,
                item.source,
                logged_at,
            )
        )
    return made


def _product_entry(product: Product, servings: float, stamp: tuple[str, str | None, str]) -> Entry:
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


def _supplement_entry(text: str, count: float, stamp: tuple[str, str | None, str]) -> Entry:
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


def _phrase_entry(
    text: str, products: Mapping[str, Product], stamp: tuple[str, str | None, str]
) -> Entry:

    if len(text) > MAX_TEXT:  # the words together: one phrase is no longer than one item
        raise InputError(f"an item is over {MAX_TEXT} characters: '{text[:40]}...'")
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

    if at >= len(tokens) or not re.fullmatch(rf"[+-]?(?:{FRACTION}|{NUMBER})", tokens[at]):
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


def _scan(
    tokens: Sequence[str], products: Mapping[str, Product], stamp: tuple[str, str | None, str]
) -> list[Entry]:

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
        if ahead is not None and re.fullmatch(rf"[+-]?(?:{FRACTION}|{NUMBER})", token):
            # '2 nightly' is two servings, as '2 capsules of' is: never 2 mg beside one
            what = f"the count in '{token} {tokens[i + 1]}'"
            made.append(_product_entry(ahead, parse_count(token, what), stamp))
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
