"""How ``elemental``, ``compound``, ``convert``, ``serum`` and ``food`` read a batch:
a free-text line (``citrate 500mg``) or a CSV row under a header, and the columns
of their records. Imported for ``--batch`` only, with the batch machinery.

(``label --batch`` builds its spec from its options; ``check`` and ``plan`` read
people: :mod:`mgcalc.cli.people_batch`.)
"""

from __future__ import annotations

from collections.abc import Mapping

from mgcalc.cli.batch_input import BatchSpec
from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.chemistry.quantity import parse_quantity, parse_unit_size, split_name_amount
from mgcalc.core.chemistry.results import (
    CompoundRecord,
    CompoundResult,
    ConvertRecord,
    ConvertResult,
    ElementalRecord,
    ElementalResult,
)
from mgcalc.core.foods.lookup import lookup_food_text, portion
from mgcalc.core.foods.results import FoodRecord, FoodResult
from mgcalc.core.serum import SerumRecord, serum


def _elemental_line(text: str) -> ElementalResult:
    form, amount = split_name_amount(text)
    return calc.elemental(resolve(form), parse_quantity(amount, bulk=True))


def _elemental_row(row: Mapping[str, str]) -> ElementalResult:
    return calc.elemental(
        resolve(row.get("form", "")),
        parse_quantity(row.get("amount", ""), bulk=True),
        count=calc.parse_count(row.get("count", "1")),
        purity=calc.parse_purity(row.get("purity", "1")),
    )


def _compound_line(text: str) -> CompoundResult:
    form, amount = split_name_amount(text)
    return calc.compound(resolve(form), parse_quantity(amount, bulk=True))


def _compound_row(row: Mapping[str, str]) -> CompoundResult:
    size = row.get("unit_size")
    unit, unit_is_compound = (None, False) if size is None else parse_unit_size(size)
    return calc.compound(
        resolve(row.get("form", "")),
        parse_quantity(row.get("elemental", ""), bulk=True),
        unit_size=unit,
        unit_is_compound=unit_is_compound,
        purity=calc.parse_purity(row.get("purity", "1")),
    )


def _convert_line(text: str) -> ConvertResult:
    return calc.convert(parse_quantity(text, bulk=True))


ELEMENTAL = BatchSpec(
    _elemental_line,
    tuple(ElementalRecord.__annotations__),
    fields=("form", "amount", "count", "purity"),
    positional=2,
    row=_elemental_row,
    required=("form", "amount"),
)
COMPOUND = BatchSpec(
    _compound_line,
    tuple(CompoundRecord.__annotations__),
    fields=("form", "elemental", "unit_size", "purity"),
    positional=2,
    row=_compound_row,
    required=("form", "elemental"),
    aliases={"amount": "elemental", "target": "elemental"},
)
CONVERT = BatchSpec(
    _convert_line,
    tuple(ConvertRecord.__annotations__),
    fields=("amount",),
    positional=1,
    row=lambda row: _convert_line(row.get("amount", "")),
    required=("amount",),
)
SERUM = BatchSpec(
    serum,
    tuple(SerumRecord.__annotations__),
    fields=("value",),
    positional=1,
    row=lambda row: serum(row.get("value", "")),
    required=("value",),
)


def _food_line(text: str) -> FoodResult:
    return FoodResult(lookup_food_text(text))


FOOD = BatchSpec(
    _food_line,
    tuple(FoodRecord.__annotations__),
    fields=("food", "amount"),
    positional=2,
    row=lambda row: FoodResult(portion(row.get("food", ""), row.get("amount", ""))),
    required=("food", "amount"),
)
