"""``elemental --batch`` in JSON: the record of a ``FORM AMOUNT`` line from a template.

A catalogue of distinct lines names a few forms with many amounts. Everything in an
elemental record but six figures depends on the form (and the options) alone, so the
record of the first line naming a form is made the ordinary way and kept as a
template: its text with the amount's figures left out. A later line naming the same
form with a plain mass (``citrate 512.5mg``) is read by the same functions the
ordinary path uses (:func:`~mgcalc.core.chemistry.quantity.parse_quantity`'s own
reading and range check), computed with the same arithmetic as
:func:`mgcalc.core.chemistry.calc.elemental`, and its figures written into the
template. Anything else (a comma, a unit in words, a liquid, a hydrate's second
reading, a form not seen yet) takes the ordinary path.

Each template is checked when it is made: the line it was made from must come out of
it exactly as the ordinary path wrote it, or that form always takes the ordinary path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from json.encoder import encode_basestring as basestring
from typing import Any, NamedTuple

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.forms import Form
from mgcalc.core.chemistry.quantity import (
    MAX_BULK_MG,
    MAX_NAME_AMOUNT_CHARS,
    MIN_MG,
    Quantity,
    _checked,
)
from mgcalc.core.chemistry.results import ElementalResult, _low_high
from mgcalc.core.chemistry.units import Dimension, unit_table
from mgcalc.core.figures import mg2, milli3
from mgcalc.data.chemistry import constants

MASS = Dimension.MASS
FIGURES = (
    "compound_mg",
    "elemental_mg",
    "elemental_mmol",
    "elemental_meq",
    "elemental_low_mg",
    "elemental_high_mg",
)
_MASS = re.compile(r"([0-9]{1,20}(?:\.[0-9]{1,19})?)([A-Za-z]{1,4})")
LIMIT = 4096  # templates kept (distinct form names); then they are made again
_SLOW = None  # a form whose records do not fit a template
_NOT_A_NAME = ("", " ", ",", ";", "\t")  # what a name never ends with (a separator)


class Template(NamedTuple):
    """A record's text as a %-format: the input's JSON, then its figures (``%r``, as
    JSON writes a float); ``ranged``: the form's low and high figures are in it."""

    form: Form
    text: str
    ranged: bool


def fast_elemental(
    compute: Callable[[str], ElementalResult],
    rest: Callable[[str, Any], str],
    encode: Callable[[Any], str],
    preset: Mapping[str, Any],
) -> Callable[[str], str | None]:
    """The fast reader of one batch: ``text`` -> what ``rest(text, result)`` would
    write, or None where the ordinary path must answer (it then writes the line)."""
    count = calc.parse_count(preset["count"]) if "count" in preset else 1
    purity = calc.parse_purity(preset["purity"]) if "purity" in preset else 1.0
    units = unit_table()
    scales = {key: unit.mg_per_unit for key, unit in units.items() if unit.dimension is MASS}
    per_mmol, valence = constants().mg_per_mmol, constants().valence
    templates: dict[str, Template | None] = {}
    match = _MASS.fullmatch

    def learn(name: str, text: str) -> str:
        """The ordinary record of ``text``, and its form's template if the record comes
        out of the template exactly."""
        result = compute(text)
        written = rest(text, result)
        if len(templates) >= LIMIT:
            templates.clear()
        template = _template(result, encode)
        templates[name] = template
        if template is not None and fast(text) != written:
            templates[name] = _SLOW
        return written

    def fast(text: str) -> str | None:
        name, space, amount = text.rpartition(" ")
        if not space or name[-1:] in _NOT_A_NAME or len(text) > MAX_NAME_AMOUNT_CHARS:
            return None
        if name not in templates:
            return learn(name, text)
        template = templates[name]
        if template is None or (found := match(amount)) is None:
            return None
        key = found[2].lower()
        scale = scales.get(key)
        if scale is None:  # not a mass, or no unit: the ordinary path says why
            return None
        value = float(found[1])
        compound_mg = value * scale  # Quantity.mg
        if not (value and MIN_MG <= compound_mg <= MAX_BULK_MG):  # parse_quantity's range
            _checked(Quantity(value, units[key]), amount, True, False, True)  # its error
        compound_mg *= count
        form = template.form
        elemental_mg = compound_mg * form.fraction * purity  # as calc.elemental
        mmol = elemental_mg / per_mmol
        meq = mmol * valence
        figures: tuple[str | float, ...] = (
            basestring(text) if text.isascii() else encode(text),
            round(compound_mg, 2) if compound_mg >= 0.01 else mg2(compound_mg),  # mg2
            round(elemental_mg, 2) if elemental_mg >= 0.01 else mg2(elemental_mg),
            round(mmol, 3) if mmol >= 0.001 else milli3(mmol),  # milli3
            round(meq, 3) if meq >= 0.001 else milli3(meq),
        )
        if template.ranged:
            figures += tuple(f for f in _low_high(form, elemental_mg) if f is not None)
        return template.text % figures

    return fast


def _template(result: ElementalResult, encode: Callable[[Any], str]) -> Template | None:
    """``result``'s record as a template, or None when its other keys depend on more
    than the form (a liquid, a second reading, a warning)."""
    if result.volume is not None or getattr(result, "other", None) is not None:
        return None
    record: dict[str, Any] = dict(result.record())
    if record.get("warnings") or "input" in record:
        return None
    figures = [key for key in FIGURES if record.get(key) is not None]
    if figures[:4] != list(FIGURES[:4]):
        return None
    marks = [f"\x00{index}\x00" for index in range(len(figures))]
    for key, mark in zip(figures, marks, strict=True):
        record[key] = mark
    text = '"input":%s,' + encode(record)[1:].replace("%", "%%")
    for mark in marks:
        encoded = encode(mark)
        if encoded not in text:
            return None
        text = text.replace(encoded, "%r", 1)
    return Template(result.form, text, len(figures) > 4)
