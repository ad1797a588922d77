"""Diary entries: what a person took or ate on a day, as stored and exported.

Pure: items typed after ``log add`` become :class:`Entry` values (the cabinet is
passed in), and exported records are checked field by field on import. An entry
keeps the elemental magnesium worked out when it was logged, so editing or
removing a cabinet product never rewrites the past.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from mgcalc.core.cabinet import Product
from mgcalc.core.errors import InputError, MgcalcError, suggest
from mgcalc.core.quantity import FRACTION, NUMBER, multiplier, parse_count
from mgcalc.core.results import mg2, whole
from mgcalc.lazyre import lazy_compile
from mgcalc.recordclass import recordclass
from mgcalc.typeddict import TypedDict

KINDS = ("product", "supplement", "food", "none")
NO_SUPPLEMENTS = "no supplements"
MAX_ITEMS_MG = 1_000_000.0
MAX_TEXT = 500
_TIME = lazy_compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class EntryRecord(TypedDict):
    id: str | None
    date: str
    clock: str | None
    kind: str
    item: str
    count: float
    elemental_mg: float
    form: str | None
    food: str | None
    compound_mg: float | None
    source: str | None
    logged_at: str


@recordclass
class Entry:
    id: int | None
    date: str
    time: str | None
    kind: str
    item: str
    count: float
    elemental_mg: float
    form: str | None
    compound_mg: float | None
    source: str | None
    logged_at: str

    def __post_init__(self) -> None:
        # stored as REAL and read back as 2.0: every output of an entry says 2
        object.__setattr__(self, "count", whole(self.count))

    def record(self) -> EntryRecord:
        return {
            "id": None if self.id is None else str(self.id),
            "date": self.date,
            "clock": self.time,
            "kind": self.kind,
            "item": self.item,
            "count": self.count,
            "elemental_mg": self.elemental_mg,
            "form": None if self.kind == "food" else self.form,
            "food": self.form if self.kind == "food" else None,
            "compound_mg": self.compound_mg,
            "source": self.source,
            "logged_at": self.logged_at,
        }

    def same_content(self, other: Entry) -> bool:
        return self.record() | {"id": None} == other.record() | {"id": None}


COLUMNS = Entry.__match_args__  # the database's columns
# The export's fields: the record's keys (an entry's clock time is 'clock' and a food's
# description 'food', as in plan and check). Exports written before those names had
# the database's columns ('time', and the food in 'form'); import reads both.
EXPORT_COLUMNS = tuple(EntryRecord.__annotations__)
OLD_EXPORT_COLUMNS = COLUMNS


class ListedEntryRecord(EntryRecord):
    removed: bool


@recordclass
class Entries:
    """A listing of entries: what ``log add``/``none`` stored or, ``removed``, what
    ``log remove``/``undo`` took out (each record says which, so a script reading
    ``--json`` need not know the command; ``log import`` of it puts them back)."""

    entries: Sequence[Entry]
    removed: bool = False

    def records(self) -> list[ListedEntryRecord]:
        return [{**entry.record(), "removed": self.removed} for entry in self.entries]

    def quiet(self) -> str:
        return " ".join(str(entry.id) for entry in self.entries)


def parse_date(text: str, today: date) -> str:
    key = text.strip().lower()
    if key == "today":
        return today.isoformat()
    if key == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    try:
        return date.fromisoformat(key).isoformat() if len(key) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> str:
    raise InputError(
        f"cannot read the date '{text}'", suggestion="give YYYY-MM-DD, today or yesterday"
    )


def parse_time(text: str) -> str:
    key = text.strip()
    if re.fullmatch(r"\d:[0-5]\d", key):
        key = "0" + key
    if not _TIME.match(key):
        raise InputError(f"cannot read the time '{text}'", suggestion="give HH:MM, e.g. 08:30")
    return key


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
    read by :func:`mgcalc.core.quantity.parse_count`, as everywhere."""
    from mgcalc.core.intake_items import food_item

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
    from mgcalc.core.supplements import supplement_item

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
    from mgcalc.core.supplements import split_count

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
    from mgcalc.core.units import lookup_unit

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
    from mgcalc.core.units import lookup_unit

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


