"""Table views for the calculators, the form catalogue and sources."""

from __future__ import annotations

from typing import Any

from mgcalc.core.figures import mass_range, plain
from mgcalc.data.chemistry import constants
from mgcalc.data.knowledge import evidence
from mgcalc.render.views.base import Column, View, num, pct, sources_note


def form_notes(result: Any) -> list[str]:
    """Both readings of a bare formula, what was assumed about a bare name, and the
    stated range of a raw material."""
    form = result.form
    notes = [f"Caution: {text}" for text in result.warnings()]
    product = getattr(result, "product", None)
    if product is not None:
        from mgcalc.core.chemistry.record_parts import units_text

        dated = f", label of {product.label_date}" if product.label_date else ", label undated"
        notes.append(
            f"{units_text(result.units, product.unit)} of {product.name}: "
            f"{plain(product.elemental_mg)} mg magnesium a {product.unit}, as the label "
            f"states it ({', '.join(product.sources)}{dated})."
            + (f" {product.note}" if product.note else "")
        )
    if form.assumed is not None:
        notes.append(f"Assumed: {form.assumed.text()} ({', '.join(form.assumed.sources)})")
    if form.has_range:
        record = form.record
        notes.append(
            f"Stated content: {record.stated} ({record.content_source}); figures use the "
            f"{'stated' if record.content_percent is not None else 'midpoint'} value, "
            "low-high in brackets."
        )
    return notes


def liquid_notes(result: Any, rec: Any) -> list[str]:
    """How a volume became a weight: the concentration per mL, and the spoon standard."""
    from mgcalc.core.chemistry.forms import display_name

    if rec["volume_ml"] is None:
        return []
    notes = [
        f"Concentration {rec['concentration']}: {plain(rec['compound_mg_per_ml'])} mg/mL of "
        f"{display_name(result.form.id)}, {plain(rec['elemental_mg_per_ml'])} mg/mL magnesium."
    ]
    if "USP1221" in rec["sources"]:
        notes.append(
            "1 tsp = 5 mL, 1 tbsp = 15 mL (USP <1221>): measure with an oral syringe or "
            "dosing cup, not a kitchen spoon."
        )
    return notes


def mg_range(value: float, low: float | None, high: float | None) -> str:
    """``251.77 g (241.21-262.32 g)``: the range in the unit of the figure beside it."""
    if low is None or high is None:
        return num(value, "mg")
    return mass_range(value, low, high)


