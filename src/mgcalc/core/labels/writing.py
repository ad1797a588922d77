"""Writing a label: compound weights become the line a manufacturer prints.

Rounded as 21 CFR 101.36 (supplements) or 101.9 (foods, ``--food-label``) require.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing_extensions import TypedDict

from mgcalc.core.forms import Form
from mgcalc.core.labels.rounding import (
    declared_amount,
    dv_mg,
    food_percent_dv,
    percent_nrv,
    supplement_percent_dv,
)
from mgcalc.core.results import mg2
from mgcalc.data import label_rounding, nrv


class DeclarationRecord(TypedDict):
    declaration: str
    eu_declaration: str
    forms: list[str]
    compound_mg: list[float]
    elemental_mg: float
    declared_mg: int
    percent_dv: str
    percent_nrv: int
    dv_basis: str
    dv_mg: int
    rule: str
    sources: list[str]


def label_name(form: Form) -> str:
    """``Magnesium citrate (trimagnesium dicitrate, anhydrous)`` -> ``magnesium citrate``."""
    return form.name.split(" (")[0].split(",")[0].strip().lower()


@dataclass(frozen=True)
class DeclarationResult:
    """The Supplement Facts (or Nutrition Facts) line for given compound weights."""

    parts: list[tuple[Form, float]]
    dv_basis: str = "adult"
    food_label: bool = False

    @property
    def elemental_mg(self) -> float:
        return sum(compound * form.fraction for form, compound in self.parts)

    def record(self) -> DeclarationRecord:
        dv = dv_mg(self.dv_basis)
        elemental = self.elemental_mg
        declared = declared_amount(elemental)
        percent = (food_percent_dv if self.food_label else supplement_percent_dv)(elemental, dv)
        names = ", ".join(dict.fromkeys(label_name(form) for form, _ in self.parts))
        rule = (
            "21 CFR 101.9(c)(8)(iii): Nutrition Facts %DV in 2/5/10% steps"
            if self.food_label
            else "21 CFR 101.36(b)(2)(iii): Supplement Facts %DV to the nearest whole percent"
        )
        rule += f"; amount in {label_rounding().amount_increment_mg} mg steps (FDA guidance)"
        return {
            "declaration": f"Magnesium (as {names}) {declared} mg {percent}",
            "eu_declaration": f"Magnesium {declared} mg ({percent_nrv(elemental)}% NRV)",
            "forms": [form.id for form, _ in self.parts],
            "compound_mg": [mg2(compound) for _, compound in self.parts],
            "elemental_mg": mg2(elemental),
            "declared_mg": declared,
            "percent_dv": percent,
            "percent_nrv": percent_nrv(elemental),
            "dv_basis": self.dv_basis,
            "dv_mg": dv,
            "rule": rule,
            "sources": ["FDA16", label_rounding().amount_source, nrv().source, "PUBCHEM", "IUPAC"],
        }

    def quiet(self) -> str:
        return self.record()["declaration"]
