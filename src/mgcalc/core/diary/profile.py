"""Results for ``mgcalc where`` and ``mgcalc profile show`` (pure: no file access)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from mgcalc.core.errors import InputError
from mgcalc.core.reference.interactions import MedicationRecord, MedicationUse, medication_use
from mgcalc.core.reference.lifestage import LifeStage


class WhereRecord(TypedDict):
    home: str
    home_from: str
    config: str
    config_exists: bool
    database: str
    database_exists: bool


class ProfileRecord(TypedDict):
    sex: str
    age_years: float | None
    pregnant: bool
    lactating: bool
    standard: str
    egfr: float | None
    kidney_disease: bool
    medications: list[MedicationRecord]
    life_stage: str
    rda_mg: int | None
    reference_type: str
    ul_mg: int | None
    path: str
    sources: list[str]


@dataclass(frozen=True, slots=True)
class WhereResult:
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


@dataclass(frozen=True, slots=True)
class ProfileResult:
    """A saved profile with the reference values it selects."""

    age: str | None
    egfr: float | None
    kidney_disease: bool
    medications: tuple[str, ...]
    stage: LifeStage
    path: str

    def record(self) -> ProfileRecord:
        stage = self.stage
        return {
            "sex": stage.person.sex,
            "age_years": stage.age_years,
            "pregnant": stage.person.pregnant,
            "lactating": stage.person.lactating,
            "standard": stage.standard_id,
            "egfr": self.egfr,
            "kidney_disease": self.kidney_disease,
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