def none_entry(day: str, time: str | None, logged_at: str) -> Entry:
    return Entry(None, day, time, "none", NO_SUPPLEMENTS, 0.0, 0.0, None, None, None, logged_at)


def entry_from_record(record: Mapping[str, Any]) -> Entry:
    """A record from ``log export`` (JSON values, or CSV text) -> an entry, checked."""
    if not isinstance(record, Mapping):
        raise InputError("not an object with the export's fields")
    # a listing printed by log add/remove/undo says whether it was removed: not stored
    record = _current_names({k: v for k, v in record.items() if k != "removed"})
    missing = [c for c in EXPORT_COLUMNS if c not in record]
    extra = [k for k in record if k not in EXPORT_COLUMNS]
    if missing or extra:
        raise InputError(
            "fields " + ", ".join(missing) + " missing"
            if missing
            else "unknown fields " + ", ".join(map(str, extra))
        )
    day = _text(record, "date")
    if len(day) != 10 or parse_date(day, date.today()) != day:
        raise InputError(f"bad date '{day}' (YYYY-MM-DD)")
    time = _optional_text(record, "clock")
    if time is not None and not _TIME.match(time):
        raise InputError(f"bad clock time '{time}' (HH:MM)")
    kind = _text(record, "kind")
    if kind not in KINDS:
        raise InputError(f"kind '{kind}' is not one of {', '.join(KINDS)}")
    described, other = ("food", "form") if kind == "food" else ("form", "food")
    if record[other] not in (None, ""):
        raise InputError(
            f"'{other}' must be empty for a {kind} entry (its text goes in '{described}')"
        )
    logged_at = _text(record, "logged_at")
    try:
        datetime.fromisoformat(logged_at)
    except ValueError:
        raise InputError(f"bad logged_at '{logged_at}' (an ISO date and time)") from None
    entry_id = record["id"]
    if entry_id in (None, ""):
        entry_id = None
    elif (
        isinstance(entry_id, bool)
        or not isinstance(entry_id, int | str)
        or not str(entry_id).isdigit()
    ):
        raise InputError(f"bad id '{entry_id}' (a whole number)")
    return Entry(
        None if entry_id is None else int(entry_id),
        day,
        time,
        kind,
        _text(record, "item"),
        _number(record, "count", allow_zero=kind == "none"),
        _number(record, "elemental_mg", allow_zero=True),
        _optional_text(record, described),
        None if record["compound_mg"] in (None, "") else _number(record, "compound_mg"),
        _optional_text(record, "source"),
        logged_at,
    )


def _current_names(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """An entry of an older export ('time'; a food's description in 'form') under the
    current names; any other record as it is."""
    if set(record) != set(OLD_EXPORT_COLUMNS):
        return record
    renamed = {key: value for key, value in record.items() if key != "time"}
    renamed["clock"] = record["time"]
    food = record.get("kind") == "food"
    renamed["food"] = record["form"] if food else None
    renamed["form"] = None if food else record["form"]
    return renamed


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise InputError(f"'{key}' must be non-empty text (up to {MAX_TEXT} characters)")
    return value


def _optional_text(record: Mapping[str, Any], key: str) -> str | None:
    return None if record[key] in (None, "") else _text(record, key)


def _number(record: Mapping[str, Any], key: str, *, allow_zero: bool = False) -> float:
    value = record[key]
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise InputError(f"'{key}' must be a number, got '{record[key]}'") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"'{key}' must be a number")
    number = float(value)
    low_ok = number >= 0 if allow_zero else number > 0
    if not (math.isfinite(number) and low_ok and number <= MAX_ITEMS_MG):
        raise InputError(f"'{key}' {record[key]} is out of range")
    return number
