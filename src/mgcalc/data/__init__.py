"""Package data, loaded into light frozen records.

The TOML files are the single source of truth; every value names its source id.
Each file is parsed with :mod:`tomllib` when a command first asks for one of its
records, straight into the frozen dataclasses of :mod:`mgcalc.data.records` and its
siblings, so a command reads only the files it needs and loads no pydantic. The same
dataclasses are checked strictly by pydantic in :mod:`mgcalc.data.validate`, which
the test suite and CI run. The USDA food table, a CSV with its own reading, is loaded
by :mod:`mgcalc.data.food_table`.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded on demand below: a command builds only the records it reads
    from mgcalc.data.knowledge_records import (
        Goal,
        Stacking,
        Topic,
    )
    from mgcalc.data.label_records import DailyValue, LabelRounding, NutrientReferenceValue
    from mgcalc.data.records import (
        BareName,
        Constants,
        FormRecord,
        MaterialRecord,
        RefusedName,
        SerumReference,
        Source,
    )
    from mgcalc.data.reference_records import (
        EgfrCategory,
        KidneyCaution,
        Medication,
        Standard,
    )

DATA_DIR = os.path.dirname(os.path.abspath(__file__))
# The records' pydantic config (records.py and friends): when the validator uses it,
# pydantic rejects unknown keys and coerces nothing silently. Here, so that loading
# one records module never builds another's classes.
STRICT: dict[str, Any] = {"extra": "forbid", "strict": False, "frozen": True}


@cache
def read_toml(name: str) -> dict[str, Any]:
    """The package data file ``name``, parsed by :mod:`tomllib` the first time a
    command asks for it; a command reads only the files its records come from.

    Shared between callers (several loaders read interactions.toml): treat it as
    read-only. A plain path beside this module: importlib.resources would cost
    more imports at start-up than the read itself, and mgcalc is never run from a zip.
    """
    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        return tomllib.load(handle)


def tuples(row: dict[str, Any]) -> dict[str, Any]:
    """TOML arrays become tuples so records stay hashable and immutable."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in row.items()}


@cache
def constants() -> Constants:
    from mgcalc.data.records import Constants

    return Constants(**read_toml("constants.toml")["magnesium"])


@cache
def form_records() -> tuple[FormRecord, ...]:
    from mgcalc.data.records import FormRecord

    return tuple(FormRecord(**tuples(row)) for row in read_toml("forms.toml")["form"])


@cache
def material_records() -> tuple[MaterialRecord, ...]:
    from mgcalc.data.records import BlendPart, MaterialRecord

    rows = read_toml("materials.toml")["material"]
    return tuple(
        MaterialRecord(
            **tuples({k: v for k, v in row.items() if k != "blend"}),
            blend=tuple(BlendPart(**part) for part in row.get("blend", ())),
        )
        for row in rows
    )


@cache
def bare_names() -> tuple[BareName, ...]:
    from mgcalc.data.records import BareName

    return tuple(BareName(**tuples(row)) for row in read_toml("names.toml")["default"])


@cache
def refused_names() -> tuple[RefusedName, ...]:
    from mgcalc.data.records import RefusedName

    return tuple(RefusedName(**tuples(row)) for row in read_toml("names.toml")["refuse"])


@cache
def serum_reference() -> SerumReference:
    from mgcalc.data.records import SerumReference

    return SerumReference(**read_toml("serum.toml")["reference"])


@cache
def serum_max_mmol_l() -> float:
    return float(read_toml("serum.toml")["bounds"]["max_mmol_l"])


@cache
def sources() -> dict[str, Source]:
    from mgcalc.data.records import Source

    rows = read_toml("sources.toml")["source"]
    return {row["id"]: Source(**row) for row in rows}


def standard_from(row: dict[str, Any]) -> Standard:
    from mgcalc.data.reference_records import IntakeBand, Standard, UpperLevel

    return Standard(
        name=row["name"],
        title=row["title"],
        sources=tuple(row["sources"]),
        band=tuple(IntakeBand(**band) for band in row["band"]),
        ul=tuple(UpperLevel(**ul) for ul in row["ul"]),
    )


@cache
def standards() -> dict[str, Standard]:
    """Reference intakes by standard id (``us``, ``eu``)."""
    return {key: standard_from(row) for key, row in read_toml("intakes.toml").items()}


@cache
def daily_values() -> dict[str, DailyValue]:
    from mgcalc.data.label_records import DailyValue

    return {row["id"]: DailyValue(**row) for row in read_toml("labels.toml")["dv"]}


@cache
def nrv() -> NutrientReferenceValue:
    from mgcalc.data.label_records import NutrientReferenceValue

    return NutrientReferenceValue(**read_toml("labels.toml")["nrv"])


@cache
def medications() -> tuple[Medication, ...]:
    from mgcalc.data.reference_records import Medication

    return tuple(Medication(**tuples(row)) for row in read_toml("interactions.toml")["medication"])


@cache
def kidney_caution() -> KidneyCaution:
    from mgcalc.data.reference_records import KidneyCaution

    return KidneyCaution(**tuples(read_toml("interactions.toml")["kidney"]))


@cache
def egfr_categories() -> tuple[EgfrCategory, ...]:
    """KDIGO GFR categories, highest kidney function first (KDIGO12)."""
    from mgcalc.data.reference_records import EgfrCategory

    rows = read_toml("interactions.toml")["egfr_category"]
    return tuple(EgfrCategory(**tuples(row)) for row in rows)


@cache
def label_rounding() -> LabelRounding:
    from mgcalc.data.label_records import LabelRounding

    return LabelRounding(**read_toml("labels.toml")["rounding"])


def goal_from(row: dict[str, Any]) -> Goal:
    from mgcalc.data.knowledge_records import Goal, GoalReason

    return Goal(
        row["id"],
        row["title"],
        row["summary"],
        tuple(row["sources"]),
        tuple(GoalReason(**tuples(r)) for r in row["prefer"]),
        tuple(GoalReason(**tuples(r)) for r in row["avoid"]),
        tuple(row.get("aliases", ())),
        row.get("timing", ""),
        row.get("evidence", ""),
    )


@cache
def goals() -> dict[str, Goal]:
    return {row["id"]: goal_from(row) for row in read_toml("goals.toml")["goal"]}


@cache
def evidence() -> dict[str, Any]:
    """Grades, dose range, absorption, pharmacokinetics and timing facts (SEED et al.)."""
    from mgcalc.data.knowledge_records import Outcome

    table = dict(read_toml("evidence.toml"))
    table["outcome"] = tuple(Outcome(**tuples(row)) for row in table["outcome"])
    return table


@cache
def topics() -> tuple[Topic, ...]:
    from mgcalc.data.knowledge_records import Topic

    return tuple(Topic(**tuples(row)) for row in read_toml("guide.toml")["topic"])


@cache
def stacking() -> tuple[Stacking, ...]:
    from mgcalc.data.knowledge_records import Stacking

    return tuple(Stacking(**tuples(row)) for row in read_toml("interactions.toml")["stacking"])
