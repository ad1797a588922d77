"""Kidney function: ``--egfr N`` in KDIGO GFR categories, ``--crcl N`` (creatinine
clearance in mL/min, the unit SmPC thresholds are stated in), and ``--kidney-disease``.

The kidneys are how the body sheds excess magnesium, so kidney function decides
what mgcalc may say about supplements. ``--egfr`` (mL/min/1.73 m²) maps to a
KDIGO category (KDIGO12) whose entry in interactions.toml says whether a dose may
be planned: below 30 an SmPC for an oral magnesium medicine contraindicates it,
so mgcalc plans none; from 30 to 59 a dose comes with a caution. A creatinine
clearance is held against the SmPC's own threshold (30 mL/min), not turned into a
KDIGO category: the two measures are not the same number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.chemistry.quantity import NUMBER, number_value
from mgcalc.core.errors import InputError
from mgcalc.core.intake import cautions as caution_texts
from mgcalc.core.intake.cautions import Caution
from mgcalc.data.reference import EgfrCategory, crcl_rule, egfr_categories

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


MAX_CRCL = 250.0  # mL/min: above any measured adult value
_CRCL = rf"(?i)^\s*([+-]?{NUMBER})\s*(?:ml/min)?\s*$"


def parse_crcl(text: str | float) -> float:
    """``25``, ``25 mL/min`` -> 25.0 (plausible values only)."""
    match = re.match(_CRCL, str(text))
    if match is None:
        raise InputError(
            f"cannot read creatinine clearance '{text}'",
            suggestion="give mL/min as a number, e.g. 45",
        )
    value = number_value(match[1])
    if not 0 < value <= MAX_CRCL:
        raise InputError(
            f"creatinine clearance '{text}' must be more than 0 and at most {MAX_CRCL:g} mL/min"
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
    crcl: float | None = None

    @property
    def crcl_contraindicated(self) -> bool:
        return self.crcl is not None and self.crcl < crcl_rule().contraindicated_below

    @property
    def category(self) -> EgfrCategory | None:
        return None if self.egfr is None else egfr_category(self.egfr)

    @property
    def no_supplement(self) -> bool:
        """Whether the sources advise against supplementing (mgcalc plans no dose)."""
        category = self.category
        return (
            self.disease
            or (category is not None and category.supplements == "contraindicated")
            or self.crcl_contraindicated
        )

    def _egfr_text(self, category: EgfrCategory) -> str:
        return f"eGFR {self.egfr:g} mL/min/1.73 m²: KDIGO {category.id} ({category.label})"

    def describe(self) -> str | None:
        category = self.category
        parts = []
        if category is not None and self.egfr is not None:
            parts.append(
                f"eGFR {self.egfr:g} mL/min/1.73 m²: KDIGO {category.id} ({category.label})"
            )
        if self.crcl is not None:
            parts.append(f"creatinine clearance {self.crcl:g} mL/min")
        return "; ".join(parts) or None

    def cautions(self) -> list[Caution]:
        found: list[Caution] = []
        category = self.category
        if category is not None and category.supplements != "note":
            text = f"{self._egfr_text(category)}. {category.note}"
            found.append(Caution("egfr", text, category.sources))
        if self.crcl is not None:
            rule = crcl_rule()
            said = rule.contraindicated if self.crcl_contraindicated else rule.caution
            text = f"Creatinine clearance {self.crcl:g} mL/min. {said}"
            found.append(Caution("crcl", text, rule.sources))
        if self.disease:
            found.append(caution_texts.kidney())
        return found

    def notes(self) -> list[str]:
        category = self.category
        if category is None or category.supplements != "note":
            return []
        return [f"{self._egfr_text(category)}. {category.note} ({', '.join(category.sources)})"]

    def sources(self) -> list[str]:
        category = self.category
        found = [] if category is None else list(category.sources)
        return found + ([] if self.crcl is None else list(crcl_rule().sources))


class KidneyFields(TypedDict):
    egfr_ml_min_1_73m2: fields.EgfrMlMin173m2 | None
    egfr_category: fields.EgfrCategory | None
    kidney_disease: fields.KidneyDisease
    crcl: fields.Crcl | None


def kidney_fields(kidney: KidneyFunction) -> KidneyFields:
    category = kidney.category
    return {
        "egfr_ml_min_1_73m2": kidney.egfr,
        "egfr_category": None if category is None else category.id,
        "kidney_disease": kidney.disease,
        "crcl": kidney.crcl,
    }
