"""Names that are not a form as typed, each refused with what to use instead: a name
with two meanings or an unconfirmed branded material (data/names.toml), a product's
name, a hydrate's formula written with a space for its dot."""

from __future__ import annotations

import re

from mgcalc.core.chemistry.name_keys import normalise
from mgcalc.core.chemistry.record_parts import units_text
from mgcalc.core.errors import UnknownNameError
from mgcalc.data.chemistry import refused_names


def refuse(key: str, raw: str) -> None:
    for refused in refused_names():
        if key in {normalise(k) for k in (refused.name, *refused.aliases)}:
            error = UnknownNameError("form", raw, list(refused.use))
            error.message = f"form '{raw}': {refused.reason} ({', '.join(refused.sources)})"
            error.suggestion = "use " + " or ".join(f"'{u}'" for u in refused.use)
            raise error


def not_a_form(key: str, raw: str) -> None:
    """A product's name (``Mag-Ox 400``) or a hydrate's formula with a space for its dot
    (``MgSO4 7H2O``): not a form as typed, but each with an answer to suggest."""
    from mgcalc.data.products import products  # only for a name the catalogue lacks

    for item in products():
        if key in {normalise(k) for k in (item.id, *item.aliases)}:
            error = UnknownNameError("form", raw, [item.form])
            error.message = (
                f"'{raw}' is a product ({item.name}), not a form: elemental and compound "
                "count its units"
            )
            error.suggestion = (
                f"mgcalc elemental {item.id} 2 ({units_text(2, item.unit)}, as its label "
                "states them), "
                f"or use its form '{item.form}'"
            )
            raise error
    hydrate = re.fullmatch(r"(\S+)\s+(\d*\s*H2O)", raw)
    if hydrate is not None:
        joined = f"{hydrate[1]}.{hydrate[2].replace(' ', '')}"
        raise UnknownNameError("form", raw, [joined])
