"""The salt a label line names with its weight, in either order.

A source clause may put the weight first (``from 1000 mg magnesium bisglycinate``) or
the salt first, as drug labels and Canadian rows do (``as magnesium L-lactate dihydrate
835 mg``, ``as magnesium chloride 535 mg``), and may name two salts, each with its
own weight (``as magnesium oxide 200 mg and magnesium citrate 100 mg``) or sharing one
(``as magnesium oxide and magnesium citrate 300 mg``). Each weight is paired with the
names beside it, so the magnesium the salts can hold is checked against the line's
figure (labels.parsed).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mgcalc.core.chemistry.forms import Form, display_name, fraction_span, resolve
from mgcalc.core.errors import MgcalcError
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.names import resolve_name, split_forms
from mgcalc.core.labels.parsed import printed_step

_FILL = r"(?i)\b(?P<n>\d{1,2})\s*(?:capsules?|caps|tablets?|tabs|softgels?)\s*(?:of|x|@)\s*$"
_CONNECTORS = r"(?i)^[\s,;:+&]*(?:and\b|with\b|plus\b|of\b)?[\s,;:+&]*"


class SaltWeight(NamedTuple):
    """A weight and the salt names it is the weight of (two names share a blend's)."""

    names: list[str]
    amount: lt.Amount


class Statement(NamedTuple):
    parts: list[SaltWeight]
    fill_units: int | None  # 'as 2 capsules of 500 mg glycinate': the weight is one fill's


def read_statement(rest: str, found: list[lt.Amount], descriptors: list[str]) -> Statement:
    """The salts and weights of a source clause (``rest``, the source word removed)."""
    first = found[0]
    prefix = rest[: first.start]
    fill = re.search(_FILL, prefix)
    if fill:
        prefix = prefix[: fill.start()]
    if not _names(prefix, descriptors):  # weight first: each names what follows it
        parts = []
        for index, amount in enumerate(found):
            end = found[index + 1].start if index + 1 < len(found) else len(rest)
            parts.append(SaltWeight(_names(rest[amount.end : end], descriptors), amount))
    else:  # salt first: each weight names what precedes it
        parts, start = [], 0
        for amount in found:
            parts.append(SaltWeight(_names(rest[start : amount.start], descriptors), amount))
            start = amount.end
    named = [part for part in parts if part.names]
    return Statement(named or parts[:1], int(fill["n"]) if fill else None)


def _names(text: str, descriptors: list[str]) -> list[str]:
    text = re.sub(_CONNECTORS, "", text)
    text = re.sub(r"(?i)[\s,;:+&]*(?:\band\b|\beach\b)?[\s,;:+&]*$", "", text)
    return split_forms(text, descriptors) if text.strip(" .,:;-") else []


def total(parts: list[SaltWeight]) -> lt.Amount:
    """One weight for the clause: the sum of the salts' weights."""
    if len(parts) == 1:
        return parts[0].amount
    amounts = [part.amount for part in parts]
    ambiguous = [a for a in amounts if a.other is not None]
    low, high = sum(a.low for a in amounts), sum(a.high for a in amounts)
    other = None
    if ambiguous:  # one unsettled comma: the other reading of the total
        swap = ambiguous[0]
        assert swap.other is not None
        other = (low - swap.low + swap.other[0], high - swap.high + swap.other[1])
    text = " + ".join(a.text for a in amounts)
    first = amounts[0]
    readings = (f"{lt.plain(low)} mg", f"{lt.plain(other[0])} mg") if other else ("", "")
    return lt.Amount(low, high, first.start, amounts[-1].end, text, None, other, readings)


def weighed_parts(
    parts: list[SaltWeight], descriptors: list[str], fill_units: int
) -> tuple[tuple[Form, float], ...]:
    """Each salt with its own weight (mg), where the clause gives every salt one
    (``oxide 200 mg and citrate 100 mg``); empty for a single weight or a shared one."""
    if len(parts) < 2 or any(len(p.names) != 1 or p.amount.other for p in parts):
        return ()
    weighed = []
    for part in parts:
        try:
            form = resolve_name(part.names[0], descriptors)
        except MgcalcError:
            return ()
        weighed.append((form, part.amount.low * fill_units))
    return tuple(weighed)


def fitting_hydrate(
    forms: tuple[Form, ...], magnesium: float | None, salt: float | None
) -> tuple[tuple[Form, ...], str | None]:
    """A bare salt name read as one hydrate (``magnesium chloride``: the hexahydrate)
    whose stated weight cannot hold the stated magnesium, where another hydrate of the
    name can: the line's own figures say which salt it is, and a note says so."""
    if len(forms) != 1 or forms[0].assumed is None or not magnesium or not salt:
        return forms, None

    def holds(form: Form) -> bool:
        most = fraction_span(form)[1] * (salt + printed_step(salt))
        return magnesium - printed_step(magnesium) <= most

    assumed = forms[0].assumed
    if holds(forms[0]):
        return forms, None
    for other in assumed.alternatives:
        form = resolve(other)
        if holds(form):
            return (form,), (
                f"'{assumed.given}' read as {display_name(form.id)} (id {form.id}), not "
                f"{display_name(forms[0].id)}: {lt.plain(salt)} mg of that cannot hold the "
                f"{lt.plain(magnesium)} mg of magnesium the line states."
            )
    return forms, None
