"""``--explain``: the chain from input to figure, each step with its source."""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.chemistry.formulas import composition
from mgcalc.core.chemistry.liquids import concentration_steps
from mgcalc.core.chemistry.materials import formula_fraction, mg_per_stated_unit, nominal_percent
from mgcalc.core.chemistry.results import CompoundResult, ConvertResult, ElementalResult
from mgcalc.core.figures import plain
from mgcalc.data.chemistry import MaterialRecord, constants
from mgcalc.data.labels import nrv


def _n(value: float, places: int = 2) -> str:
    return plain(round(value, places))


def _fraction_steps(form: Form) -> list[str]:

    steps = []
    if form.assumed is not None:
        steps.append(f"assumed: {form.assumed.text()} ({', '.join(form.assumed.sources)})")
    if form.is_material:
        return steps + content_steps(form)

    mg = constants().atomic_weight
    mg_mass = form.fraction * form.molar_mass
    atoms = round(mg_mass / mg)
    # an isotope-labelled formula ([25Mg]O) carries its isotope's mass, not 24.305
    magnesium = f"{atoms} x {mg}" if abs(atoms * mg - mg_mass) < 1e-3 else f"{mg_mass:.3f}"
    where = "catalogue entry, PubChem formula (PUBCHEM)" if form.record else "formula as given"
    return [
        *steps,
        f"form: {form.id} = {form.formula} ({where})",
        f"molar mass {composition(form.formula).molar_mass:.3f} g/mol (molmass, IUPAC weights)",
        f"Mg fraction = {magnesium} / {form.molar_mass:.3f} = {form.fraction:.5f} (IUPAC)",
    ]


def _moles(elemental_mg: float) -> list[str]:
    mg, valence = constants().atomic_weight, constants().valence
    return [
        f"mmol = {_n(elemental_mg)} mg / {mg} mg/mmol = {_n(elemental_mg / mg, 3)} (IUPAC)",
        f"mEq = mmol x {valence} (Mg2+ is divalent) = {_n(valence * elemental_mg / mg, 3)}",
    ]


@singledispatch
def explain(result: Any) -> list[str]:
    """A result that knows its own chain (``explain_steps``) says it; else nothing."""
    steps = getattr(result, "explain_steps", None)
    return list(steps()) if callable(steps) else []


@explain.register
def _(result: ElementalResult) -> list[str]:
    steps = _fraction_steps(result.form) + _liquid_steps(result)
    compound = result.compound_mg
    line = f"elemental = {_n(compound)} mg x {result.form.fraction:.5f}"
    if result.purity != 1:
        line += f" x purity {result.purity:g}"
    steps.append(f"{line} = {_n(result.elemental_mg)} mg")
    return steps + _moles(result.elemental_mg)


def _liquid_steps(result: ElementalResult | CompoundResult) -> list[str]:

    return concentration_steps(result)


@explain.register
def _(result: CompoundResult) -> list[str]:
    steps = _fraction_steps(result.form)
    divisor = f"{result.form.fraction:.5f}" + (
        f" x purity {result.purity:g}" if result.purity != 1 else ""
    )
    steps.append(
        f"compound = {_n(result.elemental_mg)} mg / {divisor} = {_n(result.compound_mg)} mg"
    )
    if result.units is not None and result.unit_size_mg:
        steps.append(
            f"unit = {_n(result.unit_elemental_mg or 0)} mg elemental = "
            f"{_n(result.unit_size_mg)} mg compound; "
            f"units = ceil({_n(result.compound_mg)} / {_n(result.unit_size_mg)}) = "
            f"{result.units}, supplying {_n(result.supplied_elemental_mg or 0)} mg"
        )
    return steps + _liquid_steps(result)


@explain.register
def _(result: ConvertResult) -> list[str]:
    return [f"given {result.given} = {_n(result.mg)} mg elemental", *_moles(result.mg)]


def explain_intake(result: Any) -> list[str]:
    """For check and plan results (imported lazily: they pull in more of core)."""
    stage = result.stage
    steps = [
        f"standard: {stage.standard.title} ({', '.join(stage.standard.sources)})",
        f"life stage: {stage.heading} -> band '{stage.band.label}'",
        f"reference: {stage.reference_type} {stage.reference_mg} mg "
        f"({', '.join(stage.standard.sources)})",
        f"UL (supplements only): {stage.ul_mg} mg for {stage.upper.label}",
    ]
    for item in getattr(result, "foods", []):
        steps.append(
            f"food: {item.input} -> {_n(item.elemental_mg)} mg"
            + (" (USDA SR28)" if item.source == "USDA" else " (as given)")
        )
    for item in getattr(result, "supplements", []):
        steps.append(f"supplement: {item.input} -> {_n(item.elemental_mg)} mg{_read_as(item)}")
    kidney = getattr(result, "kidney", None)
    if kidney is not None and kidney.category is not None:
        category = kidney.category
        steps.append(
            f"kidney: {kidney.describe()} -> supplements {category.supplements} "
            f"({', '.join(category.sources)})"
        )
    for use in getattr(result, "medications", []):
        medication = use.medication
        if medication is None:
            steps.append(f"medicine: {use.name} -> not known to mgcalc (caution)")
            continue
        window = ""
        if medication.separate_hours or medication.before_hours or medication.after_hours:
            either = medication.separate_hours or 0
            window = (
                f", magnesium >= {medication.before_hours or either} h after it and "
                f">= {medication.after_hours or either} h before it"
            )
        steps.append(
            f"medicine: {use.name} -> {medication.id} ({medication.interaction}{window}; "
            f"{', '.join(medication.sources)})"
        )
    return steps


