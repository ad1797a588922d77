"""The records of a plan: the doses proposed and the result ``plan`` prints.

How the doses are worked out is :mod:`mgcalc.core.intake.planner`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.figures import frac5, mg2
from mgcalc.core.intake.cautions import Caution, CautionRecord
from mgcalc.core.intake.check import IntakeItem, IntakeItemRecord
from mgcalc.core.reference.conditions import Conditions
from mgcalc.core.reference.interactions import MedicationRecord, MedicationUse, clock
from mgcalc.core.reference.kidney import KidneyFunction, kidney_fields
from mgcalc.core.reference.lifestage import LifeStage
from mgcalc.core.reference.upper_limit import compound_low, compound_top

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class DoseRecord(TypedDict):
    time: fields.Time
    clock: fields.Clock | None
    elemental_mg: fields.ElementalMg
    compound_mg: fields.CompoundMg
    units: fields.Units | None
    note: fields.Note | None


class Dose(NamedTuple):
    time: str
    elemental_mg: float
    compound_mg: float
    units: int | None
    note: str | None
    minute: int | None = None  # clock time, when medicine times were given

    def record(self) -> DoseRecord:
        return {
            "time": self.time,
            "clock": None if self.minute is None else clock(self.minute),
            "elemental_mg": mg2(self.elemental_mg),
            "compound_mg": mg2(self.compound_mg),
            "units": self.units,
            "note": self.note,
        }


class PlanRecord(TypedDict):
    standard: fields.Standard
    life_stage: fields.LifeStage
    goal: fields.Goal
    target_mg: fields.TargetMg | None
    reference_type: fields.ReferenceType
    ul_mg: fields.UlMg | None
    food_mg: fields.FoodMg
    foods: Annotated[list[IntakeItemRecord], fields.FOODS]
    gap_mg: fields.GapMg
    form: fields.Form
    formula: fields.Formula
    fraction: fields.Fraction
    elemental_per_unit_mg: fields.ElementalPerUnitMg | None
    elemental_per_day_mg: fields.ElementalPerDayMg
    elemental_per_day_low_mg: fields.ElementalPerDayLowMg | None
    elemental_per_day_high_mg: fields.ElementalPerDayHighMg | None
    compound_mg: fields.CompoundMg
    units: fields.Units | None
    total_mg: fields.TotalMg
    doses: Annotated[list[DoseRecord], fields.DOSES]
    egfr_ml_min_1_73m2: fields.EgfrMlMin173m2 | None
    egfr_category: fields.EgfrCategory | None
    kidney_disease: fields.KidneyDisease
    crcl: fields.Crcl | None
    conditions: fields.Conditions
    medications: Annotated[list[MedicationRecord], fields.MEDICATIONS]
    warnings: fields.Warnings
    cautions: Annotated[list[CautionRecord], fields.CAUTIONS]
    notes: fields.Notes
    sources: fields.Sources
    profile_used: fields.ProfileUsed


@dataclass
class PlanResult:
    stage: LifeStage
    form: Form
    goal: str
    foods: list[IntakeItem]
    unit_elemental_mg: float | None
    medications: list[MedicationUse]
    kidney: KidneyFunction = field(default_factory=KidneyFunction)
    doses: list[Dose] = field(default_factory=list)
    cautions: list[Caution] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra_sources: list[str] = field(default_factory=list)  # behind notes, e.g. evidence
    profile_used: bool = False
    unit_span_mg: tuple[float, float] | None = None  # one unit, low and top of the range
    reason: str | None = None  # why no dose is proposed
    conditions: Conditions = field(default_factory=Conditions)

    def no_dose(self, why: str) -> None:
        """A note that says why no dose is proposed; -q writes it to stderr, since its
        figure alone (0) would not say why."""
        self.notes.append(why)
        self.reason = why

    @property
    def quiet_reason(self) -> str | None:
        return None if self.doses else self.reason

    @property
    def top_ratio(self) -> float:
        """Top of the form's stated content per nominal mg (1 without a range)."""
        return (self.form.fraction_high or self.form.fraction) / self.form.fraction

    @property
    def unit_top_mg(self) -> float:
        """One unit at the top of its range: what the UL is held against."""
        assert self.unit_elemental_mg is not None
        return self.unit_elemental_mg if self.unit_span_mg is None else self.unit_span_mg[1]

    @property
    def supplement_span(self) -> tuple[float, float]:
        """The proposed supplement at the low and top of the stated content."""
        if self.unit_elemental_mg is None:
            compound = self.supplement_mg / self.form.fraction
            return compound_low(self.form, compound), compound_top(self.form, compound)
        low, top = self.unit_span_mg or (self.unit_elemental_mg, self.unit_elemental_mg)
        units = self.units or 0
        return units * low, units * top

    @property
    def warnings(self) -> list[str]:
        return [caution.text for caution in self.cautions]

    @property
    def food_mg(self) -> float:
        return sum((item.elemental_mg for item in self.foods), 0.0)

    @property
    def gap_mg(self) -> float:
        reference = self.stage.reference_mg
        return 0.0 if reference is None else max(0.0, reference - self.food_mg)

    @property
    def supplement_mg(self) -> float:
        return sum((dose.elemental_mg for dose in self.doses), 0.0)

    @property
    def units(self) -> int | None:
        if self.unit_elemental_mg is None:
            return None
        return sum(dose.units or 0 for dose in self.doses)

    def record(self) -> PlanRecord:
        stage = self.stage
        sources = [*stage.standard.sources, "PUBCHEM", "IUPAC", "SEED"]
        sources += [s for caution in self.cautions for s in caution.sources]
        sources += [item.source for item in self.foods if item.source]
        sources += self.kidney.sources()
        sources += self.extra_sources
        return {
            "standard": stage.standard_id,
            "life_stage": stage.label,
            "goal": self.goal,
            "target_mg": stage.reference_mg,
            "reference_type": stage.reference_type,
            "ul_mg": stage.ul_mg,
            "food_mg": mg2(self.food_mg),
            "foods": [item.record() for item in self.foods],
            "gap_mg": mg2(self.gap_mg),
            "form": self.form.id,
            "formula": self.form.formula,
            "fraction": frac5(self.form.fraction),
            "elemental_per_unit_mg": None
            if self.unit_elemental_mg is None
            else mg2(self.unit_elemental_mg),
            "elemental_per_day_mg": mg2(self.supplement_mg),
            "elemental_per_day_low_mg": self._span_end(0),
            "elemental_per_day_high_mg": self._span_end(1),
            "compound_mg": mg2(self.supplement_mg / self.form.fraction),
            "units": self.units,
            "total_mg": mg2(self.food_mg + self.supplement_mg),
            "doses": [dose.record() for dose in self.doses],
            **kidney_fields(self.kidney),
            "conditions": self.conditions.ids,
            "medications": [use.record() for use in self.medications],
            "warnings": self.warnings,
            "cautions": [caution.record() for caution in self.cautions],
            "notes": list(self.notes),
            "sources": list(dict.fromkeys(sources)),
            "profile_used": self.profile_used,
        }

    def _span_end(self, end: int) -> float | None:
        """One end of the supplement's range, null without one (as check's items)."""
        span = self.supplement_span
        return None if mg2(span[0]) == mg2(span[1]) else mg2(span[end])

    def quiet(self) -> str:
        return f"{mg2(self.supplement_mg):g}"
