"""Products in the user's cabinet: a label line as printed, and what it supplies.

The label reader (labels.reading, labels.assess) decides what a line means; the
cabinet keeps its verdict (forms, whether the figure is elemental or compound,
elemental magnesium per unit) beside the line itself, so the diary logs a product
by name and the figure can always be traced back to the words on the bottle.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.chemistry.counts import COUNT_WORD, MAX_UNITS, parse_count
from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.figures import mg2
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

_NAME = r"^[A-Za-z][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+)*$"  # words, one space between
MAX_PRICE = 1_000_000.0
MAX_COUNT = MAX_UNITS
NEARLY_EMPTY_SERVINGS = 7  # a week of daily servings: time to buy the next bottle


class ProductRecord(TypedDict):
    name: fields.Name
    label: fields.Label
    forms: fields.Forms
    figure_is: fields.FigureIs
    stated_mg: fields.StatedMg
    elemental_per_unit_mg: fields.ElementalPerUnitMg
    units_per_serving: fields.UnitsPerServing
    elemental_mg: fields.ElementalMg
    price_per_pack: fields.PricePerPack | None
    units_per_pack: fields.UnitsPerPack | None
    units_left: fields.UnitsLeft | None
    nearly_empty: fields.NearlyEmpty
    cost_per_100mg: fields.CostPer100mg | None
    added_at: fields.AddedAt
    sources: fields.Sources


@dataclass(frozen=True, slots=True)
class Product:
    name: str
    label: str
    forms: tuple[str, ...]
    figure_is: str
    stated_mg: float
    elemental_mg_per_unit: float
    units_per_serving: int
    price: float | None
    count: int | None
    added_at: str
    # units logged since the product was added (read from the diary, never stored)
    used_units: float = field(default=0.0, compare=False)

    @property
    def units_left(self) -> float | None:
        """Units left in the bottle: its --count less the units the diary logged since
        it was added (None without --count)."""
        return None if self.count is None else max(0.0, self.count - self.used_units)

    @property
    def nearly_empty(self) -> bool:
        """Under a week of daily servings left."""
        left = self.units_left
        return left is not None and left < NEARLY_EMPTY_SERVINGS * self.units_per_serving

    @property
    def elemental_mg_per_serving(self) -> float:
        return self.elemental_mg_per_unit * self.units_per_serving

    @property
    def cost_per_100mg(self) -> float | None:
        if self.price is None or not self.count:
            return None
        return round(100 * self.price / (self.count * self.elemental_mg_per_unit), 4)

    @property
    def sources(self) -> list[str]:

        found: list[str] = []
        for form in self.forms:
            try:
                found += resolve(form).sources
            except MgcalcError:
                continue
        return list(dict.fromkeys(found))

    def record(self) -> ProductRecord:
        return {
            "name": self.name,
            "label": self.label,
            "forms": list(self.forms),
            "figure_is": self.figure_is,
            "stated_mg": mg2(self.stated_mg),
            "elemental_per_unit_mg": mg2(self.elemental_mg_per_unit),
            "units_per_serving": self.units_per_serving,
            "elemental_mg": mg2(self.elemental_mg_per_serving),
            "price_per_pack": self.price,
            "units_per_pack": self.count,
            "units_left": None if self.units_left is None else round(self.units_left, 2),
            "nearly_empty": self.nearly_empty,
            "cost_per_100mg": self.cost_per_100mg,
            "added_at": self.added_at,
            "sources": self.sources,
        }

    def quiet(self) -> str:
        return f"{mg2(self.elemental_mg_per_serving):g}"


class RemovedProductRecord(ProductRecord):
    removed: fields.Removed


class RemovedProduct(NamedTuple):
    """What ``cabinet remove`` took out, said as such in every format."""

    product: Product

    def record(self) -> RemovedProductRecord:
        return {**self.product.record(), "removed": True}

    def quiet(self) -> str:
        return self.product.name


class Cabinet(NamedTuple):
    """A listing of products (``cabinet list``)."""

    products: Sequence[Product]

    def records(self) -> list[ProductRecord]:
        return [product.record() for product in self.products]

    def quiet(self) -> str:
        return str(len(self.products))


def check_name(name: str) -> str:
    """A cabinet name is words of letters and digits ('nightly', 'One A Day'), not a
    form or a count, so ``log add citrate 500mg`` and ``nightly x2`` stay clear; a name
    with spaces is given as one argument (``log add "One A Day"``)."""

    if any(re.match(COUNT_WORD, word) for word in name.split()):
        raise InputError(f"product name '{name}' reads as a count (nightly x2); choose another")
    if not re.match(_NAME, name) or len(name) > 40 or re.search(r"\s\d|^\d", name):
        raise InputError(
            f"product name '{name}' must be words of letters, digits, '-', '_' or '.', "
            "starting with a letter, one space between words, no word a bare number (up "
            "to 40 characters)",
            suggestion="e.g. nightly, glycinate-200, One A Day",
        )
    try:
        resolve(name)
    except MgcalcError:
        return name
    raise InputError(
        f"'{name}' is the name of a magnesium form; name the product differently",
        suggestion=f"e.g. {name}-nightly",
    )


def product_from_label(
    name: str,
    line: str,
    added_at: str,
    *,
    units_per_serving: int = 1,
    price: float | None = None,
    count: int | None = None,
    warnings: list[str] | None = None,
) -> Product:
    """Read ``line`` with the label reader; refuse it with the reader's reason. What
    the reader warns of (a source not in the catalogue, a compound weight) is added
    to ``warnings``, for the command to show."""

    check_name(name)
    if (price is None) != (count is None):
        raise InputError("--price and --count go together: the price of a bottle of COUNT units")
    if price is not None and not (math.isfinite(price) and 0 < price <= MAX_PRICE):
        raise InputError(f"--price must be above 0 and at most {MAX_PRICE:g}")
    if count is not None:
        parse_count(count, "--count", whole=True, most=MAX_COUNT)
    parsed = parse_label(line)
    if parsed.further_rows:  # a product has one magnesium figure; never drop a row unsaid
        raise InputError(
            f"the pasted panel has {len(parsed.further_rows) + 1} magnesium rows; a product "
            "is added by one",
            suggestion="add each row as its own product, or paste the one row to keep",
        )
    # the line is per serving, as in label and check (21 CFR 101.36(b)); a serving of
    # --units-per-serving units is what 'log add NAME' logs once
    assessed = LabelResult(parsed, units_per_serving=units_per_serving, line_per_serving=True)
    low, high = assessed.per_unit_span
    stated_content_range = (  # one compound weight of one raw material (USP carbonate, Magtein)
        parsed.figure_is == "compound" and parsed.amount_max_mg is None and len(parsed.forms) == 1
    )
    if stated_content_range:
        low = high  # counts at its top, as in check --supplement
    if low != high:
        raise InputError(
            f"the label line gives {low:.4g}-{high:.4g} mg of magnesium per unit, not one "
            f"figure; the diary needs one",
            suggestion="use a line that states the elemental magnesium, e.g. "
            "'Magnesium (as magnesium glycinate) 200 mg'",
        )
    if not low > 0:
        raise InputError(f"no magnesium amount could be read from '{line}'")
    stated = parsed.amount_mg if parsed.amount_mg is not None else low
    if warnings is not None:
        warnings += parsed.warnings
    return Product(
        name,
        line,
        tuple(form.id for form in parsed.forms),
        parsed.figure_is,
        stated,
        low,
        assessed.units_per_serving,
        price,
        count,
        added_at,
    )
