"""Formula arithmetic, delegated to molmass.

Every magnesium fraction is computed from its formula by molmass, never typed in. An
installed wheel carries the catalogue's compositions as the build computed them
(hatch_build.py, with :func:`computed`), so a command that names a catalogue form
does not import molmass; any other formula, and every formula in an editable
install, is computed when a command first needs it.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from typing import NamedTuple

from mgcalc.core.errors import FormulaError
from mgcalc.data import DATA_DIR

# Far above any salt or chelate (chlorophyll a is 894 g/mol): a count beyond it is a typo,
# and float arithmetic on the mass would lose the magnesium (fraction 0.0).
MAX_MOLAR_MASS = 100_000


class Composition(NamedTuple):
    formula: str  # as given
    hill: str  # canonical Hill notation, for matching catalogue entries
    molar_mass: float  # g/mol
    magnesium_fraction: float  # mass fraction of Mg, 0..1


# a count that starts '0.' or '0,' after an element or a bracket: never a hydrate dot
_FRACTIONAL_COUNT = r"[A-Za-z)\]](0[.,]\d+)"


@cache
def composition(formula: str) -> Composition:
    """Molar mass and magnesium mass fraction of ``formula``.

    Raises :class:`FormulaError` pointing at the offending character, or when the
    formula holds no magnesium.
    """
    built = built_compositions().get(formula)
    if built is not None:
        return Composition(formula, *built)
    return computed(formula)


@cache
def built_compositions() -> dict[str, tuple[str, float, float]]:
    """The catalogue's compositions as the wheel's build computed them, or none."""
    try:
        with open(os.path.join(DATA_DIR, "cache", "compositions.json"), "rb") as handle:
            return {
                key: (hill, mass, fraction)
                for key, (hill, mass, fraction) in json.load(handle).items()
            }
    except FileNotFoundError:
        return {}


def computed(formula: str) -> Composition:
    """:func:`composition` without its cache."""
    # molmass builds its element table on import: only commands that read a formula pay
    from molmass import Formula
    from molmass import FormulaError as MolmassError

    try:
        parsed = Formula(formula)
        mass = parsed.mass
        elements = parsed.composition()
        hill = parsed.formula
    except MolmassError as exc:
        reason = getattr(exc, "message", None) or str(exc).splitlines()[0]
        position = getattr(exc, "position", None)
        fraction = re.search(_FRACTIONAL_COUNT, formula)
        if fraction is not None:
            # molmass reads 'Mg0.5O' as Mg0 and a hydrate 5O, and refuses the zero
            raise FormulaError(
                f"formula '{formula}' has a fractional count '{fraction[1]}' at position "
                f"{fraction.start(1) + 1}: counts in a formula are whole numbers",
                suggestion="multiply every count until all are whole (the magnesium "
                "fraction stays the same), or give the form's name",
            ) from None
        where = f" at position {position + 1}" if isinstance(position, int) else ""
        raise FormulaError(f"cannot read formula '{formula}': {reason}{where}") from None
    except (ValueError, KeyError, IndexError) as exc:
        raise FormulaError(f"cannot read formula '{formula}': {exc}") from None
    except (OverflowError, ArithmeticError, RecursionError, MemoryError):
        raise FormulaError(
            f"formula '{formula[:60]}' is too large (molar mass up to {MAX_MOLAR_MASS:,} g/mol)"
        ) from None
    magnesium = sum(item.mass for symbol, item in elements.items() if _is_magnesium(symbol))
    if not magnesium:
        raise FormulaError(f"formula '{formula}' contains no magnesium")
    if not 0 < mass <= MAX_MOLAR_MASS:
        raise FormulaError(
            f"formula '{formula[:60]}' has a molar mass of {mass:.4g} g/mol; "
            f"a magnesium form is up to {MAX_MOLAR_MASS:,} g/mol"
        )
    return Composition(formula, hill, mass, magnesium / mass)


def _is_magnesium(symbol: str) -> bool:
    """``Mg`` and its isotopes, which molmass keys by mass number (``25Mg`` for [25Mg])."""
    return symbol.lstrip("0123456789") == "Mg"
