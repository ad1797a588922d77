"""Strict validation of the package data (run by the tests and by CI).

``python -m mgcalc.data.validate`` exits non-zero with one line per problem.
pydantic checks every record against its NamedTuple (unknown keys rejected,
types enforced); the cross-checks below catch what a schema cannot: source ids
that do not resolve, duplicate ids or aliases, formulas without magnesium.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from typing import Any

from mgcalc.core.chemistry.forms import normalise
from mgcalc.core.chemistry.formulas import composition
from mgcalc.core.errors import FormulaError, InputError
from mgcalc.core.foods.measures import grams_of
from mgcalc.data import DATA_DIR, read_toml
from mgcalc.data.chemistry import Constants, FormRecord
from mgcalc.data.foods import FOOD_COLUMNS, FOODS_CSV, CommonFood, FoodRow
from mgcalc.data.knowledge import Goal, Outcome
from mgcalc.data.labels import (
    Compliance,
    DailyValue,
    DriedBasis,
    LabelRounding,
    NutrientReferenceValue,
)
from mgcalc.data.reference import (
    Condition,
    CrclRule,
    EgfrCategory,
    IvScale,
    KidneyCaution,
    Medication,
    Source,
    Standard,
)
from mgcalc.data.strict_rows import validated
from mgcalc.data.validate_names import check_materials_and_names
from mgcalc.data.validate_products import check_products


def problems() -> list[str]:
    """Every problem found in the package data; empty when all is well."""
    found: list[str] = []
    sources = validated(Source, read_toml("sources.toml")["source"], "sources.toml", found)
    known = {source.id for source in sources}
    constants = validated(
        Constants, [read_toml("constants.toml")["magnesium"]], "constants.toml", found
    )
    for constant in constants:
        if constant.source not in known:
            found.append(f"constants.toml: unknown source '{constant.source}'")
    forms = validated(FormRecord, read_toml("forms.toml")["form"], "forms.toml", found)
    seen: dict[str, str] = {}
    for form in forms:
        for source in (form.formula_source, *form.absorption_sources, *form.gi_sources):
            if source not in known:
                found.append(f"forms.toml: {form.id}: unknown source '{source}'")
        for key in (form.id, *form.aliases):
            owner = seen.setdefault(normalise(key), form.id)
            if owner != form.id:
                found.append(f"forms.toml: '{key}' names both {owner} and {form.id}")
        try:
            composition(form.formula)
        except FormulaError as exc:
            found.append(f"forms.toml: {form.id}: {exc}")
    check_materials_and_names(known, {f.id for f in forms}, seen, found)
    check_products(known, {f.id for f in forms}, found)
    _check_intakes(known, found)
    _check_labels_and_interactions(known, found)
    _check_foods(found)
    _check_goals(known, found)
    return found


def _check_goals(known: set[str], found: list[str]) -> None:
    """The goal registry: ids and aliases name one goal each; timing and evidence
    keys resolve in evidence.toml; every source is known."""
    table = read_toml("evidence.toml")
    outcomes = validated(Outcome, table["outcome"], "evidence.toml", found)
    outcome_ids = {outcome.id for outcome in outcomes}
    if len(outcome_ids) != len(outcomes):
        found.append("evidence.toml: duplicate outcome ids")
    for outcome in outcomes:
        for source in (outcome.source, *outcome.mainstream_sources):
            if source not in known:
                found.append(f"evidence.toml: {outcome.id}: unknown source '{source}'")
        if not outcome.mainstream_sources and outcome.verdict != "none found":
            found.append(f"evidence.toml: {outcome.id}: a verdict needs its sources")
    goals = validated(Goal, read_toml("goals.toml")["goal"], "goals.toml", found)
    owners: dict[str, str] = {}
    for goal in goals:
        for name in (goal.id, *goal.aliases):
            owner = owners.setdefault(normalise(name), goal.id)
            if owner != goal.id:
                found.append(f"goals.toml: '{name}' names both {owner} and {goal.id}")
        if goal.timing and goal.timing not in table["timing"]:
            found.append(f"goals.toml: {goal.id}: unknown timing '{goal.timing}'")
        if goal.evidence and goal.evidence not in outcome_ids:
            found.append(f"goals.toml: {goal.id}: unknown evidence outcome '{goal.evidence}'")
        reasons = (*goal.prefer, *goal.avoid)
        for source in (*goal.sources, *(s for r in reasons for s in r.sources)):
            if source not in known:
                found.append(f"goals.toml: {goal.id}: unknown source '{source}'")


def _check_foods(found: list[str]) -> None:
    """Every USDA row well-typed, NDB numbers unique, every everyday name resolvable."""
    with open(os.path.join(DATA_DIR, FOODS_CSV), encoding="utf-8", newline="") as handle:
        text = handle.read()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = validated(FoodRow, list(reader), FOODS_CSV, found)
    if tuple(reader.fieldnames or ()) != FOOD_COLUMNS:
        found.append(f"{FOODS_CSV}: columns must be {','.join(FOOD_COLUMNS)} in that order")
    numbers = {row.ndb_no for row in rows}
    if len(numbers) != len(rows):
        found.append(f"{FOODS_CSV}: duplicate NDB numbers")
    starts = [line.partition(",")[0] for line in text.split("\n")[1:] if line]
    if rows and starts != [row.ndb_no for row in rows]:  # how data.foods.food_row finds a food
        found.append(f"{FOODS_CSV}: each food must be one line that starts with its NDB number")
    for row in rows:
        if not (row.ndb_no.isdigit() and len(row.ndb_no) == 5) or row.magnesium_mg_per_100g < 0:
            found.append(f"{FOODS_CSV}: bad row {row.ndb_no}")
    names = read_toml("foods.toml")["food"]
    by_ndb = {row.ndb_no: row for row in rows}
    for food in validated(CommonFood, names, "foods.toml", found):
        if food.ndb not in numbers:
            found.append(f"foods.toml: '{food.name}' names unknown NDB {food.ndb}")
        elif (food.ods_mg is None) != (food.ods_serving == ""):
            found.append(f"foods.toml: '{food.name}': ods_mg and ods_serving go together")
        elif food.ods_serving:
            _check_serving(by_ndb[food.ndb], food.ods_serving, found)


def _check_serving(row: FoodRow, serving: str, found: list[str]) -> None:
    try:
        grams_of(row, serving)
    except InputError as exc:
        found.append(f"foods.toml: ODS serving of {row.ndb_no}: {exc}")


def _contiguous(ranges: list[Any], where: str, found: list[str]) -> None:
    """Bands must start at birth, touch end to start, and the last be open-ended."""
    expected = 0
    for item in ranges:
        if item.from_months != expected:
            found.append(
                f"{where}: '{item.label}' starts at {item.from_months} months, expected {expected}"
            )
        expected = item.below_months
    if ranges and ranges[-1].below_months is not None:
        found.append(f"{where}: the last band must have no upper bound")


def _check_intakes(known: set[str], found: list[str]) -> None:
    for key, row in read_toml("intakes.toml").items():
        where = f"intakes.toml: {key}"
        standards = validated(Standard, [row], where, found)
        for standard in standards:
            for source in standard.sources:
                if source not in known:
                    found.append(f"{where}: unknown source '{source}'")
            _contiguous(list(standard.band), where, found)
            _contiguous(list(standard.ul), f"{where} UL", found)


def _check_labels_and_interactions(known: set[str], found: list[str]) -> None:
    labels = read_toml("labels.toml")
    sources = [dv.source for dv in validated(DailyValue, labels["dv"], "labels.toml", found)]
    sources += [
        n.source
        for n in validated(NutrientReferenceValue, [labels["nrv"]], "labels.toml nrv", found)
    ]
    for rounding in validated(LabelRounding, [labels["rounding"]], "labels.toml", found):
        sources += [rounding.amount_source, rounding.percent_source, rounding.eu_source]
        sources += [rounding.finer_source, rounding.percent_dv_source]
        steps = list(rounding.finer_increments_mg)
        if steps != sorted(steps, reverse=True) or steps[0] >= rounding.amount_increment_mg:
            found.append("labels.toml: finer_increments_mg must fall below the amount increment")
    for rule in validated(Compliance, [labels["compliance"]], "labels.toml compliance", found):
        sources += [rule.us_source, rule.eu_tolerance_source, rule.eu_per_daily_dose_source]
        sources += [rule.eu_significant_source]
        if not rule.eu_low_percent < 0 < rule.eu_high_percent:
            found.append("labels.toml: the EU tolerance must run from below to above 0%")
    materials = {m["id"] for m in read_toml("materials.toml")["material"]}
    for dried in validated(DriedBasis, labels["dried_basis"], "labels.toml dried_basis", found):
        sources.append(dried.source)
        if dried.material not in materials:
            found.append(f"labels.toml: dried_basis names no raw material '{dried.material}'")
    table = read_toml("interactions.toml")
    names: dict[str, str] = {}
    for medication in validated(Medication, table["medication"], "interactions.toml", found):
        sources += medication.sources
        timed = any((medication.separate_hours, medication.before_hours, medication.after_hours))
        timed = timed or medication.first_of_day
        if medication.interaction == "spacing" and not timed:
            found.append(f"interactions.toml: '{medication.id}' is 'spacing' with no hours")
        if medication.interaction == "avoid" and timed:
            found.append(f"interactions.toml: '{medication.id}' is 'avoid': no interval is safe")
        for name in (medication.id, *medication.aliases):
            key = name.strip().lower()
            if names.setdefault(key, medication.id) != medication.id:
                found.append(f"interactions.toml: '{name}' names two medicines")
    for kidney in validated(KidneyCaution, [table["kidney"]], "interactions.toml", found):
        sources += kidney.sources
    for rule in validated(CrclRule, [table["crcl"]], "interactions.toml crcl", found):
        sources += rule.sources
    for scale in validated(IvScale, [table["iv_scale"]], "interactions.toml iv_scale", found):
        sources += scale.sources
    for condition in validated(Condition, table["condition"], "interactions.toml", found):
        sources += condition.sources
        for name in (condition.id, *condition.aliases):
            if names.setdefault(name.strip().lower(), condition.id) != condition.id:
                found.append(f"interactions.toml: '{name}' names two entries")
    expected: int | None = None
    for category in validated(EgfrCategory, table["egfr_category"], "interactions.toml", found):
        sources += category.sources
        if category.below_egfr != expected:
            found.append(f"interactions.toml: eGFR category {category.id} does not adjoin")
        expected = category.from_egfr
    if expected != 0:
        found.append("interactions.toml: the lowest eGFR category must start at 0")
    found.extend(f"labels/interactions: unknown source '{s}'" for s in sources if s not in known)


def main() -> int:
    found = problems()
    for problem in found:
        print(f"mgcalc data: {problem}", file=sys.stderr)
    if not found:
        print("mgcalc data: all package data valid")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
