"""``compare``: products ranked by the cost of their elemental magnesium.

Each product row gives a form, an amount per unit that is either elemental or
the compound weight (``amount_is``), the units in the container and the price.
Rows that cannot be read are reported with their line number; the rest are
still compared. So with a daily target that cannot be read: the products are still
ranked by cost per 100 mg (which needs no target), the figures that need one are
null, and the target is its own error record.

A unit over 1 kg (a 25 kg drum) is raw material, not something a person takes: it
is priced per kg of magnesium like the rest, and has no daily dose, days or UL
reading; the person limits stay for the products a person takes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, NotRequired, TypedDict

from mgcalc.core.chemistry.counts import parse_count, too_many_units
from mgcalc.core.chemistry.forms import Form, resolve
from mgcalc.core.chemistry.quantity import MAX_MG, parse_number, parse_quantity
from mgcalc.core.error_records import OptionError, option_error
from mgcalc.core.errors import InputError, describe, ensure_finite
from mgcalc.core.figures import mass, plain
from mgcalc.core.labels.compare_rows import COLUMNS as COLUMNS
from mgcalc.core.labels.compare_rows import row_from_option as row_from_option
from mgcalc.core.labels.compare_rows import rows_from_csv as rows_from_csv
from mgcalc.core.labels.compare_rows import rows_from_lines as rows_from_lines
from mgcalc.core.reference import upper_limit

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class ProductRecord(TypedDict):
    rank: fields.Rank
    name: fields.Name
    form: fields.Form
    absorption: fields.Absorption
    elemental_per_unit_mg: fields.ElementalPerUnitMg
    units_per_pack: fields.UnitsPerPack
    price_per_pack: fields.PricePerPack
    cost_per_100mg: fields.CostPer100mg
    cost_per_kg_mg: fields.CostPerKgMg
    raw_material: fields.RawMaterial
    units_per_day: fields.UnitsPerDay | None
    elemental_per_day_mg: fields.ElementalPerDayMg | None
    days: fields.Days | None
    cost_per_day: fields.CostPerDay | None
    elemental_per_day_low_mg: fields.ElementalPerDayLowMg | None
    elemental_per_day_high_mg: fields.ElementalPerDayHighMg | None
    over_ul: fields.OverUl | None
    overshoot_mg: fields.OvershootMg | None
    dose_note: fields.DoseNote | None
    extra: fields.Extra
    sources: fields.Sources
    # where the product came from, so a script can join results to its inputs: the
    # file's line, or the --product option and its index; and the text as given
    line: NotRequired[fields.Line]
    option: NotRequired[fields.Option]
    index: NotRequired[fields.Index]
    input: fields.Input


class ProductError(TypedDict):
    line: fields.Line
    input: fields.Input
    error: fields.Error


class Product(NamedTuple):
    name: str
    form: Form
    elemental_per_unit_mg: float
    units: int
    price: float
    extra: dict[str, str]
    span_per_unit_mg: tuple[float, float] = (0.0, 0.0)  # low and top of a stated range
    raw_material: bool = False  # a unit over 1 kg: no daily dose or UL reading

    @property
    def cost_per_100mg(self) -> float:
        return 100 * self.price / (self.units * self.elemental_per_unit_mg)

    @property
    def cost_per_kg_mg(self) -> float:
        """The price of a kilogram of elemental magnesium: how raw material is bought."""
        return self.cost_per_100mg * 10_000


MAX_PRICE = 1_000_000_000  # a price above a billion is a typo in any currency
MAX_UNITS = 1_000_000


def _number(value: str, what: str, *, whole: bool = False, most: float = MAX_PRICE) -> float:
    """A price or count as written in a spreadsheet: ``19.99``, ``$1,250.00``.

    A comma is a thousands separator only where it groups three digits; a decimal
    comma (``12,50``) is refused rather than guessed, and so are underscores."""
    text = (value or "").strip().lstrip("$€£").strip()
    if re.fullmatch(r"\d+,\d{1,2}", text) or re.fullmatch(r"\d+(?:\.\d{3})+,\d+", text):
        raise InputError(
            f"{what} '{value}' has a decimal comma",
            suggestion=f"write it with a point ({text.replace('.', '').replace(',', '.')})",
        )
    if "," in text:
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
            raise InputError(f"{what} '{value}' is not a number")
        text = text.replace(",", "")
    if whole:  # units in a pack: a count, read as every count is
        return parse_count(text, what, whole=True, most=most)
    try:
        number = parse_number(text, what)
    except InputError:
        raise InputError(f"{what} '{value}' is not a number") from None
    if not 0 < number <= most:
        raise InputError(f"{what} must be a number from above 0 to {most:,.0f}, got '{value}'")
    if not whole and number < 0.0001:
        raise InputError(f"{what} must be at least 0.0001, got '{value}'")
    return number


def decimal_comma(value: str, what: str) -> str:
    """A figure from a decimal-comma file in the point notation mgcalc reads: the comma
    is the decimal sign and a point groups thousands (``1.250,50`` -> ``1250.50``); a
    point grouping three digits with no comma (``1.250``) reads two ways and is refused."""
    text = value.strip()
    number = re.match(r"[$€£]?\s*([\d.,]+)", text)
    if number is None:
        return text
    digits = number.group(1)
    if "," not in digits and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        raise InputError(
            f"{what} '{value}' reads two ways in a semicolon-separated file: "
            f"{digits.replace('.', '')} (a thousands point) or {digits} (a decimal point)",
            suggestion=f"write {digits.replace('.', '')} or {digits.replace('.', ',')}",
        )
    if "," in digits:
        if digits.count(",") > 1 or not re.fullmatch(r"(?:\d{1,3}(?:\.\d{3})+|\d*),\d*", digits):
            raise InputError(f"{what} '{value}' is not a number")
        digits = digits.replace(".", "").replace(",", ".")
    return text[: number.start(1)] + digits + text[number.end(1) :]


def product_from(row: dict[str, str]) -> Product:
    if "error" in row and "name" not in row:
        raise InputError(row["error"])
    missing = [c for c in COLUMNS if not (row.get(c) or "").strip()]
    if missing:
        raise InputError("missing " + ", ".join(missing))
    if getattr(row, "decimal_comma", False):  # an EU spreadsheet's numbers
        row = {**row, **{c: decimal_comma(row[c], c) for c in ("amount", "units", "price")}}
    form = resolve(row["form"])
    amount = parse_quantity(row["amount"], allow_magnesium_units=False, bulk=True).mg
    kind = row["amount_is"].strip().lower()
    if kind not in ("elemental", "compound"):
        raise InputError(f"amount_is must be 'elemental' or 'compound', got '{row['amount_is']}'")
    per_unit = amount if kind == "elemental" else amount * form.fraction
    span = (
        (amount, amount)
        if kind == "elemental"
        else (upper_limit.compound_low(form, amount), upper_limit.compound_top(form, amount))
    )
    extra = {k: v for k, v in row.items() if k not in COLUMNS and k is not None}
    return Product(
        row["name"].strip(),
        form,
        per_unit,
        int(_number(row["units"], "units", whole=True, most=MAX_UNITS)),
        _number(row["price"], "price"),
        extra,
        span,
        amount > MAX_MG,
    )


@dataclass
class CompareResult:
    """``target_mg`` is None when the target could not be read (``target_error``
    says why): products are ranked all the same, without the figures per day."""

    products: list[Product]
    target_mg: float | None
    ul_mg: int | None = None  # the adult supplemental UL the daily dose is held against
    errors: list[ProductError | OptionError] = field(default_factory=list)
    rows: list[ProductRecord] = field(default_factory=list)
    target_error: OptionError | None = None

    def records(self) -> list[Any]:
        ranked = sorted(
            zip(self.products, self.rows, strict=True),
            key=lambda pair: (pair[0].cost_per_100mg, pair[0].name),
        )
        option = [] if self.target_error is None else [self.target_error]
        return [
            *({**row, "rank": rank} for rank, (_, row) in enumerate(ranked, 1)),
            *option,
            *self.errors,
        ]

    def add(self, product: Product, place: dict[str, Any]) -> None:
        """Cost ``product``; ``place``: where it came from (line or option, input)."""
        record = product_record(product, self)
        record.update(place)  # type: ignore[typeddict-item]
        ensure_finite(record)
        self.products.append(product)
        self.rows.append(record)

    def units_per_dose(self, per_unit: float, top: float) -> tuple[int, str | None]:
        """Whole units for the daily target: rounded up, unless that crosses the UL at
        the top of the stated content (``top`` per unit), then down; a note says which
        whenever the units miss the target."""
        assert self.target_mg is not None
        up = math.ceil(round(self.target_mg / per_unit, 9))
        ul = self.ul_mg
        upto = "" if top == per_unit else f" (up to {mass(up * top)})"
        if ul is not None and not upper_limit.fits(up * top, ul):
            down = upper_limit.whole_units_within(top, ul)
            if down >= 1:
                return down, (
                    f"{up} units would give {mass(up * per_unit)}{upto}, over the UL of {ul} "
                    f"mg: rounded down to {down} ({mass(down * per_unit)}, short of the target)"
                )
            return 1, f"one unit ({mass(per_unit)}) is already over the UL of {ul} mg"
        if up * per_unit > self.target_mg + 1e-9:
            return up, (
                f"{up} whole units give {mass(up * per_unit)}{upto}, "
                f"{mass(up * per_unit - self.target_mg)} over the target"
            )
        return up, None

    def quiet(self) -> str:
        ranked = [r for r in self.records() if "rank" in r]
        return ranked[0]["name"] if ranked else ""


def product_record(product: Product, result: CompareResult) -> ProductRecord:
    per_unit = product.elemental_per_unit_mg
    record = product.form.record
    row: ProductRecord = {
        "rank": 0,
        "name": product.name,
        "form": product.form.id,
        "absorption": record.absorption if record else "unknown",
        "elemental_per_unit_mg": round(per_unit, 2),
        "units_per_pack": product.units,
        "price_per_pack": product.price,
        "cost_per_100mg": round(product.cost_per_100mg, 4),
        "cost_per_kg_mg": round(product.cost_per_kg_mg, 2),
        "raw_material": product.raw_material,
        "units_per_day": None,
        "elemental_per_day_mg": None,
        "days": None,
        "cost_per_day": None,
        "elemental_per_day_low_mg": None,
        "elemental_per_day_high_mg": None,
        "over_ul": None,
        "overshoot_mg": None,
        "dose_note": None,
        "extra": product.extra,
        "sources": list(product.form.sources) if record else ["IUPAC"],
        "input": "",
    }
    if product.raw_material:
        row["dose_note"] = (
            f"raw material ({mass(product.elemental_per_unit_mg)} of magnesium a unit, over "
            f"what a person takes): {plain(round(product.cost_per_kg_mg, 2))} per kg of "
            "magnesium; no daily dose or UL reading"
        )
        return row
    if result.target_mg is None:
        return row
    low, top = product.span_per_unit_mg
    per_dose, dose_note = result.units_per_dose(per_unit, top)
    if per_dose < 1:
        raise InputError("the daily target is below one unit's worth of magnesium")
    too_many = too_many_units(per_dose, per_unit)
    if too_many is not None:  # no dose, as plan proposes none: the cost per 100 mg stands
        row["dose_note"] = f"{too_many}: no dose proposed"
        return row
    ul_mg = result.ul_mg
    row["units_per_day"] = per_dose
    row["elemental_per_day_mg"] = round(per_dose * per_unit, 2)
    row["days"] = product.units // per_dose
    row["cost_per_day"] = round(product.price / product.units * per_dose, 4)
    if round(low, 2) != round(top, 2):
        row["elemental_per_day_low_mg"] = round(per_dose * low, 2)
        row["elemental_per_day_high_mg"] = round(per_dose * top, 2)
    row["over_ul"] = upper_limit.is_over(per_dose * top, ul_mg)
    row["overshoot_mg"] = round(per_dose * per_unit - result.target_mg, 2)
    row["dose_note"] = dose_note
    return row


def compare(
    rows: Iterable[tuple[int, str, dict[str, str]]],
    target_mg: float | None,
    ul_mg: int | None = None,
    *,
    target_error: OptionError | None = None,
    options: Iterable[str] = (),
) -> CompareResult:
    """``rows``: (line number, raw text, parsed row) for each product of the file;
    ``options``: the ``--product`` values. Whatever fails while reading or costing
    one product becomes its error record (``line`` N of the file, or ``--product``
    with its ``index``); the rest go on. ``target_mg`` None: the target could not
    be read (``target_error``)."""
    result = CompareResult([], target_mg, ul_mg, target_error=target_error)
    for line, raw, row in rows:
        try:
            result.add(product_from(row), {"line": line, "input": raw})
        except Exception as exc:  # one product's failure, whatever it is
            result.errors.append({"line": line, "input": raw, "error": describe(exc)})
    for index, text in enumerate(options, start=1):
        try:
            result.add(
                product_from(row_from_option(text)),
                {"option": "--product", "index": index, "input": text},
            )
        except Exception as exc:  # as a bad row: the others are still compared
            result.errors.append(option_error("--product", text, describe(exc), index))
    return result
