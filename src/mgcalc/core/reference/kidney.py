"""Kidney function: ``--egfr N`` in KDIGO GFR categories, and ``--kidney-disease``.

The kidneys are how the body sheds excess magnesium, so kidney function decides
what mgcalc may say about supplements. ``--egfr`` (mL/min/1.73 m²) maps to a
KDIGO category (KDIGO12) whose entry in interactions.toml says whether a dose may
be planned: below 30 an SmPC for an oral magnesium medicine contraindicates it,
so mgcalc plans none; from 30 to 59 a dose comes with a caution.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.chemistry.quantity import NUMBER, number_value
from mgcalc.core.errors import InputError
from mgcalc.core.intake import cautions as caution_texts
from mgcalc.core.intake.cautions import Caution
from mgcalc.data.reference import EgfrCategory, egfr_categories

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

MAX_EGFR = 200.0  # mL/min/1.73 m²: above any measured adult value; a typo beyond
_EGFR = rf"(?i)^\s*([+-]?{NUMBER})\s*(?:ml/min(?:/1\.73\s*m(?:2|²))?)?\s*$"


def parse_egfr(text: str | float) -> float:
    """``45``, ``45.5``, ``45 mL/min/1.73m2`` -> 45.0 (plausible values only)."""
    match = re.match(_EGFR, str(text))
    if match is None:
        raise InputError(
            f"cannot read eGFR '{text}'", suggestion="give mL/min/1.73 m² as a number, e.g. 45"
        )
    value = number_value(match[1])
    if not 0 < value <= MAX_EGFR:
        raise InputError(
            f"eGFR '{text}' must be more than 0 and at most {MAX_EGFR:g} mL/min/1.73 m²"
        )
    return value


def egfr_category(egfr: float) -> EgfrCategory:
    for category in egfr_categories():
        if egfr >= category.from_egfr:
            return category
    raise InputError(f"no eGFR category covers {egfr}")  # validated data: unreachable


class KidneyFunction(NamedTuple):
    """What the person said about their kidneys: an eGFR, ``--kidney-disease``, both
    or neither."""

    egfr: float | None = None
    disease: bool = False

    @property
    def category(self) -> EgfrCategory | None:
        return None if self.egfr is None else egfr_category(self.egfr)

    @property
    def no_supplement(self) -> bool:
        """Whether the sources advise against supplementing (mgcalc plans no dose)."""
        category = self.category
        return self.disease or (category is not None and category.supplements == "contraindicated")

    def describe(self) -> str | None:
        category = self.category
        if category is None or self.egfr is None:
            return None
        return f"eGFR {self.egfr:g} mL/min/1.73 m²: KDIGO {category.id} ({category.label})"

    def cautions(self) -> list[Caution]:
        found: list[Caution] = []
        category = self.category
        if category is not None and category.supplements != "note":
            found.append(Caution("egfr", f"{self.describe()}. {category.note}", category.sources))
        if self.disease:
            found.append(caution_texts.kidney())
        return found

    def notes(self) -> list[str]:
        category = self.category
        if category is None or category.supplements != "note":
            return []
        return [f"{self.describe()}. {category.note} ({', '.join(category.sources)})"]

    def sources(self) -> list[str]:
        category = self.category
        return [] if category is None else list(category.sources)


class KidneyFields(TypedDict):
    egfr: fields.Egfr | None
    egfr_category: fields.EgfrCategory | None
    kidney_disease: fields.KidneyDisease


def kidney_fields(kidney: KidneyFunction) -> KidneyFields:
    category = kidney.category
    return {
        "egfr": kidney.egfr,
        "egfr_category": None if category is None else category.id,
        "kidney_disease": kidney.disease,
    }
