"""Raw materials whose magnesium content a source states (data/materials.toml).

A pharmacopoeia states USP magnesium carbonate as 40.0-43.5% MgO; a maker states
that 2 g of Magtein supplies about 144 mg. Those figures are data with a source,
not formula arithmetic: only the conversion of an MgO percentage to Mg, and the
content of a stated blend of catalogue salts, are computed (molmass).
"""

from __future__ import annotations

from mgcalc.core.chemistry.forms import Form, by_id
from mgcalc.core.chemistry.formulas import composition
from mgcalc.data.records import MaterialRecord


def mg_per_stated_unit(record: MaterialRecord) -> float:
    """Mass fraction of Mg in what the percentages are stated as (1 for Mg, ~0.603 for MgO)."""
    return 1.0 if record.content_as == "Mg" else composition(record.content_as).magnesium_fraction


def nominal_percent(record: MaterialRecord) -> float:
    """The stated figure, or the midpoint of the stated range when none is stated."""
    if record.content_percent is not None:
        return record.content_percent
    if record.content_low is not None and record.content_high is not None:
        return (record.content_low + record.content_high) / 2
    raise ValueError(f"material {record.id} states no content")  # validate.py forbids this


def material_form(record: MaterialRecord) -> Form:
    factor = mg_per_stated_unit(record)
    if record.blend:
        fraction = sum(part.percent / 100 * by_id(part.form).fraction for part in record.blend)
        return Form(record.id, record.name, record.formula, fraction, 0.0, record)
    low = None if record.content_low is None else record.content_low / 100 * factor
    high = None if record.content_high is None else record.content_high / 100 * factor
    fraction = nominal_percent(record) / 100 * factor
    return Form(record.id, record.name, record.formula, fraction, 0.0, record, None, low, high)


def content_steps(form: Form) -> list[str]:
    """``--explain`` lines for a material: what the source states and how it becomes a fraction."""
    record = form.record
    assert isinstance(record, MaterialRecord)
    steps = [f"form: {form.id} = {form.name} (raw material; {record.content_source})"]
    steps.append(f"stated: {record.stated} ({record.content_source})")
    if record.blend:
        parts = " + ".join(
            f"{part.percent:g}% x {by_id(part.form).fraction:.5f} ({part.form})"
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
