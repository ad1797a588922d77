"""Results for ``mgcalc where`` and ``mgcalc profile show`` (pure: no file access)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, NamedTuple, TypedDict

from mgcalc.core.errors import InputError
from mgcalc.core.reference.interactions import MedicationRecord, MedicationUse, medication_use
from mgcalc.core.reference.lifestage import LifeStage

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields


class WhereRecord(TypedDict):
    home: fields.Home
    home_from: fields.HomeFrom
    config: fields.Config
    config_exists: fields.ConfigExists
    database: fields.Database
    database_exists: fields.DatabaseExists


class ProfileRecord(TypedDict):
    sex: fields.Sex
    age_years: fields.AgeYears | None
    pregnant: fields.Pregnant
    lactating: fields.Lactating
    standard: fields.Standard
    egfr_ml_min_1_73m2: fields.EgfrMlMin173m2 | None
    kidney_disease: fields.KidneyDisease
    crcl: fields.Crcl | None
    conditions: fields.Conditions
    medications: Annotated[list[MedicationRecord], fields.MEDICATIONS]
    life_stage: fields.LifeStage
    rda_mg: fields.RdaMg | None
    reference_type: fields.ReferenceType
    ul_mg: fields.UlMg | None
    path: fields.Path
    sources: fields.Sources


class WhereResult(NamedTuple):
    home: str
    home_from: str
    config: str
    config_exists: bool
    database: str
    database_exists: bool

    def record(self) -> WhereRecord:
        return {
            "home": self.home,
            "home_from": self.home_from,
            "config": self.config,
            "config_exists": self.config_exists,
            "database": self.database,
            "database_exists": self.database_exists,
        }

    def quiet(self) -> str:
        return self.home


class ProfileResult(NamedTuple):
    """A saved profile with the reference values it selects."""

    age: str | None
    egfr: float | None
    kidney_disease: bool
    medications: tuple[str, ...]
    stage: LifeStage
    path: str
    crcl: float | None = None
    conditions: tuple[str, ...] = ()

    def record(self) -> ProfileRecord:
        stage = self.stage
        return {
            "sex": stage.person.sex,
            "age_years": stage.age_years,
            "pregnant": stage.person.pregnant,
            "lactating": stage.person.lactating,
            "standard": stage.standard_id,
            "egfr_ml_min_1_73m2": self.egfr,
            "kidney_disease": self.kidney_disease,
            "crcl": self.crcl,
            "conditions": list(self.conditions),
            "medications": [saved_medication(text).record() for text in self.medications],
            "life_stage": stage.label,
            "rda_mg": stage.reference_mg,
            "reference_type": stage.reference_type,
            "ul_mg": stage.ul_mg,
            "path": self.path,
            "sources": list(stage.standard.sources),
        }

    def quiet(self) -> str:
        return self.stage.label


def saved_medication(text: str) -> MedicationUse:
    """A medicine as saved in the profile, read as ``--medication`` reads it (the
    same record as in check and plan); a saved line it cannot read stays unknown."""
    try:
        return medication_use(text)
    except InputError:
        return MedicationUse(text, text, None)
