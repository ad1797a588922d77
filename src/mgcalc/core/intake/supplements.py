"""``check --supplement``: what a person writes about a supplement, read as magnesium.

People write ``300`` (elemental mg), ``glycinate 400mg`` or ``400mg glycinate`` (a
compound weight), paste a Supplement Facts line (``Magnesium (as magnesium
glycinate) 200 mg 48%``), and count (``glycinate 400mg x2``, ``2 capsules of ...``).
One reading per phrasing, reusing the project's readers: the quantity parser, the
NAME AMOUNT splitter and the label reader (``core.labels.parse_label``, whose
elemental/compound convention is 21 CFR 101.36's). A bare form with an amount is a
compound weight, whichever comes first, as in ``mgcalc elemental``.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.counts import COUNT_SHAPE, parse_count
from mgcalc.core.chemistry.forms import Form, display_name, fold, fraction_span, resolve
from mgcalc.core.chemistry.quantity import parse_quantity, split_name_amount
from mgcalc.core.errors import InputError, MgcalcError, QuantityError
from mgcalc.core.figures import mg2
from mgcalc.core.intake.items import IntakeItem
from mgcalc.core.labels import commas
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.rounding import dv_mg
from mgcalc.data.labels import nrv

if TYPE_CHECKING:
    from mgcalc.core.labels.parsed import ParsedLabel

MAX_TEXT = 500

_UNITS = r"capsules?|caps|tablets?|tabs|softgels?|gummies|pills?|scoops?|servings?|sachets?"
_PROVIDE = r"\s*(?:contain|provide|supply|supplie|deliver)s?\b"  # '2 capsules provide 200 mg'
_N = f"(?:{COUNT_SHAPE})"  # counts.parse_count reads it, or refuses it with the range
_LEADING_COUNT = (
    rf"(?i)^(?P<n>{_N})\s*(?:[x×*]\s+|(?:{_UNITS})\b(?!{_PROVIDE})\s*(?:of\b\s*)?)"
    r"(?P<rest>.+)$"
)
_TRAILING_COUNT = rf"(?i)^(?P<rest>.*\S)\s*[x×*]\s*(?P<n>{_N})\s*$"
_ENDS_LIKE_AMOUNT = r"(?i)(?:\d|mg|g|mcg|µg|ug|mmol|meq|%|\)|%\s*(?:dv|nrv|ri))$"
_AMOUNT_THEN_NAME = (
    r"^(?P<amount>[-+]?[\d.,]+(?:[eE][-+]?\d+)?\s*[a-zA-Zµ]*)\s+(?:of\s+)?(?P<name>[^\d\s].*)$"
)
_ELEMENTAL_NAME = (
    r"(?i)^(?:elemental|(?:elemental\s+)?(?:magnesium"
    r"|magnesio|magnez(?:ium|iu)?|mg)(?:\s+elemental)?)$"
)
_VOLUME = r"\d[\d.,]*\s*(?:ml|l|tsp|tbsp|teaspoons?|tablespoons?)\b"
_PER_VOLUME = rf"(?i)(?:/|\bper\b|\bin\b)\s*(?:{_VOLUME}|(?:ml|l|tsp|tbsp)\b)"
_DOSE_VOLUME = "(?i)" + _VOLUME
_LABEL_MARKS = r"(?i)[(%®™]|\bas\b|\bfrom\b|\bproviding\b"


_PER_DAY = (
    rf"(?i)^(?P<rest>.*[^\s,])\s*,?\s+(?:(?P<word>once|twice|thrice)|(?P<n>{_N})\s*(?:x|×|times))"
    r"\s*(?:daily|(?:a|per|each)\s+day|/\s*day)\s*$"
)
_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def split_count(text: str, *, named: bool = False) -> tuple[str, float]:
    """``'glycinate 400mg x2'`` (or ``'400mg glycinate x2'``) -> ``('glycinate 400mg', 2)``;
    ``'2 capsules of X'`` -> ``('X', 2)``; ``'X twice a day'`` -> ``('X', 2)`` (a count and
    a frequency multiply); ``x0.5`` is half a tablet; no count -> ``(text, 1)``.

    The count is read by :func:`mgcalc.core.chemistry.counts.parse_count`, as every count is.
    ``named``: a trailing ``xN`` may follow a bare name (a cabinet product's, in the
    diary), not only an amount."""
    stripped = text.strip()
    count = None
    times = 1.0
    what = f"the count in '{text.strip()}'"
    if day := re.match(_PER_DAY, stripped):
        stripped = day["rest"]
        times = _TIMES[day["word"].lower()] if day["word"] else parse_count(day["n"], what)
    if (found := re.match(_LEADING_COUNT, stripped)) or (
        (found := re.match(_TRAILING_COUNT, stripped))
        and (
            named
            or re.search(_ENDS_LIKE_AMOUNT, found["rest"])
            or re.match(_AMOUNT_THEN_NAME, found["rest"])
        )
    ):
        stripped, count = found["rest"].strip(), parse_count(found["n"], what)
    if count is None and times == 1:
        return stripped, 1
    total = (1 if count is None else count) * times
    return stripped, parse_count(format(total, "g"), what)


def supplement_item(text: str) -> IntakeItem:
    """Read one ``--supplement`` value (see the module docstring for the phrasings)."""
    if len(text) > MAX_TEXT:
        raise InputError(f"--supplement is over {MAX_TEXT} characters")
    rest, count = split_count(text)
    if rest.strip() and not re.search(r"\d", rest):
        raise InputError(
            f"'{text}' gives no amount",
            suggestion="e.g. '300' (elemental mg), 'glycinate 400mg', or a label line "
            "'Magnesium (as magnesium glycinate) 200 mg'",
        )
    if re.search(_DOSE_VOLUME, re.sub(_PER_VOLUME, " ", rest)):
        # '400mg/5mL 15mL' was read as 400 mg: the dose volume was silently dropped
        raise InputError(
            f"'{text}' gives a volume of a liquid, which --supplement does not weigh",
            suggestion="find its magnesium with 'mgcalc elemental FORM VOLUME "
            "--concentration STRENGTH' (e.g. hydroxide 15mL --concentration 400mg/5mL) "
            "and give that figure in mg",
        )
    return replace(_read(rest, count), input=text, count=count)


def _read(text: str, count: float) -> IntakeItem:
    if ("," in text or "." in text) and (item := _comma_item(text, count)) is not None:
        return item
    try:
        return IntakeItem(text, parse_quantity(text, allow_zero=True).mg * count)
    except QuantityError as exc:
        first_error: MgcalcError = exc
    for name, amount in _name_and_amount(text):
        try:
            if re.match(_ELEMENTAL_NAME, fold(name)):
                return IntakeItem(text, parse_quantity(amount).mg * count)
            form = resolve(name)
            compound = calc.elemental(form, parse_quantity(amount)).compound_mg * count
        except MgcalcError as exc:
            first_error = exc
            continue
        span = compound * fraction_span(form)[0], compound * fraction_span(form)[1]
        return _item(text, span, form.id, compound, form.sources[0], form)
    if re.search(_LABEL_MARKS, text) or re.search(r"magne[sz]", fold(text), re.I):
        return _from_label(text, count)
    raise first_error


def _comma_item(text: str, count: float) -> IntakeItem | None:
    """A number with a decimal comma (``0,375 g``), or one that reads both ways
    (``1,500 mg``, ``1.500 mg``), is read by the label reader's rule, as ``label`` and the cabinet
    read it (calculators refuse the first and read the second as thousands)."""

    numbers = re.findall(lt.NUMBER, text)
    alone = text.strip()
    if re.fullmatch(lt.NUMBER, alone) is not None:
        alone += " mg"  # a bare number is elemental mg
    points = any(lt.point_either(m["number"], m["unit"]) for m in re.finditer(lt.AMOUNT, alone))
    if not points and not {lt.comma_kind(n) for n in numbers} & {"decimal", "either"}:
        return None
    elif not re.fullmatch(lt.AMOUNT, alone):  # '0,375 g' alone is elemental too
        return _from_label(text, count)
    found = lt.amounts(alone)[0]
    read = commas.settle(found, text, elemental=True, forms=(), percent=None, basis=None)
    assert read is not None
    return IntakeItem(text, read.low * count, source=None, figure_note=read.note)


def _item(
    text: str,
    span: tuple[float, float],
    form_id: str | None,
    compound: float | None,
    source: str,
    form: Form | None = None,
    derived: str | None = None,
    read_notes: tuple[str, ...] = (),
) -> IntakeItem:
    """The item at the top of its span, with a note on how the figure was reached:
    derived from a percent, a range counted at its top, a bare name read as a hydrate."""
    low, top = span
    notes = [] if derived is None else [derived]
    if mg2(low) != mg2(top):
        where = "The line allows"
        if form is not None and form.has_range and compound is not None:
            where = (
                f"The magnesium content of {display_name(form.id)} is stated as "
                f"{_percent_span(form)} "
                f"({form.sources[0]}), so {mg2(compound):g} mg holds"
            )
        notes.append(
            f"{where} {mg2(low):g}-{mg2(top):g} mg; counted at the top, {mg2(top):g} mg, "
            "which never understates intake against the UL."
        )
    assumed = form.assumed if form is not None else None
    if assumed is not None:
        notes.append(assumed.text())
    notes += read_notes  # what the label reader noted: a lead-in, a clause it did not read
    return IntakeItem(
        text,
        top,
        form_id,
        compound,
        source,
        elemental_low_mg=low,
        derived=derived is not None,
        figure_note=" ".join(dict.fromkeys(notes)) or None,
        assumed=assumed,
    )


def _percent_span(form: Form) -> str:
    low, high = fraction_span(form)
    return f"{100 * low:.3g}-{100 * high:.3g}% Mg"


def _name_and_amount(text: str) -> list[tuple[str, str]]:
    """Both orders: ``glycinate 400mg`` and ``400mg glycinate``."""
    pairs = []
    with contextlib.suppress(QuantityError):
        pairs.append(split_name_amount(text, "FORM AMOUNT"))
    if found := re.match(_AMOUNT_THEN_NAME, text.strip()):
        pairs.append((found["name"].strip(), found["amount"].strip()))
    return pairs


def _from_label(text: str, count: float) -> IntakeItem:
    """A Supplement Facts line, through the label reader and its assessment, so a line
    gives here what ``mgcalc label`` gives: a %DV-only line its amount derived from the
    Daily Value (adult, the label's default), a range or a raw material's stated
    content its span. The line's figure is per serving, as on Supplement Facts.

    A pasted panel with more than one magnesium row counts every row (``label`` reads
    the first and warns): dropping one would understate intake against the UL; the
    item's ``warnings`` say so."""

    parsed = parse_label(text)
    item = _label_item(text, parsed, count)
    if not parsed.further_rows:
        return item
    items = [item, *(_label_item(row, parse_label(row), count) for row in parsed.further_rows)]
    top = sum(i.elemental_mg for i in items)
    low = sum(i.elemental_mg if i.elemental_low_mg is None else i.elemental_low_mg for i in items)
    parts = " + ".join(f"{mg2(i.elemental_mg):g} mg" for i in items)
    warning = (
        f"The pasted panel has {len(items)} magnesium rows; all are counted ({parts} = "
        f"{mg2(top):g} mg), which never understates intake against the UL. Supplement "
        "Facts lists magnesium once, so check that the rows are not one product twice."
    )
    forms = "+".join(dict.fromkeys(f for i in items if i.form for f in i.form.split("+")))
    note = " ".join(filter(None, [item.figure_note, f"Every magnesium row counted: {parts}."]))
    return replace(
        item,
        elemental_mg=top,
        elemental_low_mg=low,
        form=forms or None,
        compound_mg=None,
        assumed=None,
        figure_note=note,
        warnings=(warning,),
    )


def _label_item(text: str, parsed: ParsedLabel, count: float) -> IntakeItem:

    assessed = LabelResult(parsed, line_per_serving=True)
    if assessed.line_span is None:
        raise InputError(
            f"'{text}' states no amount of magnesium",
            suggestion="give the line's mg figure or its %DV, e.g. 'Magnesium 200 mg 48%'",
        )
    span = assessed.per_serving_span[0] * count, assessed.per_serving_span[1] * count
    forms = "+".join(form.id for form in parsed.forms) or None
    derived = None
    if parsed.amount_mg is None:
        reference = (
            f"{nrv().mg} mg EU NRV"
            if parsed.percent_basis == "nrv"
            else f"{dv_mg(assessed.dv_basis)} mg Daily Value ({assessed.dv_basis})"
        )
        times = f" a serving (x{count:g}: {mg2(span[1]):g} mg)" if count != 1 else ""
        derived = (
            f"No amount on the line: {mg2(span[1] / count):g} mg{times} derived from "
            f"{parsed.stated_percent_display} of the {reference}, as mgcalc label derives it."
        )
    if parsed.figure_is == "elemental":
        compound = None if parsed.compound_mg is None else parsed.compound_mg * count
        notes = (*parsed.notes, *filter(None, [parsed.unlisted_warning]))
        return _item(text, span, forms, compound, "FDA16", None, derived, notes)
    compound = (parsed.amount_max_mg or parsed.amount_mg or 0.0) * count
    form = parsed.forms[0] if len(parsed.forms) == 1 else None
    source = parsed.forms[0].sources[0]
    return _item(text, span, forms, compound, source, form, None, parsed.notes)
