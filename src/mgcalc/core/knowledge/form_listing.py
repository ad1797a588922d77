"""A catalogue form as ``forms`` and the knowledge commands list it.

A listing row describes the form itself (fraction, absorption, GI note, sources),
not an amount of it, so it lives apart from the calculators' results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from mgcalc.core.figures import frac5

if TYPE_CHECKING:  # annotations only: a listing module need not load the catalogue
    from mgcalc.core import fields
    from mgcalc.core.chemistry.forms import Form


class FormRecordOut(TypedDict):
    id: fields.Id
    name: fields.Name
    formula: fields.Formula
    fraction: fields.Fraction
    percent: fields.Percent
    molar_mass_g_mol: fields.MolarMassGMol | None
    absorption: fields.Absorption
    absorption_note: fields.AbsorptionNote
    gi_note: fields.GiNote
    aliases: fields.Aliases
    sources: fields.Sources
    fraction_low: fields.FractionLow | None
    fraction_high: fields.FractionHigh | None
    stated: fields.Stated | None


def form_record(form: Form) -> FormRecordOut:
    record = form.record
    return {
        "id": form.id,
        "name": form.name,
        "formula": form.formula,
        "fraction": frac5(form.fraction),
        "percent": round(form.fraction * 100, 2),
        "molar_mass_g_mol": None if form.is_material else round(form.molar_mass, 3),
        "absorption": record.absorption if record else "unknown",
        "absorption_note": record.absorption_note if record else "",
        "gi_note": record.gi_note if record else "",
        "aliases": list(record.aliases) if record else [],
        "sources": sorted(
            {*form.sources, *(record.absorption_sources + record.gi_sources if record else ())}
        ),
        "fraction_low": None if form.fraction_low is None else frac5(form.fraction_low),
        "fraction_high": None if form.fraction_high is None else frac5(form.fraction_high),
        "stated": getattr(record, "stated", None),
    }
