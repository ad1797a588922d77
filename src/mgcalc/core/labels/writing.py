"""Writing a label: compound weights become the lines a manufacturer prints.

US lines are rounded as 21 CFR 101.36 (supplements) or 101.9 (foods, ``--food-label``)
require, EU lines as the Commission's 2012 guidance (EC2012TOL); see labels.rounding.
Two rules shape what is printed:
- below 2% of the RDI magnesium is not declared at all (101.36(b)(2)(i));
- the product must hold at least the declared amount (101.9(g)(4)(i), applied by
  101.36), so a figure that rounding lifted above the content is flagged, with the
  lower step and the overage that would make the rounded figure true.
The line printed is one that :func:`labels.reading.parse_label` reads back without
a warning (tested over many weights and forms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mgcalc.core.chemistry.forms import Form, display_name
from mgcalc.core.errors import MgcalcError
from mgcalc.core.figures import mg2
from mgcalc.core.labels import rounding as r
from mgcalc.core.labels.assess import check_counts, group_ul, label_cautions
from mgcalc.core.labels.names import resolve_name
from mgcalc.core.labels.records import DeclarationRecord
from mgcalc.core.labels.rounding import check_dv_basis
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.lifestage import get_standard
from mgcalc.data.chemistry import MaterialRecord
from mgcalc.data.labels import label_rounding, nrv

if TYPE_CHECKING:
    from mgcalc.core.intake.cautions import Caution


def label_name(form: Form) -> str:
    """The source name to print as a label would (``magnesium citrate``, ``magnesium
    L-threonate``, ``Magtein® magnesium L-threonate``), and one that the label reader
    resolves back to the same content: the catalogue name without its parenthetical,
    its case kept but for the first letter; a raw material's ``label_name`` where the
    brand must stay; the formula when no name reads back."""
    record = form.record
    candidates = [record.label_name] if isinstance(record, MaterialRecord) else []
    if record is not None:
        plain = re.sub(r"\s+", " ", form.name.split(" (")[0].replace(",", " ")).strip()
        candidates.append(plain[:1].lower() + plain[1:])
    for name in filter(None, candidates):
        try:
            if abs(resolve_name(name, []).fraction - form.fraction) < 1e-9:
                return name
        except MgcalcError:
            continue
    return form.formula


@dataclass(frozen=True, slots=True)
class DeclarationResult:
    """The Supplement Facts (or Nutrition Facts) and EU lines for compound weights
    per unit, scaled by units per serving (and servings a day for the UL)."""

    parts: list[tuple[Form, float]]
    dv_basis: str = "adult"
    food_label: bool = False
    units_per_serving: int = 1
    servings: int = 1
    standard: str = "us"

    def __post_init__(self) -> None:
        check_dv_basis(self.dv_basis)
        check_counts(self.units_per_serving, self.servings)

    @property
    def elemental_per_unit(self) -> float:
        return sum(compound * form.fraction for form, compound in self.parts)

    @property
    def elemental_mg(self) -> float:
        return self.elemental_per_unit * self.units_per_serving

    def record(self) -> DeclarationRecord:
        dv, elemental = r.dv_mg(self.dv_basis), self.elemental_mg
        names = ", ".join(dict.fromkeys(label_name(form) for form, _ in self.parts))
        declared = r.is_declared(elemental, dv)
        amount = r.declared_amount(elemental) if declared else None
        percent = (r.food_percent_dv if self.food_label else r.supplement_percent_dv)(elemental, dv)
        source = "" if self.food_label else f" (as {names})"
        line = f"Magnesium{source} {{}} mg {percent}%"
        warnings: list[str] = []
        meets = None if amount is None else amount <= elemental + 1e-9
        floor = overage = overage_compound = None
        if amount is None:
            warnings.append(self._not_declared(elemental, dv))
        elif not meets:
            floor = r.declared_floor(elemental)
            overage = amount - elemental
            if len(self.parts) == 1:
                overage_compound = overage / self.parts[0][0].fraction / self.units_per_serving
            warnings.append(self._overstated(amount, elemental, floor, overage, overage_compound))
        for form in dict.fromkeys(form for form, _ in self.parts):
            if form.assumed is not None:  # a bare name read as one hydrate: declare from yours
                warnings.append(
                    f"{form.assumed.text()} A declaration from another hydrate than the raw "
                    "material's misstates the content: give the raw material's id."
                )
        for form, _ in self.parts:
            if form.fraction_low is not None and form.fraction_low < form.fraction:
                low = (
                    elemental
                    - sum(c * (f.fraction - (f.fraction_low or f.fraction)) for f, c in self.parts)
                    * self.units_per_serving
                )
                warnings.append(
                    f"The magnesium content of {display_name(form.id)} is stated as a range; "
                    "the line uses the "
                    f"nominal {form.fraction:.1%}. At the low end a serving holds "
                    f"{r.plain_number(mg2(low))} mg: base the claim on the lot's assay."
                )
                break
        per_day = elemental * self.servings
        top_per_day = (
            self.servings
            * self.units_per_serving
            * sum(upper_limit.compound_top(form, compound) for form, compound in self.parts)
        )
        ul, group, _ = group_ul(self.standard, self.dv_basis)
        over = upper_limit.is_over(top_per_day, ul)  # the top of any range, as check counts
        if over:
            upto = "" if mg2(top_per_day) == mg2(per_day) else f" (up to {mg2(top_per_day):g})"
            warnings.append(
                f"{r.plain_number(mg2(per_day))}{upto} mg a day ({self.servings} servings) is "
                f"over the supplemental UL of {ul} mg ({group})."
            )
        eu_amount, eu_percent = r.eu_amount(elemental), r.percent_nrv(elemental)
        return {
            "declaration": None if amount is None else line.format(amount),
            "declared": amount is not None,
            "eu_declaration": f"Magnesium {r.plain_number(eu_amount)} mg ({eu_percent}% NRV)",
            "forms": [form.id for form, _ in self.parts],
            "compound_mg": mg2(sum(compound for _, compound in self.parts)),
            "compound_parts_mg": [mg2(compound) for _, compound in self.parts],
            "units_per_serving": self.units_per_serving,
            "servings": self.servings,
            "elemental_per_unit_mg": mg2(self.elemental_per_unit),
            "elemental_mg": mg2(elemental),
            "elemental_per_day_mg": mg2(per_day),
            "declared_mg": amount,
            "percent_dv": percent if amount is not None else None,
            "percent_dv_display": f"{percent}%" if amount is not None else None,
            "meets_declared_amount": meets,
            "compliant_declaration": None if floor is None else line.format(floor),
            "compliant_declared_mg": floor,
            "overage_mg": None if overage is None else mg2(overage),
            "overage_compound_mg": None if overage_compound is None else mg2(overage_compound),
            "eu_declared_mg": eu_amount,
            "percent_nrv": eu_percent,
            "percent_nrv_display": f"{eu_percent}%",
            "dv_basis": self.dv_basis,
            "dv_mg": dv,
            "standard": self.standard,
            "ul_mg": ul,
            "ul_group": group,
            "ul_status": upper_limit.status(top_per_day, ul),
            "over_ul": over,
            "rule": self._rule(),
            "warnings": warnings,
            "sources": list(
                dict.fromkeys(
                    [
                        "FDA16",
                        label_rounding().amount_source,
                        label_rounding().eu_source,
                        nrv().source,
                        *get_standard(self.standard).sources,
                        *(s for form, _ in self.parts for s in form.sources),
                        *(
                            s
                            for form, _ in self.parts
                            if form.assumed
                            for s in form.assumed.sources
                        ),
                    ]
                )
            ),
        }

    def _rule(self) -> str:
        step = label_rounding().amount_increment_mg
        us = (
            "21 CFR 101.9(c)(8)(iii): Nutrition Facts %DV in 2/5/10% steps"
            if self.food_label
            else "21 CFR 101.36(b)(2)(iii): Supplement Facts %DV to the nearest whole percent"
        )
        return (
            f"{us}; amount in {step} mg steps (FDA guidance); at least the declared amount "
            "(101.9(g)(4)(i)); EU amount to 3 significant figures, %NRV to the whole percent "
            "(EC 2012 guidance)"
        )

    def _not_declared(self, elemental: float, dv: int) -> str:
        where = (
            "Nutrition Facts may declare it as 0 or leave it off (21 CFR 101.9(c)(8)(iii))"
            if self.food_label
            else "Supplement Facts does not declare it at all (21 CFR 101.36(b)(2)(i))"
        )
        return (
            f"{r.plain_number(mg2(elemental))} mg is under "
            f"{label_rounding().declare_from_percent_dv}% of the {dv} mg Daily Value: {where}."
        )

    def _overstated(
        self, amount: int, elemental: float, floor: int, overage: float, compound: float | None
    ) -> str:
        extra = (
            f" ({r.plain_number(mg2(compound))} mg more {label_name(self.parts[0][0])} a unit)"
            if compound is not None
            else ""
        )
        return (
            f"Rounding declares {amount} mg, more than the {r.plain_number(mg2(elemental))} mg "
            "the formula holds; 21 CFR 101.9(g)(4)(i) requires at least the declared amount. "
            f"Declare {floor} mg, or add {r.plain_number(mg2(overage))} mg of magnesium{extra} "
            f"to declare {amount} mg."
        )

    @property
    def cautions(self) -> list[Caution]:
        """The record's warnings, which ``-q`` writes on stderr."""
        return label_cautions(self.record()["warnings"])

    def quiet(self) -> str:
        """The line to print: the compliant one where rounding would declare more than
        the product holds (101.9(g)(4)(i)); the warning saying so goes to stderr."""
        record = self.record()
        return record["compliant_declaration"] or record["declaration"] or "not declared"
