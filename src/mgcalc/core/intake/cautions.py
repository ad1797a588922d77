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
from mgcalc.data.chemistry import constants
from mgcalc.data.reference import Medication, kidney_caution
from mgcalc.data.reference import iv_scale as iv_scale_row


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
    """Over the UL: what the UL is for, never advice to split (splitting does not lower
    a daily total), and never a verdict on a dose a prescriber chose."""
    return Caution(
        "over_ul",
        f"Supplemental magnesium {supplement_mg:g} mg a day is over the UL of {stage.ul_mg} mg "
        f"({ul_reason(stage)}). The UL is for unsupervised use: it does not apply to a high "
        "dose taken under medical supervision, so a prescriber may intend more. Its critical "
        "effect is diarrhoea: unabsorbed magnesium salts draw water into the gut (osmotic "
        "effect). Without a prescriber's advice, the daily total should not exceed the UL.",
        (*stage.standard.sources, "IOM00-DA"),
    )


def iv_scale(supplement_mg: float) -> Caution | None:
    """A day's supplement on the scale of intravenous treatment: outside what the oral
    UL (and its diarrhoea rationale) covers."""
    scale = iv_scale_row()
    mmol = supplement_mg / constants().mg_per_mmol
    if mmol < scale.mmol_per_day:
        return None
    return Caution(
        "iv_scale",
        f"{supplement_mg:g} mg ({mmol:.1f} mmol) of magnesium a day is on the scale of "
        "intravenous treatment (an infusion SmPC gives up to 160 mmol over 5 days, "
        f"{scale.mmol_per_day} mmol a day): the oral UL and its diarrhoea rationale do not "
        "cover such an amount. An infusion or a prescribed repletion follows its prescriber "
        "and its SmPC; as an oral supplement, check the figure (a salt's weight typed as "
        "magnesium?).",
        scale.sources,
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


CHILD_AGE_BELOW = 18  # years: a plan for a child or adolescent


def plan_cautions(result: PlanResult) -> list[Caution]:
    """A plan that lands on a child's UL, or a blood-pressure goal in pregnancy: the
    figure alone would read as an endorsement, so the plan says to see a clinician."""
    found = []
    stage = result.stage
    ul = stage.ul_mg
    age = stage.age_years
    child = age is not None and age < CHILD_AGE_BELOW
    # held at the UL: within one 5 mg step of it (or whole units that reach it)
    if result.doses and ul is not None and child and result.supplement_span[1] >= ul - 5:
        found.append(
            Caution(
                "child_at_ul",
                f"This plan reaches the supplemental UL for {stage.upper.label} ({ul} mg, "
                f"{stage.standard.name}). A child's supplement at the UL belongs with a "
                "clinician: ask a doctor or pharmacist before giving it, and check the "
                "child's food, medicines and kidney function.",
                stage.standard.sources,
            )
        )
    if stage.person.pregnant and result.goal == "blood-pressure":
        found.append(
            Caution(
                "pregnancy_blood_pressure",
                "High blood pressure in pregnancy needs a clinician now, not a supplement plan: "
                "it can be a sign of pre-eclampsia. Oral magnesium in pregnancy did not reduce "
                "pre-eclampsia in trials; the magnesium with strong evidence is magnesium "
                "sulfate given by injection or infusion in hospital. See your midwife or "
                "doctor.",
                ("MAKRIDES14", "DULEY10"),
            )
        )
    return found


GENERAL_CAUTION = (
    "If you have kidney disease, or take medicines (thyroid hormone, osteoporosis, HIV, "
    "antibiotics, diuretics, stomach-acid and others), see 'mgcalc interactions' before "
    "supplementing."
)

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields
    from mgcalc.core.intake.plan import PlanResult


def general() -> Caution:
    return Caution("general", GENERAL_CAUTION, ("ODS",))
