"""Raw materials whose magnesium content a source states (data/materials.toml).

A pharmacopoeia states USP magnesium carbonate as 40.0-43.5% MgO; a maker states
that 2 g of Magtein supplies about 144 mg. Those figures are data with a source,
not formula arithmetic: only the conversion of an MgO percentage to Mg, and the
content of a stated blend of catalogue salts, are computed (molmass).
"""

from __future__ import annotations

from functools import cache

from mgcalc.core.chemistry.formulas import composition
from mgcalc.data.chemistry import MaterialRecord, form_records


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


@cache
def formula_fraction(form_id: str) -> float:
    """Magnesium fraction of a catalogue formula entry (a blend's part), from its formula."""
    record = next(record for record in form_records() if record.id == form_id)
    return composition(record.formula).magnesium_fraction


def material_fractions(record: MaterialRecord) -> tuple[float, float | None, float | None]:
    """The nominal magnesium fraction of a raw material and its stated low and high:
    a blend's from its parts' formulas, the others from the stated content."""
    if record.blend:
        fraction = sum(part.percent / 100 * formula_fraction(part.form) for part in record.blend)
        return fraction, None, None
    factor = mg_per_stated_unit(record)
    low = None if record.content_low is None else record.content_low / 100 * factor
    high = None if record.content_high is None else record.content_high / 100 * factor
    return nominal_percent(record) / 100 * factor, low, high