def pct_range(fraction: float, low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return pct(fraction)
    return f"{pct(fraction)} ({low * 100:.2f}-{high * 100:.2f})"


def elemental_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    notes = form_notes(result) + liquid_notes(result, rec)
    if rec["count"] > 1 and rec["volume_ml"] is not None:
        notes.append(f"{rec['count']} doses of {result.volume.given}.")
    elif rec["count"] > 1:
        notes.append(f"{rec['count']} units of {num(rec['compound_mg'] / rec['count'], 'mg')}.")
    if rec["purity"] < 1:
        notes.append(f"Purity {pct(rec['purity'])} applied to the formula fraction.")
    notes.append(sources_note(rec["sources"]))
    liquid = rec["volume_ml"] is not None
    return View(
        title=f"Elemental magnesium in {rec['name']}",
        columns=[
            Column("Form"),
            Column("Formula"),
            Column("Mg", True),
            *([Column("Volume", True)] if liquid else []),
            Column("Compound", True),
            Column("Elemental", True),
            Column("mmol", True),
            Column("mEq", True),
        ],
        rows=[
            [
                rec["form"],
                rec["formula"],
                pct_range(rec["fraction"], rec["fraction_low"], rec["fraction_high"]),
                *([num(rec["volume_ml"], "mL")] if liquid else []),
                num(rec["compound_mg"], "mg"),
                mg_range(rec["elemental_mg"], rec["elemental_low_mg"], rec["elemental_high_mg"]),
                num(rec["elemental_mmol"]),
                num(rec["elemental_meq"]),
            ]
        ],
        notes=notes,
    )


def compound_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    columns = [
        Column("Form"),
        Column("Formula"),
        Column("Mg", True),
        Column("Elemental Mg", True),
        Column("mmol", True),
        Column("mEq", True),
        Column("Compound", True),
    ]
    row = [  # mmol and mEq too: a pharmacist asks in mEq and checks the answer in mEq
        rec["form"],
        rec["formula"],
        pct_range(rec["fraction"], rec["fraction_low"], rec["fraction_high"]),
        num(rec["elemental_mg"], "mg"),
        num(rec["elemental_mmol"]),
        num(rec["elemental_meq"]),
        mg_range(rec["compound_mg"], rec["compound_low_mg"], rec["compound_high_mg"]),
    ]
    notes = form_notes(result) + liquid_notes(result, rec)
    if rec["volume_ml"] is not None:
        columns.append(Column("Volume", True))
        row.append(num(rec["volume_ml"], "mL"))
    if rec["units"] is not None:
        columns += [Column("Units", True), Column("Supplies", True)]
        row += [str(rec["units"]), num(rec["supplied_elemental_mg"], "mg")]
        exact = result.compound_mg / result.unit_size_mg  # full precision, not the record's
        notes.append(
            f"{plain(round(exact, 2))} units of {result.unit_size_mg:.4g} mg "
            f"({num(rec['elemental_per_unit_mg'] or 0, 'mg')} elemental) needed, "
            f"rounded up to {rec['units']}."
        )
    notes.append(sources_note(rec["sources"]))
    title = (
        f"Elemental magnesium in {num(rec['compound_mg'], 'mg')} of {rec['name']}"
        if rec["amount_is"] == "compound"
        else f"Compound weight of {rec['name']} that supplies "
        f"{num(rec['elemental_mg'], 'mg')} of elemental magnesium"
    )
    return View(title, columns, [row], notes)


def convert_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    return View(
        title=f"Elemental magnesium: {rec['given']}",
        columns=[Column("mg", True), Column("mmol", True), Column("mEq", True)],
        rows=[[num(rec["elemental_mg"]), num(rec["elemental_mmol"]), num(rec["elemental_meq"])]],
        notes=[
            f"1 mmol Mg = {constants().atomic_weight} mg = {constants().valence} mEq. "
            + sources_note(rec["sources"])
        ],
    )


def general_use(form_id: str) -> str:
    """The default view's verdict, from the 'general' goal in goals.toml."""
    from mgcalc.core.chemistry.forms import resolve
    from mgcalc.core.knowledge.ranking import get_goal, reason_for

    score = reason_for(get_goal("general"), resolve(form_id)).score
    return "recommended" if score >= 3 else "POOR CHOICE" if score <= -3 else ""


def forms_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    ranged = [
        r for r in records if r["fraction_low"] is not None and r["fraction_high"] is not None
    ]
    rows = [
        [
            rec["id"],
            rec["formula"],
            f"{rec['percent']:.2f}%" + ("*" if rec in ranged else ""),
            rec["absorption"],
            general_use(rec["id"]),
            rec["gi_note"],
        ]
        for rec in records
    ]
    stated = ", ".join(
        f"{r['id']} {r['fraction_low'] * 100:.2f}-{r['fraction_high'] * 100:.2f}%" for r in ranged
    )
    return View(
        title="Magnesium forms",
        columns=[
            Column("Form"),
            Column("Formula"),
            Column("Mg", True),
            Column("Absorption"),
            Column("General use"),
            Column("Stomach"),
        ],
        rows=rows,
        notes=[
            "General use: glycinate and citrate are recommended (well absorbed; SEED, "
            "KAPPELER17); oxide is a poor choice for raising magnesium status (about "
            f"{evidence()['absorption']['oxide_percent']}% "
            "absorbed, laxative; FIROZ01, SEED). Rank for a goal: mgcalc forms --goal GOAL.",
            "Mg % computed from each formula, or for raw materials from the content a source "
            "states. Absorption tiers are study-specific: mgcalc forms --json for notes and "
            "sources.",
            *([f"* nominal figure of a stated range: {stated}."] if ranged else []),
            "Products by name (Mag-Ox 400, Slow-Mag, ...) count their label's units: "
            "mgcalc forms --products.",
        ],
    )


def products_view(result: Any, ascii_only: bool = False) -> View:
    """Each product by name: what a unit holds as its label states it, and the label."""
    records = result.records()
    rows = [
        [
            rec["id"],
            rec["form"],
            rec["product_unit"],
            num(rec["elemental_per_unit_mg"], "mg"),
            "-" if rec["max_units_per_day"] is None else plain(rec["max_units_per_day"]),
            rec["label_date"] or "undated",
        ]
        for rec in records
    ]
    cited = sorted({source for rec in records for source in rec["sources"]})
    return View(
        title="Products by name (over the counter)",
        columns=[
            Column("Product"),
            Column("Form"),
            Column("Unit"),
            Column("Mg a unit", True),
            Column("Most a day", True),
            Column("Label"),
        ],
        rows=rows,
        notes=[
            "Magnesium a unit as each label states it. AMOUNT counts units: mgcalc elemental "
            "mag-ox-400 2; a liquid also takes a volume (30mL). Most a day: the label's limit "
            "in 24 hours unless a doctor directs.",
            sources_note(cited),
        ],
    )


def sources_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [
            rec["id"],
            rec["citation"]
            + (f" {rec['url']}" if rec["url"] else "")
            + (f" Secondary: {rec['secondary']}" if rec["secondary"] else ""),
        ]
        for rec in result.records()
    ]
    return View("Sources", [Column("Id"), Column("Citation")], rows)
