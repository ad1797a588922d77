"""Cautions that check and plan attach to a result, each with its sources.

A caution is what a clinician would want said before anyone takes magnesium:
over the UL, no UL set for the age, kidney function, medicines. Each carries a
``kind`` scripts can match on and the source ids behind it; ``warnings`` in the
JSON keeps the plain sentences for people and older scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.reference.interactions import MedicationUse, medication_warning, unknown_warning
from mgcalc.core.reference.lifestage import LifeStage
from mgcalc.data.reference import Medication, kidney_caution


class CautionRecord(TypedDict):
    kind: fields.Kind
    text: fields.Text
    sources: fields.Sources


class Caution(NamedTuple):
    kind: str
    text: str
    sources: tuple[str, ...]

    def record(self) -> CautionRecord:
        return {"kind": self.kind, "text": self.text, "sources": list(self.sources)}


def ul_reason(stage: LifeStage) -> str:
    return (
        f"{stage.standard.name} UL for {stage.upper.label}, from supplements and medications only"
    )


def over_ul(stage: LifeStage, supplement_mg: float) -> Caution:
    return Caution(
        "over_ul",
        f"Supplemental magnesium {supplement_mg:g} mg is over the UL of {stage.ul_mg} mg "
        f"({ul_reason(stage)}). The UL's critical effect is diarrhoea: unabsorbed magnesium "
        "salts draw water into the gut (osmotic effect). Lower the dose, or at least split "
        "it into smaller intakes.",
        stage.standard.sources,
    )


def no_ul(stage: LifeStage) -> Caution:
    """Supplements where the standard sets no UL: never 'within' a limit that is not there."""
    return Caution(
        "no_ul",
        f"No supplemental UL is set for {stage.upper.label} ({stage.standard.name}): "
        "supplements cannot be called safe or within a limit here; do not give magnesium "
        "supplements without a clinician.",
        stage.standard.sources,
    )


def kidney() -> Caution:
    caution = kidney_caution()
    return Caution("kidney", caution.caution, caution.sources)


def medication(item: Medication) -> Caution:
    return Caution("medication", medication_warning(item), item.sources)


def medications(uses: list[MedicationUse]) -> list[Caution]:
    """One caution per medicine; a medicine mgcalc does not know is a caution too."""
    found = []
    for use in uses:
        if use.medication is None:
            found.append(Caution("unknown_medication", unknown_warning(use), ()))
        else:
            found.append(medication(use.medication))
    return list(dict.fromkeys(found))


GENERAL_CAUTION = (
    "If you have kidney disease, or take medicines (thyroid hormone, osteoporosis, HIV, "
    "antibiotics, diuretics, stomach-acid and others), see 'mgcalc interactions' before "
    "supplementing."
)

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


def general() -> Caution:
    return Caution("general", GENERAL_CAUTION, ("ODS",))
