"""Over-the-counter products by name as FORMs: ``mag-ox-400 2`` is two tablets.

A product's magnesium is its label's own figure a unit (241.3 mg a Mag-Ox 400 tablet),
never recomputed from the formula, so what mgcalc says matches the box a pharmacist
holds. AMOUNT counts the label's units (``2``, ``2 tablets``, ``3 tsp`` of Epsom salt);
a liquid also takes a volume (``30mL`` of milk of magnesia is two 15 mL units); a weight
(``10g`` of Epsom salt) is the weight of the salt the product holds.
"""

from __future__ import annotations

import re
from functools import cache

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.concentration import Concentration, is_volume, parse_volume
from mgcalc.core.chemistry.counts import parse_count
from mgcalc.core.chemistry.forms import Form, by_id, form_key, normalise
from mgcalc.core.chemistry.quantity import Quantity, parse_quantity
from mgcalc.core.chemistry.results import CompoundResult, ElementalResult
from mgcalc.core.errors import InputError, QuantityError
from mgcalc.data.products import ProductRecord, products

MAX_PRODUCT_UNITS = 100  # a bare number above it is a weight typed without its unit
_COUNTED = r"(?P<number>[^\sA-Za-z]+)\s*(?P<word>[A-Za-z][A-Za-z.' -]*)?"


@cache
def _table() -> dict[str, ProductRecord]:
    return {normalise(key): item for item in products() for key in (item.id, *item.aliases)}


def find_product(text: str) -> ProductRecord | None:
    """The product ``text`` names (``Mag-Ox 400``, ``slow-mag``), or None."""
    return _table().get(form_key(text))


def product_form(product: ProductRecord) -> Form:
    """The catalogue form the product holds, named as the product, with the label's
    fraction where the label states the salt's weight."""
    form = by_id(product.form)
    fraction = product.elemental_mg / product.compound_mg if product.compound_mg else form.fraction
    return form._replace(name=product.name, fraction=fraction)


def product_units(product: ProductRecord, text: str) -> float | None:
    """The units of ``product`` in ``text``; None when ``text`` is a weight."""
    raw = text.strip()
    counted = re.fullmatch(_COUNTED, raw)
    words = {normalise(w) for w in (*product.unit_words, product.unit)}
    if counted and (not counted["word"] or normalise(counted["word"]) in words):
        what = f"units of {product.id} ({product.unit})"
        try:
            return parse_count(counted["number"], what, most=MAX_PRODUCT_UNITS)
        except QuantityError as exc:
            exc.suggestion = f"a bare number counts {product.unit}s; for a weight give its unit"
            raise
    if is_volume(raw):
        if product.unit_ml is None:
            raise InputError(
                f"{product.id} is counted in {product.unit}s, not measured by volume",
                suggestion=f"give a count, e.g. mgcalc elemental {product.id} 2",
            )
        return parse_volume(raw).ml / product.unit_ml
    return None


def label_concentration(product: ProductRecord) -> Concentration | None:
    """A liquid's magnesium per mL as its label states it."""
    if product.unit_ml is None:
        return None
    given = f"{product.elemental_mg:g} mg magnesium per {product.unit_ml:g} mL (label)"
    return Concentration(given, product.elemental_mg / product.unit_ml, "elemental", "SI")


def product_elemental(product: ProductRecord, text: str, *, count: int = 1) -> ElementalResult:
    """Magnesium in ``text`` (units, a volume or a weight) of ``product``, ``count`` times."""
    units = product_units(product, text)
    if units is None:  # a weight: of the salt the product holds
        return calc.elemental(by_id(product.form), parse_quantity(text, bulk=True), count=count)
    form = product_form(product)
    total = units * count
    elemental_mg = total * product.elemental_mg
    concentration = label_concentration(product)
    volume = None
    if concentration is not None and product.unit_ml is not None:
        volume = parse_volume(f"{units * product.unit_ml:.6g} mL")
    return ElementalResult(
        form=form,
        compound_mg=elemental_mg / form.fraction,
        elemental_mg=elemental_mg,
        mmol=calc.mmol_of(elemental_mg),
        meq=calc.meq_of(elemental_mg),
        count=count,
        purity=1.0,
        volume=volume,
        concentration=concentration,
        product=product,
        units=total,
    )


def product_compound(product: ProductRecord, target: Quantity) -> CompoundResult:
    """The units of ``product`` that supply ``target`` magnesium (whole tablets, rounded
    up), or for a liquid the volume, from the label's figure a unit."""
    form = product_form(product)
    concentration = label_concentration(product)
    if concentration is not None:
        from mgcalc.core.chemistry.liquids import volume_for

        return volume_for(form, target, concentration)
    per_unit = parse_quantity(f"{product.elemental_mg:g}mg")
    return calc.compound(form, target, unit_size=per_unit)
