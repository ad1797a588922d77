"""How ``elemental``, ``compound``, ``convert``, ``serum`` and ``food`` read a batch:
a free-text line (``citrate 500mg``) or a CSV row under a header, and the columns
of their records. Imported for ``--batch`` only, with the batch machinery. The
calculators' columns are the keywords of their single run's entry point
(:mod:`mgcalc.core.chemistry.from_text`); the options given apply to every row.

(``label --batch`` builds its spec from its options; ``check`` and ``plan`` read
people: :mod:`mgcalc.cli.people_batch`.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from mgcalc.cli.batch_input import BatchSpec
from mgcalc.cli.batch_rows import keyword_spec
from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.from_text import compound_of, elemental_of
from mgcalc.core.chemistry.quantity import parse_quantity, split_name_amount
from mgcalc.core.chemistry.results import (
    CompoundRecord,
    ConvertRecord,
    ConvertResult,
    ElementalRecord,
)
from mgcalc.core.errors import InputError


def _read_options(preset: Mapping[str, Any]) -> None:
    """Read the options a batch applies to every row before any row, so that a bad one
    is one usage error (exit 2), not the same error on every row."""
    from mgcalc.core.chemistry.concentration import parse_concentration
    from mgcalc.core.chemistry.quantity import parse_unit_size

    if "count" in preset:
        calc.parse_count(preset["count"])
    if "purity" in preset:
        calc.parse_purity(preset["purity"])
    if "concentration" in preset:
        parse_concentration(preset["concentration"])
        if "unit_size" in preset or preset.get("unit_is_compound"):
            raise InputError("--unit-size and --concentration do not combine: give one")
    if "unit_size" in preset:
        parse_unit_size(preset["unit_size"], compound=bool(preset.get("unit_is_compound")))


def elemental_spec(preset: Mapping[str, str]) -> BatchSpec:
    """``preset``: --count, --purity, --concentration as given, for every row."""
    _read_options(preset)
    spec = keyword_spec(
        elemental_of,
        tuple(ElementalRecord.__annotations__),
        preset=preset,
        words=("form", "amount"),
        split=split_name_amount,
    )
    from mgcalc.cli.batch_fast import fast_elemental

    return replace(spec, fast=partial(fast_elemental, preset=preset))


def compound_spec(preset: Mapping[str, Any]) -> BatchSpec:
    """``preset``: --unit-size, --unit-is-compound, --purity, --concentration as given."""
    _read_options(preset)
    return keyword_spec(
        compound_of,
        tuple(CompoundRecord.__annotations__),
        preset=preset,
        words=("form", "elemental"),
        split=split_name_amount,
        aliases={"amount": "elemental", "target": "elemental"},
    )


def _convert_line(text: str) -> ConvertResult:
    return calc.convert(parse_quantity(text, bulk=True))


CONVERT = BatchSpec(
    _convert_line,
    tuple(ConvertRecord.__annotations__),
    fields=("amount",),
    positional=1,
    row=lambda row: _convert_line(row.get("amount", "")),
    required=("amount",),
)


def serum_spec(age: str | None = None) -> BatchSpec:
    """``age``: --age as given, for every row (an ``age`` column for each row's own)."""
    from mgcalc.core.serum import SerumRecord, serum  # for serum --batch only
    from mgcalc.core.serum_intervals import parse_age_days

    if age is not None:
        parse_age_days(age)  # a bad --age is one usage error, not one a row
    return BatchSpec(
        lambda text: serum(text, age),
        tuple(SerumRecord.__annotations__),
        fields=("value", "age"),
        positional=1,
        row=lambda row: serum(row.get("value", ""), row.get("age") or age),
        required=("value",),
    )


def food_spec() -> BatchSpec:
    from mgcalc.core.foods.lookup import lookup_food_text, portion  # for food --batch only
    from mgcalc.core.foods.results import FoodRecord, FoodResult

    return BatchSpec(
        lambda text: FoodResult(lookup_food_text(text)),
        tuple(FoodRecord.__annotations__),
        fields=("food", "amount"),
        positional=2,
        row=lambda row: FoodResult(portion(row.get("food", ""), row.get("amount", ""))),
        required=("food", "amount"),
    )
