"""``compare``: products ranked by the cost of their elemental magnesium.

Each product row gives a form, an amount per unit that is either elemental or
the compound weight (``amount_is``), the units in the container and the price.
Rows that cannot be read are reported with their line number; the rest are
still compared.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from typing_extensions import TypedDict

from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.forms import Form, resolve
from mgcalc.core.quantity import parse_mg

COLUMNS = ("name", "form", "amount", "amount_is", "units", "price")


class ProductRecord(TypedDict):
    rank: int
    name: str
    form: str
    absorption: str
    elemental_per_unit_mg: float
    units: int
    price: float
    cost_per_100mg: float
    units_per_dose: int
    dose_mg: float
    days: int
    cost_per_day: float
    over_ul: bool
    overshoot_mg: float
    dose_note: str | None
    extra: dict[str, str]
    sources: list[str]


class ProductError(TypedDict):
    line: int
    input: str
    error: str


@dataclass(frozen=True)
class Product:
    name: str
    form: Form
    elemental_per_unit_mg: float
    units: int
    price: float
    extra: dict[str, str]

    @property
    def cost_per_100mg(self) -> float:
        return 100 * self.price / (self.units * self.elemental_per_unit_mg)


def _number(value: str, what: str, *, whole: bool = False) -> float:
    text = (value or "").strip().lstrip("$€£").replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise InputError(f"{what} '{value}' is not a number") from None
    if not math.isfinite(number) or number <= 0 or (whole and not number.is_integer()):
        kind = "a whole number" if whole else "a number"
        raise InputError(f"{what} must be {kind} greater than zero, got '{value}'")
    return number


def product_from(row: dict[str, str]) -> Product:
    if "error" in row and "name" not in row:
        raise InputError(row["error"])
    missing = [c for c in COLUMNS if not (row.get(c) or "").strip()]
    if missing:
        raise InputError("missing " + ", ".join(missing))
    form = resolve(row["form"])
    amount = parse_mg(row["amount"])
    kind = row["amount_is"].strip().lower()
    if kind not in ("elemental", "compound"):
        raise InputError(f"amount_is must be 'elemental' or 'compound', got '{row['amount_is']}'")
    per_unit = amount if kind == "elemental" else amount * form.fraction
    extra = {k: v for k, v in row.items() if k not in COLUMNS and k is not None}
    return Product(
        row["name"].strip(),
        form,
        per_unit,
        int(_number(row["units"], "units", whole=True)),
        _number(row["price"], "price"),
        extra,
    )


@dataclass
class CompareResult:
    products: list[Product]
    target_mg: float
    ul_mg: int | None = None  # the adult supplemental UL the daily dose is held against
    errors: list[ProductError] = field(default_factory=list)

    def records(self) -> list[Any]:
        ranked = sorted(self.products, key=lambda p: (p.cost_per_100mg, p.name))
        rows: list[Any] = []
        for rank, product in enumerate(ranked, 1):
            per_dose, dose_note = self.units_per_dose(product.elemental_per_unit_mg)
            record = product.form.record
            rows.append(
                {
                    "rank": rank,
                    "name": product.name,
                    "form": product.form.id,
                    "absorption": record.absorption if record else "unknown",
                    "elemental_per_unit_mg": round(product.elemental_per_unit_mg, 2),
                    "units": product.units,
                    "price": product.price,
                    "cost_per_100mg": round(product.cost_per_100mg, 4),
                    "units_per_dose": per_dose,
                    "dose_mg": round(per_dose * product.elemental_per_unit_mg, 2),
                    "days": product.units // per_dose,
                    "cost_per_day": round(product.price / product.units * per_dose, 4),
                    "over_ul": self.ul_mg is not None
                    and per_dose * product.elemental_per_unit_mg > self.ul_mg + 1e-9,
                    "overshoot_mg": round(
                        per_dose * product.elemental_per_unit_mg - self.target_mg, 2
                    ),
                    "dose_note": dose_note,
                    "extra": product.extra,
                    "sources": ["PUBCHEM", "IUPAC"] if record else ["IUPAC"],
                }
            )
        return rows + list(self.errors)

    def units_per_dose(self, per_unit: float) -> tuple[int, str | None]:
        """Whole units for the daily target: rounded up, unless that crosses the UL,
        then down; a note says which whenever the units miss the target."""
        up = math.ceil(round(self.target_mg / per_unit, 9))
        ul = self.ul_mg
        if ul is not None and up * per_unit > ul + 1e-9:
            down = math.floor(round(ul / per_unit, 9))
            if down >= 1:
                return down, (
                    f"{up} units would give {up * per_unit:.2f} mg, over the UL of {ul} mg: "
                    f"rounded down to {down} ({down * per_unit:.2f} mg, short of the target)"
                )
            return 1, f"one unit ({per_unit:.2f} mg) is already over the UL of {ul} mg"
        if up * per_unit > self.target_mg + 1e-9:
            return up, (
                f"{up} whole units give {up * per_unit:.2f} mg, "
                f"{up * per_unit - self.target_mg:.2f} mg over the target"
            )
        return up, None

    def quiet(self) -> str:
        ranked = [r for r in self.records() if "rank" in r]
        return ranked[0]["name"] if ranked else ""


def compare(
    rows: Iterable[tuple[int, str, dict[str, str]]], target_mg: float, ul_mg: int | None = None
) -> CompareResult:
    """``rows``: (line number, raw text, parsed row) for each product."""
    result = CompareResult([], target_mg, ul_mg)
    for line, raw, row in rows:
        try:
            result.products.append(product_from(row))
        except MgcalcError as exc:
            result.errors.append({"line": line, "input": raw, "error": str(exc)})
    return result


def rows_from_csv(text_lines: Iterable[str]) -> list[tuple[int, str, dict[str, str]]]:
    """CSV with a header naming at least ``name,form,amount,amount_is,units,price``."""
    reader = csv.reader(text_lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("the product list is empty; expected a CSV header line") from None
    except csv.Error as exc:
        raise InputError(f"cannot read the CSV header: {exc}") from None
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"the CSV header lacks: {', '.join(missing)}", suggestion="header: " + ",".join(COLUMNS)
        )
    rows: list[tuple[int, str, dict[str, str]]] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:  # a broken row: report it, keep comparing the rest
            rows.append((reader.line_num, "", {"error": f"cannot read the row: {exc}"}))
            continue
        if any(cell.strip() for cell in cells):
            rows.append((reader.line_num, ",".join(cells), dict(zip(header, cells, strict=False))))


def row_from_option(text: str) -> dict[str, str]:
    """``--product 'Brand A,glycinate,500mg,compound,120,19.99'``."""
    try:
        cells = next(csv.reader([text]))
    except (csv.Error, StopIteration) as exc:
        raise InputError(f"cannot read --product '{text}' as a CSV row: {exc}") from None
    if len(cells) != len(COLUMNS):
        raise InputError(
            f"--product needs {len(COLUMNS)} fields ({','.join(COLUMNS)}), "
            f"got {len(cells)} in '{text}'"
        )
    return dict(zip(COLUMNS, cells, strict=True))
