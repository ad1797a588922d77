"""The magnesium content a declaration is written from, and why that one.

A reader of a label wants the best estimate of what a capsule holds; a label writer
must not declare more than the product holds (21 CFR 101.9(g)(4)(i)). So the writer
does not use the nominal figures the calculators show:

- a raw material stated as a range (USP carbonate 40.0-43.5% MgO) is declared from
  the specification minimum, since any conforming lot may sit there; a minimum on the
  dried substance is first brought to the powder as weighed (loss on drying);
- a buffered blend's mix differs from maker to maker: without an assay it is declared
  from its leanest part (a blend of glycinate and oxide holds at least glycinate's
  share of magnesium);
- a bare salt name sold in several hydrates (``citrate``) is declared from the hydrate
  with the least magnesium, the figure that never over-declares; the exact id or an
  assay declares from that instead;
- ``--purity`` scales the figure (an assay of the salt, ``98%``) or replaces it (the
  lot's magnesium content, ``11.9%Mg``) as a certificate of analysis states it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.chemistry.calc import parse_purity
from mgcalc.core.chemistry.forms import Form, all_records, by_id, display_name
from mgcalc.core.chemistry.materials import formula_fraction
from mgcalc.core.errors import InputError
from mgcalc.core.figures import plain
from mgcalc.data.chemistry import MaterialRecord
from mgcalc.data.labels import dried_basis

_MG_CONTENT = r"(?i)^\s*([0-9]*\.?[0-9]+)\s*%\s*(?:mg|magnesium)\s*$"


class Purity(NamedTuple):
    """``--purity`` as given: a share of the named salt, or the lot's % magnesium."""

    value: float
    is_magnesium: bool
    text: str


def parse_label_purity(text: str) -> Purity:
    """``0.98`` or ``98%``: the raw material's assay as the named salt; ``11.9%Mg``:
    its magnesium content, as a certificate of analysis states either."""
    found = re.match(_MG_CONTENT, text)
    if found is None:
        return Purity(parse_purity(text), False, text.strip())
    value = float(found[1]) / 100
    if not 0 < value <= 1:
        raise InputError(f"magnesium content must be above 0% and at most 100%, got '{text}'")
    return Purity(value, True, text.strip())


class ContentBasis(NamedTuple):
    """The fraction a declaration uses for one form, its kind (``formula``,
    ``spec_minimum``, ``leanest_part``, ``least_hydrate``, ``assay``), and the
    sentence that says so (None where the catalogue figure is used as it is)."""

    form: Form
    fraction: float
    kind: str
    note: str | None
    sources: tuple[str, ...]


def hydrates(form: Form) -> list[Form]:
    """The catalogue's hydrates of ``form``'s salt (same formula but for the water)."""
    if form.record is None or isinstance(form.record, MaterialRecord):
        return [form]
    salt = form.formula.split(".")[0]
    return [
        by_id(record.id)
        for record in all_records()
        if not isinstance(record, MaterialRecord) and record.formula.split(".")[0] == salt
    ]


def content_basis(form: Form, purity: Purity | None = None) -> ContentBasis:
    """The figure to declare ``form`` from (see the module's rules)."""
    if purity is not None and purity.is_magnesium:
        return _assayed(form, purity)
    basis = _catalogue_basis(form)
    if purity is None or purity.value == 1:
        return basis
    fraction = basis.fraction * purity.value
    note = (
        f"{display_name(form.id)} at {plain(round(purity.value * 100, 3))}% purity (--purity): "
        f"{fraction:.2%} magnesium."
    )
    return basis._replace(fraction=fraction, note=" ".join(filter(None, [basis.note, note])))


def _catalogue_basis(form: Form) -> ContentBasis:
    record = form.record
    name = display_name(form.id)
    if isinstance(record, MaterialRecord) and record.blend:
        parts = sorted(record.blend, key=lambda part: formula_fraction(part.form))
        lean = formula_fraction(parts[0].form)
        return ContentBasis(
            form,
            lean,
            "leanest_part",
            f"{name} is a blend whose mix differs between makers ({record.stated}); without "
            f"an assay the line uses its leanest part, {display_name(parts[0].form)} "
            f"({lean:.2%} Mg), which never over-declares: give the blend's assay as "
            "--purity N%Mg.",
            (record.content_source,),
        )
    if form.fraction_low is not None and form.fraction_low < form.fraction:
        assert isinstance(record, MaterialRecord)
        low, sources = form.fraction_low, [record.content_source]
        dried = dried_basis().get(form.id)
        why = f"{record.stated} ({record.content_source})"
        if dried is not None:
            low *= 1 - dried.loss_on_drying_max_percent / 100
            sources.append(dried.source)
            why += (
                f"; on the dried substance, so at the loss on drying allowed "
                f"({plain(dried.loss_on_drying_max_percent)}%, {dried.source}) the powder as "
                "weighed holds less"
            )
        return ContentBasis(
            form,
            low,
            "spec_minimum",
            f"{name} is stated as {why}: the line uses the stated minimum, "
            f"{low:.2%} Mg (nominal {form.fraction:.2%}), as any conforming lot may sit "
            "there; give the lot's assay as --purity N%Mg to declare from it.",
            tuple(sources),
        )
    if form.assumed is not None:
        family = hydrates(form)
        least = min(family, key=lambda f: f.fraction)
        if least.fraction < form.fraction - 1e-12:
            return ContentBasis(
                form,
                least.fraction,
                "least_hydrate",
                f"'{form.assumed.given}' names a salt sold as several hydrates: the line uses "
                f"the one with the least magnesium, {display_name(least.id)} "
                f"({least.fraction:.2%} Mg, id {least.id}), which never over-declares; give "
                f"the raw material's id ({', '.join(f.id for f in family)}) or its assay "
                "(--purity N%Mg) to declare from it.",
                form.assumed.sources,
            )
    return ContentBasis(form, form.fraction, "formula", None, ())


def _assayed(form: Form, purity: Purity) -> ContentBasis:
    """The lot's magnesium content: it must be possible for the named salt."""
    richest = max(hydrates(form), key=lambda f: f.fraction_high or f.fraction)
    top = richest.fraction_high or richest.fraction
    if isinstance(form.record, MaterialRecord) and form.record.blend:
        top = max(formula_fraction(part.form) for part in form.record.blend)
    name = f"'{form.assumed.given}'" if form.assumed is not None else display_name(form.id)
    if purity.value > top + 1e-9:
        raise InputError(
            f"--purity {purity.text}: {display_name(form.id)} holds at most {top:.2%} "
            "magnesium; check the certificate of analysis and the form",
        )
    return ContentBasis(
        form,
        purity.value,
        "assay",
        f"{name} declared from the lot's assay, {purity.value:.2%} Mg (--purity)"
        + (", which settles its hydrate." if form.assumed is not None else "."),
        (),
    )
