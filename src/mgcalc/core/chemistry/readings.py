"""Which reading of a bare formula a medicine's context takes.

``MgSO4`` written alone is the salt without water to a chemist and magnesium sulfate
heptahydrate on a vial of magnesium sulfate 50%: the same 4 mL is 33.2 mEq in one
reading and 16.2 mEq in the other. :func:`mgcalc.core.chemistry.forms.resolve` reads the
formula as written and names the hydrate beside it; where the figure is a medicine's
strength (a solution's concentration) the hydrate the medicine holds is the reading, with
the source that says so, and the formula as written becomes the other reading.
"""

from __future__ import annotations

from mgcalc.core.chemistry.forms import (
    Assumption,
    Form,
    bare_table,
    by_id,
    display_name,
    normalise,
)


def in_medicine(form: Form) -> Form:
    """``form`` as a medicine's strength means it: a bare formula of a salt that medicines
    hold as a hydrate becomes that hydrate (with the source); anything else is unchanged."""
    assumed = form.assumed
    if assumed is None or assumed.basis != "formula" or assumed.other is None:
        return form
    hydrate = by_id(assumed.other)
    family = hydrate.record.family if hydrate.record is not None else hydrate.id
    bare = bare_table()[normalise(family)]
    note = (
        f"in a medicine's strength {assumed.given} means {display_name(hydrate.id)} "
        f"({hydrate.formula}, {hydrate.fraction * 100:.2f}% Mg): {bare.note}"
    )
    chosen = Assumption(
        assumed.given, hydrate.id, hydrate.name, bare.basis, note, (form.id,), bare.sources, form.id
    )
    return hydrate._replace(assumed=chosen)


def other_form(form: Form) -> Form | None:
    """The catalogue form of the other reading, if ``form`` was read from a bare formula."""
    assumed = form.assumed
    return None if assumed is None or assumed.other is None else by_id(assumed.other)
