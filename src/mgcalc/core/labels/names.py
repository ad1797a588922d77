"""Form names on labels: split lists, read past brand and descriptor words.

Every name goes through :func:`mgcalc.core.chemistry.forms.resolve`, the one resolver; this
module only decides which words to try it on (``TRAACS® magnesium bisglycinate
chelate``, ``Magtein®``, ``buffered magnesium glycinate``) and notes the words it
read past, so a reading can say what it ignored.
"""

from __future__ import annotations

import re

from mgcalc.core.chemistry.forms import Form, resolve
from mgcalc.core.chemistry.forms import fraction_span as fraction_span  # moved to forms
from mgcalc.core.errors import InputError, MgcalcError

_DESCRIPTORS = (
    r"(?i)\b(?:traacs|albion|chelazome|sucrosomial|aquamin|fully\s+reacted|chelated|chelate"
    r"|complex|buffered|pure|powder|elemental|magnesium|mg)\b"
)
_BRANDS = r"(?i)\b(?:magtein|traacs)\b"
_PREFIXED = r"(?i)\b(di|tri|mono)[\s-]+magnesium\b"
_BUFFERED = r"(?i)\bbuffered\b"
_SPLIT_FORMS = r"(?i),|;|/|\band\b|&|\+"


def split_forms(text: str, descriptors: list[str]) -> list[str]:
    names = []
    if not re.sub(_DESCRIPTORS, " ", text).strip(" .,:;-"):
        descriptors += [m.group().lower() for m in re.finditer(_DESCRIPTORS, text)]
        return []
    for part in re.split(_SPLIT_FORMS, text):
        name = part.strip(" .:-")
        if name:
            names.append(name)
    return names


def resolves(name: str) -> bool:
    try:
        resolve_name(name, [])
    except MgcalcError:
        return False
    return True


def resolve_name(name: str, descriptors: list[str]) -> Form:
    """The name as given; then without the word magnesium (``buffered magnesium
    glycinate`` is the raw material ``buffered glycinate``); then a brand that names a
    raw material by itself (``Magtein``); then without brand and descriptor words
    (``TRAACS``, ``chelate``, ``complex``, ``buffered``), which are noted."""
    if re.search(_BUFFERED, name) and not re.search(r"(?i)\bbuffered-", name):
        return _buffered(name, descriptors)
    try:
        return resolve(name)
    except MgcalcError as first:
        attempts = [re.sub(_PREFIXED, r"\1magnesium", name)]  # 'di-magnesium malate'
        attempts += [re.sub(r"\b(?:magnesium|mg)\b", " ", name, flags=re.I)]
        attempts += [m.group() for m in re.finditer(_BRANDS, name)]
        for attempt in attempts:
            attempt = re.sub(r"\s+", " ", attempt).strip(" -,.")
            if attempt and attempt != name.strip():
                try:
                    return resolve(attempt)
                except MgcalcError:
                    pass
        words = [m.group().lower() for m in re.finditer(_DESCRIPTORS, name)]
        stripped = re.sub(r"\s+", " ", re.sub(_DESCRIPTORS, " ", name)).strip(" -,.")
        if not stripped or stripped == name.strip() or _refused(first):
            raise first from None
        form = resolve(stripped)
        descriptors += [w for w in words if w not in ("magnesium", "mg")]
        return form


def _buffered(name: str, descriptors: list[str]) -> Form:
    """``TRAACS magnesium bisglycinate chelate buffered``, ``buffered magnesium
    bisglycinate chelate``: wherever the word stands, the raw material is a buffered
    blend (glycinate with oxide); another buffered salt is read as its salt, noted."""
    form = resolve_name(re.sub(_BUFFERED, " ", name), descriptors)
    descriptors.append("buffered")
    if form.id == "glycinate":
        return resolve("buffered-glycinate")
    return form


def _refused(error: MgcalcError) -> bool:
    """A name the catalogue knows and refuses (``dimagnesium malate``): its reason
    stands, rather than a guess at what is left without its descriptor words."""
    return not str(error).startswith("unknown form")


def resolve_all(
    names: list[str], descriptors: list[str], row: str, unlisted: list[str] | None = None
) -> list[Form]:
    """The forms ``names`` name. A name that does not resolve is an error, unless
    ``unlisted`` is given (a line whose figure is elemental magnesium, which needs no
    form to be read): then why it did not resolve is added there."""
    forms = []
    for name in names:
        try:
            forms.append(resolve_name(name, descriptors))
        except MgcalcError as exc:
            if unlisted is None:
                raise InputError(f"could not read the form '{name}' in '{row}': {exc}") from None
            unlisted.append(f"'{name}': {exc}")
    return list({form.id: form for form in forms}.values())
