"""``check``: intake from food and supplements against the reference values.

The UL is compared with *supplemental* magnesium only (IOM97, SCF06): food and
water never count toward it, so a person eating 600 mg is not over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, TypedDict

from mgcalc.core.figures import mg2
from mgcalc.core.intake import cautions
from mgcalc.core.intake.cautions import Caution, CautionRecord
from mgcalc.core.intake.items import IntakeItem as IntakeItem
from mgcalc.core.intake.items import IntakeItemRecord as IntakeItemRecord
from mgcalc.core.intake.items import food_item as food_item
from mgcalc.core.intake.stack import StackFix, products_to_drop
from mgcalc.core.intake.supplements import supplement_item
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.conditions import Conditions
from mgcalc.core.reference.interactions import MedicationRecord, MedicationUse, medication_use
from mgcalc.core.reference.kidney import KidneyFunction, kidney_fields
from mgcalc.core.reference.lifestage import LifeStage

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class CheckRecord(TypedDict):
    standard: fields.Standard
    standard_title: fields.StandardTitle
    life_stage: fields.LifeStage
    sex: fields.Sex
    age_years: fields.AgeYears | None
    age_assumed: fields.AgeAssumed
    pregnant: fields.Pregnant
    lactating: fields.Lactating
    rda_mg: fields.RdaMg | None
    reference_type: fields.ReferenceType
    ul_mg: fields.UlMg | None
    food_mg: fields.FoodMg
    supplement_mg: fields.SupplementMg
    total_mg: fields.TotalMg
    percent_of_reference: fields.PercentOfReference | None
    percent_of_ul: fields.PercentOfUl | None
    over_ul: fields.OverUl
    ul_status: fields.UlStatus
    drop_to_fit: fields.DropToFit
    egfr_ml_min_1_73m2: fields.EgfrMlMin173m2 | None
    egfr_category: fields.EgfrCategory | None
    kidney_disease: fields.KidneyDisease
    crcl: fields.Crcl | None
    conditions: fields.Conditions
    medications: Annotated[list[MedicationRecord], fields.MEDICATIONS]
    foods: Annotated[list[IntakeItemRecord], fields.FOODS]
    supplements: Annotated[list[IntakeItemRecord], fields.SUPPLEMENTS]
    warnings: fields.Warnings
    cautions: Annotated[list[CautionRecord], fields.CAUTIONS]
    notes: fields.Notes
    sources: fields.Sources
    profile_used: fields.ProfileUsed


@dataclass(frozen=True, slots=True)
class CheckResult:
    stage: LifeStage
    foods: list[IntakeItem]
    supplements: list[IntakeItem]
    medications: list[MedicationUse]
    kidney: KidneyFunction = field(default_factory=KidneyFunction)
    cautions: list[Caution] = field(default_factory=list)
    profile_used: bool = False
    conditions: Conditions = field(default_factory=Conditions)

    @property
    def kidney_disease(self) -> bool:
        return self.kidney.disease

    @property
    def food_mg(self) -> float:
        return sum((item.elemental_mg for item in self.foods), 0.0)

    @property
    def supplement_mg(self) -> float:
        return sum((item.elemental_mg for item in self.supplements), 0.0)

    @property
    def total_mg(self) -> float:
        return self.food_mg + self.supplement_mg

    @property
    def over_ul(self) -> bool:
        """Each item counts at the top of any range it has (see core.upper_limit)."""
        return upper_limit.is_over(self.supplement_mg, self.stage.ul_mg)

    @property
    def ul_status(self) -> str:
        """``over``, ``within``, or ``not_set`` (no UL for this age: never 'within')."""
        return upper_limit.status(self.supplement_mg, self.stage.ul_mg)

    @property
    def warnings(self) -> list[str]:
        return [caution.text for caution in self.cautions]

    @property
    def stack_fix(self) -> StackFix | None:
        return products_to_drop(
            [(item.input, item.elemental_mg) for item in self.supplements], self.stage.ul_mg
        )

    @property
    def avoid_medicines(self) -> list[str]:
        """Medicines taken whose label advises against magnesium altogether."""
        return [
            u.medication.name
            for u in self.medications
            if u.medication is not None and u.medication.interaction == "avoid"
        ]

    def limit_breach(self) -> str | None:
        """Why ``--strict`` fails (exit 3), or None: over the UL; any supplement with
        kidney function or a condition that rules magnesium out, with a medicine whose
        label advises against magnesium, or where no UL is set."""
        supplement = mg2(self.supplement_mg)
        if self.over_ul:
            return (
                f"supplemental magnesium {supplement:g} mg is over the UL of {self.stage.ul_mg} mg"
            )
        if supplement > 0 and self.kidney.no_supplement:
            reason = self.kidney.describe() or "kidney disease"
            return f"supplemental magnesium {supplement:g} mg with {reason}"
        if supplement > 0 and self.conditions.no_supplement:
            return f"supplemental magnesium {supplement:g} mg with {self.conditions.describe()}"
        if supplement > 0 and self.avoid_medicines:
            names = ", ".join(self.avoid_medicines)
            return (
                f"supplemental magnesium {supplement:g} mg with {names}, whose label advises "
                "against magnesium"
            )
        if self.ul_status == "not_set" and supplement > 0:
            return (
                f"supplemental magnesium {supplement:g} mg for {self.stage.upper.label}, "
                f"where the {self.stage.standard.name} standard sets no UL"
            )
        return None

    @property
    def sources(self) -> list[str]:
        found = list(self.stage.standard.sources)
        found += [s for item in (*self.foods, *self.supplements) if (s := item.source)]
        found += [s for item in self.foods for s in item.unit_sources]
        found += [s for item in self.supplements if item.assumed for s in item.assumed.sources]
        found += self.kidney.sources()
        for caution in self.cautions:
            found += caution.sources
        return list(dict.fromkeys(found))

    def record(self) -> CheckRecord:
        stage = self.stage
        reference, ul = stage.reference_mg, stage.ul_mg
        fix = self.stack_fix
        return {
            "standard": stage.standard_id,
            "standard_title": stage.standard.title,
            "life_stage": stage.label,
            "sex": stage.person.sex,
            "age_years": stage.age_years,
            "age_assumed": stage.age_assumed,
            "pregnant": stage.person.pregnant,
            "lactating": stage.person.lactating,
            "rda_mg": reference,
            "reference_type": stage.reference_type,
            "ul_mg": ul,
            "food_mg": mg2(self.food_mg),
            "supplement_mg": mg2(self.supplement_mg),
            "total_mg": mg2(self.total_mg),
            "percent_of_reference": None
            if not reference
            else round(100 * self.total_mg / reference, 1),
            "percent_of_ul": None if not ul else round(100 * self.supplement_mg / ul, 1),
            "over_ul": self.over_ul,
            "ul_status": self.ul_status,
            "drop_to_fit": [] if fix is None else list(fix.drop),
            **kidney_fields(self.kidney),
            "conditions": self.conditions.ids,
            "medications": [use.record() for use in self.medications],
            "foods": [item.record() for item in self.foods],
            "supplements": [item.record() for item in self.supplements],
            "warnings": self.warnings,
            "cautions": [caution.record() for caution in self.cautions],
            "notes": [*stage.notes, *self.kidney.notes()],
            "sources": self.sources,
            "profile_used": self.profile_used,
        }

    def quiet(self) -> str:
        """``over``, ``kidney`` (supplements where kidney function advises against
        them), ``condition`` (with a condition that rules magnesium out), ``avoid``
        (with a medicine whose label advises against magnesium), else ``ul_status``
        as JSON has it: ``within`` or ``not_set`` (no UL for the group)."""
        if self.over_ul:
            return "over"
        taken = mg2(self.supplement_mg) > 0
        if taken and self.kidney.no_supplement:
            return "kidney"
        if taken and self.conditions.no_supplement:
            return "condition"
        if taken and self.avoid_medicines:
            return "avoid"
        return self.ul_status


def check(
    stage: LifeStage,
    foods: Sequence[str],
    supplements: Sequence[str | IntakeItem],
    medications: Sequence[str] = (),
    kidney_disease: bool = False,
    *,
    egfr: float | None = None,
    crcl: float | None = None,
    conditions: Sequence[str] = (),
) -> CheckResult:
    """Unknown medicines do not stop the check: each becomes a caution. An unknown
    condition does (the list of conditions is closed)."""

    food_items = [food_item(text) for text in foods]
    supplement_items = [  # an item already read (a cabinet product) is kept as it is
        text if isinstance(text, IntakeItem) else supplement_item(text) for text in supplements
    ]
    meds = [medication_use(text) for text in medications]
    kidney = KidneyFunction(egfr, kidney_disease, crcl)
    result = CheckResult(
        stage, food_items, supplement_items, meds, kidney, conditions=Conditions.of(conditions)
    )
    result.cautions.extend(check_cautions(result))
    return result


def check_cautions(result: CheckResult) -> list[Caution]:
    stage = result.stage
    found: list[Caution] = []
    supplement = mg2(result.supplement_mg)
    if result.over_ul:
        found.append(cautions.over_ul(stage, supplement))
        fix = result.stack_fix
        if fix is not None:
            found.append(Caution("stack", fix.sentence(), stage.standard.sources))
    scale = cautions.iv_scale(supplement)
    if scale is not None:
        found.append(scale)
    no_limit = stage.ul_mg is None and supplement > 0
    if no_limit:
        found.append(cautions.no_ul(stage))
    found.extend(result.kidney.cautions())
    found.extend(result.conditions.cautions())
    found.extend(cautions.medications(result.medications))
    found.extend(
        Caution("label", w, ("CFR101-36",)) for s in result.supplements for w in s.warnings
    )
    quiet_kidney = not (
        result.kidney.disease or result.kidney.cautions() or result.conditions.items
    )
    if supplement > 0 and quiet_kidney and not (no_limit or result.medications):
        found.append(cautions.general())
    return found
