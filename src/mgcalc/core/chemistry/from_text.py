"""``elemental`` and ``compound`` for an amount described as text: the one entry point
for the command line and for batch rows.

Every argument is a keyword with the option's name (``count``, ``purity``,
``unit_size``...) and values are the text a person typed (an option, a CSV cell),
so a single run and each row of a batch compute alike: an option given with
``--batch`` is passed to every row as it would be to one run. ``None`` is "not
given" (the calculators' defaults), so the common line, a form and an amount, reads
nothing it does not need.
"""

from __future__ import annotations

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.chemistry.products import find_product, product_compound, product_elemental
from mgcalc.core.chemistry.quantity import parse_quantity, parse_unit_size
from mgcalc.core.chemistry.results import CompoundResult, ElementalResult
from mgcalc.core.errors import InputError


def elemental_of(
    *,
    form: str,
    amount: str,
    count: str | None = None,
    purity: str | None = None,
    concentration: str | None = None,
) -> ElementalResult:
    """Elemental magnesium in ``count`` units of ``amount`` of ``form`` (a mass, or a
    volume of a liquid at ``concentration``), or in ``amount`` of a product by name
    (tablets, doses, teaspoons: :mod:`mgcalc.core.chemistry.products`)."""
    units = 1 if count is None else calc.parse_count(count)
    share = 1.0 if purity is None else calc.parse_purity(purity)
    product = find_product(form)
    if product is not None:  # an OTC product by name: AMOUNT counts its label's units
        if concentration is not None or share != 1:
            given = "--concentration" if concentration is not None else "--purity"
            raise InputError(
                f"{given} does not apply to {product.id}: its label states its strength",
                suggestion=f"e.g. mgcalc elemental {product.id} 2",
            )
        return product_elemental(product, amount, count=units)
    if concentration is not None:
        from mgcalc.core.chemistry import concentration as strength
        from mgcalc.core.chemistry import liquids
        from mgcalc.core.chemistry.units import ACCEPTED_VOLUMES

        if not strength.is_volume(amount):
            raise InputError(
                f"--concentration needs AMOUNT as a volume ({ACCEPTED_VOLUMES}), got '{amount}'"
            )
        return liquids.elemental_in_volume(
            resolve(form),
            strength.parse_volume(amount),
            strength.parse_concentration(concentration),
            count=units,
            purity=share,
        )
    return calc.elemental(
        resolve(form), parse_quantity(amount, bulk=True), count=units, purity=share
    )


def compound_of(
    *,
    form: str,
    elemental: str,
    unit_size: str | None = None,
    unit_is_compound: bool = False,
    purity: str | None = None,
    concentration: str | None = None,
    salt: bool | str = False,
) -> CompoundResult:
    """Compound weight of ``form`` that supplies ``elemental`` magnesium; with
    ``unit_size``, whole units; with ``concentration``, the volume of a liquid. With
    ``salt``, ``elemental`` is the salt's own weight instead (``4g`` of magnesium
    sulfate); without it, an amount that looks like a salt's dose is warned of."""
    share = 1.0 if purity is None else calc.parse_purity(purity)
    weighed = salt is True or str(salt).lower() in ("1", "true", "yes")
    product = find_product(form)
    if product is not None:
        if concentration is not None or unit_size is not None or unit_is_compound or share != 1:
            raise InputError(
                f"{product.id}'s label states what a {product.unit} holds: give no "
                "--concentration, --unit-size or --purity",
                suggestion=f"e.g. mgcalc compound {product.id} 400mg",
            )
        if weighed:
            raise InputError(f"--salt does not apply to {product.id}: count its units")
        return product_compound(product, parse_quantity(elemental, bulk=True))
    target = parse_quantity(elemental, bulk=True)
    if concentration is not None:
        from mgcalc.core.chemistry import concentration as strength
        from mgcalc.core.chemistry import liquids

        if unit_size is not None or unit_is_compound:
            raise InputError("--unit-size and --concentration do not combine: give one")
        result = liquids.volume_for(
            resolve(form),
            target,
            strength.parse_concentration(concentration),
            purity=share,
            salt=weighed,
        )
    else:
        if unit_is_compound and unit_size is None:
            raise InputError("--unit-is-compound needs --unit-size")
        unit = None
        if unit_size is not None:
            unit, unit_is_compound = parse_unit_size(unit_size, compound=unit_is_compound)
        result = calc.compound(
            resolve(form),
            target,
            unit_size=unit,
            unit_is_compound=unit_is_compound,
            purity=share,
            salt=weighed,
        )
    if weighed:
        return result
    from mgcalc.core.chemistry.salt_dose import dose_warnings  # an amount's sanity, here only

    strength_given = "" if concentration is None else f" --concentration {concentration}"
    retype = f"{form} {elemental}{strength_given}"
    found = dose_warnings(result.form, target, result.elemental_mg, retype)
    return result._replace(dose_warnings=tuple(found)) if found else result