def _read_as(item: Any) -> str:
    count = f" ({item.count} x)" if getattr(item, "count", 1) > 1 else ""
    if item.source == "FDA16":
        return f" (label figure, elemental: 21 CFR 101.36, FDA16){count}"
    if item.form:
        return f" via {item.form}, {_n(item.compound_mg or 0)} mg compound (PUBCHEM, IUPAC){count}"
    return f" (elemental, as given){count}"


def explain_plan(result: Any) -> list[str]:
    steps = explain_intake(result)
    stage = result.stage
    steps.append(
        f"gap = {stage.reference_type} {stage.reference_mg} - food "
        f"{_n(result.food_mg)} = {_n(result.gap_mg)} mg, capped at the UL "
        f"{stage.ul_mg} mg"
    )
    for dose in result.doses:
        units = f" = {dose.units} unit(s)" if dose.units is not None else ""
        steps.append(
            f"dose {dose.time}: {_n(dose.elemental_mg)} mg elemental{units} = "
            f"{_n(dose.compound_mg)} mg {result.form.id} "
            f"(/ {result.form.fraction:.5f}, PUBCHEM, IUPAC)"
        )
    low, high = result.supplement_span
    if result.doses and _n(low) != _n(high):
        steps.append(
            f"stated content {_n(low)}-{_n(high)} mg; the top, {_n(high)} mg, is held "
            f"against the UL {stage.ul_mg} mg, as check counts it ({result.form.sources[0]})"
        )
    return steps


def explain_label(result: Any) -> list[str]:
    parsed = result.parsed
    record = result.record()
    if parsed.line != parsed.text:
        steps = [f"panel: read the row '{parsed.line}'; ignored {len(parsed.ignored)} line(s)"]
    else:
        steps = []
    figure = (
        f"{parsed.stated_percent_display} (no amount)"
        if parsed.amount_mg is None
        else f"{_n(parsed.amount_mg)} mg"
    )
    steps.append(
        f"figure on the line: {figure}, read as {parsed.figure_is}"
        + (
            " (US Supplement Facts convention: 'Magnesium (as ...)' is elemental, FDA16)"
            if parsed.figure_is == "elemental"
            else " (the line names the salt itself)"
        )
    )
    for form in parsed.forms:
        steps += _fraction_steps(form)
    low, high = record["elemental_low_mg"], record["elemental_high_mg"]
    span = _n(low) if low == high else f"{_n(low)}-{_n(high)}"
    steps.append(
        f"per serving ({result.units_per_serving} unit(s)) = {span} mg elemental; "
        f"per day x {result.servings}"
    )
    steps.append(
        f"%DV = {span} / {record['dv_mg']} mg ({record['dv_basis']}, FDA16) = "
        f"{record['percent_dv_display']} (nearest whole percent, 21 CFR 101.36(b)(2)(iii))"
    )
    steps.append(f"%NRV = {span} / {nrv().mg} mg (EU1169) = {record['percent_nrv_display']}")
    return steps


def content_steps(form: Form) -> list[str]:
    """``--explain`` lines for a material: what the source states and how it becomes a fraction."""
    record = form.record
    assert isinstance(record, MaterialRecord)
    steps = [f"form: {form.id} = {form.name} (raw material; {record.content_source})"]
    steps.append(f"stated: {record.stated} ({record.content_source})")
    if record.blend:
        parts = " + ".join(
            f"{part.percent:g}% x {formula_fraction(part.form):.5f} ({part.form})"
            for part in record.blend
        )
        steps.append(f"Mg fraction = {parts} = {form.fraction:.5f} (PUBCHEM, IUPAC)")
        return steps
    nominal = nominal_percent(record)
    how = "stated" if record.content_percent is not None else "midpoint of the stated range"
    if record.content_as != "Mg":
        factor = mg_per_stated_unit(record)
        steps.append(
            f"Mg fraction = {nominal:g}% {record.content_as} ({how}) x {factor:.5f} "
            f"(Mg in {record.content_as}, IUPAC) = {form.fraction:.5f}"
        )
    else:
        steps.append(f"Mg fraction = {nominal:g}% ({how}) = {form.fraction:.5f}")
    if form.fraction_low is not None and form.fraction_high is not None:
        steps.append(
            f"stated range -> Mg fraction {form.fraction_low:.5f} to {form.fraction_high:.5f}"
        )
    return steps
