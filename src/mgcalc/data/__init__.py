"""Package data, loaded into light frozen records.

The TOML files are the single source of truth; every value names its source id.
At run time they are read with :mod:`tomllib` straight into the frozen record classes
of :mod:`mgcalc.data.records` (cheap: no pydantic on the start-up path). The same
classes, dataclasses to pydantic, are validated strictly by pydantic in :mod:`mgcalc.data.validate`,
which the test suite and CI run. The USDA food table, a CSV with its own reading,
is loaded by :mod:`mgcalc.data.food_table`.
"""

from __future__ import annotations

import os
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


def read_toml(name: str) -> dict[str, Any]:
    """The parsed contents of the package data file ``name``.

    Read from its parsed copy in ``data/parsed/`` when that copy was made from these
    very bytes (its length and CRC-32 match), else parsed here: tomllib is pure
    Python, and parsing forms.toml and interactions.toml alone cost a command a
    tenth of ``import typer``. The copies are written by ``python -m
    mgcalc.data.precompile``; a test holds them to the TOML, which stays the one
    source of truth (the validator reads only the TOML).

    A plain path beside this module: importlib.resources would cost ~14 ms of
    imports at start-up, and mgcalc is never run from a zip.
    """
    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        source = handle.read()
    copy = parsed_copy(name)
    if copy is not None and copy.get("source") == source_stamp(source):
        data: dict[str, Any] = copy["data"]
        return data
    import tomllib

    return tomllib.loads(source.decode("utf-8"))


def parse_toml(name: str) -> dict[str, Any]:
    """``name`` parsed from the TOML itself, never from its copy (the validator's read)."""
    import tomllib

    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        return tomllib.load(handle)


PARSED_DIR = "parsed"


def parsed_copy_path(name: str) -> str:
    return os.path.join(DATA_DIR, PARSED_DIR, name.removesuffix(".toml") + ".json")


def parsed_copy(name: str) -> dict[str, Any] | None:
    """The stored parse of ``name`` with the stamp of the bytes it was made from."""
    import json

    try:
        with open(parsed_copy_path(name), "rb") as handle:
            copy = json.loads(handle.read())
    except (OSError, ValueError):
        return None
    return copy if isinstance(copy, dict) else None


COMPOSITIONS = "compositions.json"


@cache
def catalogue_compositions() -> dict[str, dict[str, Any]]:
    """Hill formula, molar mass and magnesium fraction of each catalogue formula, as
    molmass computed them when ``python -m mgcalc.data.precompile`` last ran
    (see :mod:`mgcalc.core.chemistry.formulas`); empty when the file is missing or unreadable."""
    import json

    try:
        with open(os.path.join(DATA_DIR, PARSED_DIR, COMPOSITIONS), "rb") as handle:
            table = json.loads(handle.read())["formulas"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def source_stamp(source: bytes) -> dict[str, int]:
    import zlib

    return {"bytes": len(source), "crc32": zlib.crc32(source)}


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

    table = read_toml("evidence.toml")
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
