"""Validation of the products by name (products.toml).

Called by :func:`mgcalc.data.validate.problems`; split out to keep each module small.
"""

from __future__ import annotations

from mgcalc.core.chemistry.forms import by_id, normalise
from mgcalc.data import read_toml
from mgcalc.data.products import IvDose, ProductRecord
from mgcalc.data.strict_rows import validated

MAX_LABEL_GAP = 0.03  # a label's magnesium within 3% of what its salt's formula gives


def check_products(known: set[str], form_ids: set[str], found: list[str]) -> None:
    """Sources resolve, forms exist, names are unique, and where a label states both the
    salt's weight and the magnesium, the two agree with the formula."""
    where = "products.toml"
    table = read_toml(where)
    seen: dict[str, str] = {}
    for item in validated(ProductRecord, table["product"], where, found):
        for source in item.sources:
            if source not in known:
                found.append(f"{where}: {item.id}: unknown source '{source}'")
        if item.form not in form_ids:
            found.append(f"{where}: {item.id}: unknown form '{item.form}'")
            continue
        for key in (item.id, *item.aliases):
            owner = seen.setdefault(normalise(key), item.id)
            if owner != item.id:
                found.append(f"{where}: '{key}' names both {owner} and {item.id}")
        if item.compound_mg is not None:
            computed = item.compound_mg * by_id(item.form).fraction
            if abs(computed - item.elemental_mg) > MAX_LABEL_GAP * item.elemental_mg:
                found.append(
                    f"{where}: {item.id}: {item.compound_mg:g} mg of {item.form} is "
                    f"{computed:.1f} mg magnesium, the label says {item.elemental_mg:g}"
                )
        if not item.sources or item.elemental_mg <= 0:
            found.append(f"{where}: {item.id}: needs a source and a positive magnesium figure")
    for dose in validated(IvDose, table["iv_dose"], where, found):
        if dose.form not in form_ids or not set(dose.sources) <= known:
            found.append(f"{where}: {dose.name}: unknown form or source")
