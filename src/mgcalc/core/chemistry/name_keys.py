"""The key a form's name is looked up by: accents off, spaces and underscores to
dashes, the word for magnesium dropped in the languages labels use. Shared by the form
catalogue, the products by name and the names that are refused."""

from __future__ import annotations

import re
import unicodedata

_FOREIGN_PREFIX = r"^(?:magnesium|magnesio|magnesiu|magnezu|magnesii)-?"
_FOREIGN_SUFFIX = r"-(?:de|di|du)-(?:magnesium|magnesio)$"


def fold(text: str) -> str:
    """Accents off (``Magnésium`` -> ``Magnesium``): names arrive in many languages.
    ASCII text has none (and NFKD leaves it as it is): returned at once, as most is."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(name: str) -> str:
    """``'Magnesium  Bis_Glycinate'`` -> ``'bis-glycinate'``: the key aliases use."""
    key = re.sub(r"[\s_]+", "-", fold(name).strip().lower())
    key = re.sub(r"^magnesium-?", "", key)
    return key.strip("-")


def form_key(name: str) -> str:
    """:func:`normalise`, also dropping other languages' word for magnesium
    (``Magnesio``, ``citrato de magnesio``), so those names reach the catalogue."""
    key = re.sub(_FOREIGN_SUFFIX, "", normalise(name))
    return re.sub(_FOREIGN_PREFIX, "", key).strip("-")
