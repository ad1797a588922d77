"""Writing a label: compound weights become the lines a manufacturer prints.

US lines are rounded as 21 CFR 101.36 (supplements) or 101.9 (foods, ``--food-label``)
require, EU lines as the Commission's 2012 guidance (EC2012TOL); see labels.rounding.
The rules that shape what is printed:
- the content is the least the product may hold (labels.basis: a specification
  minimum, the leanest hydrate, an assay), not the nominal figure;
- below 2% of the RDI magnesium is not declared at all (101.36(b)(2)(i));
- the product must hold at least the declared amount (101.9(g)(4)(i), applied by
  101.36): ``declaration`` is always such a line; a figure rounded up past the
  content is only an alternative, with the overage that would make it true;
- the %DV is computed from the declared amount (101.36(b)(2)(iii) allows it or the
  actual amount): the printed line checks itself;
- the EU line states the recommended daily dose (2002/46/EC Art. 8(2)), the amount
  per serving beside it.
The line printed is one that :func:`labels.reading.parse_label` reads back without
a warning (tested over many weights and forms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.errors import MgcalcError
from mgcalc.core.figures import counted, mass, mg2, plain
from mgcalc.core.labels import rounding as r
from mgcalc.core.labels import writer_notes as notes
from mgcalc.core.labels.assess import check_counts, group_ul, label_cautions
from mgcalc.core.labels.basis import ContentBasis, Purity, content_basis
from mgcalc.core.labels.claims import check_assay, windows
from mgcalc.core.labels.names import resolve_name
from mgcalc.core.labels.records import DeclarationRecord
from mgcalc.core.labels.rounding import check_dv_basis
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.lifestage import get_standard
from mgcalc.data.chemistry import MaterialRecord
from mgcalc.data.labels import compliance, label_rounding, nrv

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
    per unit, scaled by units per serving (and servings a day for the EU daily dose
    and the UL). ``purities``: one ``--purity`` per part or none; ``overage``: the
    share planned above the claim (0.05); ``assay_mg``: magnesium an assay found in
    one unit of the finished product."""

    parts: list[tuple[Form, float]]
    dv_basis: str = "adult"
    food_label: bool = False
    units_per_serving: int = 1
    servings: int = 1
    standard: str = "us"
    purities: tuple[Purity | None, ...] = ()
    overage: float = 0.0
    assay_mg: float | None = None

    def __post_init__(self) -> None:
        check_dv_basis(self.dv_basis)
        check_counts(self.units_per_serving, self.servings)

    @property
    def bases(self) -> list[ContentBasis]:
        purities = self.purities or (None,) * len(self.parts)
        return [content_basis(f, p) for (f, _), p in zip(self.parts, purities, strict=True)]

    @property
    def elemental_per_unit(self) -> float:
        return sum(compound * form.fraction for form, compound in self.parts)

    @property
    def elemental_mg(self) -> float:
        return self.elemental_per_unit * self.units_per_serving

    def record(self) -> DeclarationRecord:
        bases = self.bases
        units, servings = self.units_per_serving, self.servings
        content = units * sum(b.fraction * c for b, (_, c) in zip(bases, self.parts, strict=True))
        dv, elemental = r.dv_mg(self.dv_basis), self.elemental_mg
        names = ", ".join(dict.fromkeys(label_name(form) for form, _ in self.parts))
        source = "" if self.food_label else f" (as {names})"
        declared = r.is_declared(content, dv)
        held = content / (1 + self.overage)  # what the claim may be, the overage kept above it
        amount, step = r.compliant_amount(held, dv) if declared else (None, None)
        line = f"Magnesium{source} {{}} mg {{}}%"
        percent = None if amount is None else self._percent(amount, dv)
        warnings = [note for b in bases if (note := b.note)]
        for b in bases:  # a bare name's reading, unless the lot's assay settles it
            if b.form.assumed is not None and b.kind != "assay":
                warnings.insert(0, b.form.assumed.text())
        rounded = overage = overage_compound = None
        if amount is None:
            warnings.append(notes.not_declared(content, dv, self.food_label))
        else:
            nearest = r.declared_amount(held)
            if nearest > amount and r.percent_of(nearest, dv) >= 2 - 1e-9:
                rounded = nearest
                overage = nearest * (1 + self.overage) - content
                if len(self.parts) == 1:
                    overage_compound = overage / bases[0].fraction / units
                extra = (
                    None
                    if overage_compound is None
                    else f"{mass(overage_compound)} more {label_name(self.parts[0][0])} a unit"
                )
                warnings.append(
                    notes.rounded_up(amount, nearest, held, overage, extra, self.overage)
                )
            if step is not None and step < label_rounding().amount_increment_mg:
                warnings.append(notes.finer(amount, step, dv, self.food_label))
        fill = None if amount is None else amount * (1 + self.overage)
        fill_compound = (
            None if fill is None or len(self.parts) != 1 else fill / bases[0].fraction / units
        )
        if self.overage and fill is not None:
            warnings.append(notes.overage_note(self.overage, amount or 0, fill, fill_compound))
        eu_day, eu_serving = r.eu_amount(content * servings), r.eu_amount(content)
        nrv_day, nrv_serving = r.percent_nrv(content * servings), r.percent_nrv(content)
        rule = compliance()
        significant = nrv_day >= rule.eu_significant_percent_nrv
        if not significant and self.standard == "eu":
            warnings.append(notes.not_significant(eu_day, nrv_day))
        window = windows(amount, eu_day)
        assay = None if self.assay_mg is None else self.assay_mg * units
        check = None if assay is None else check_assay(assay, amount, assay * servings, eu_day)
        if check is not None and not (check.us_ok is not False and check.eu_ok):
            warnings.extend(check.notes)  # a passing assay is in assay_meets_us/_within_eu
        per_day = elemental * servings
        top_per_day = (
            servings
            * units
            * sum(upper_limit.compound_top(form, compound) for form, compound in self.parts)
        )
        ul, group, _ = group_ul(self.standard, self.dv_basis)
        over = upper_limit.is_over(top_per_day, ul)  # the top of any range, as check counts
        if over:
            upto = "" if mg2(top_per_day) == mg2(per_day) else f" (up to {mass(top_per_day)})"
            warnings.append(
                f"{mass(per_day)}{upto} a day ({counted(servings, 'serving')}) is "
                f"over the supplemental UL of {ul} mg ({group})."
            )
        eu_line = "Magnesium {} mg ({}% NRV)"
        return {
            "declaration": None if amount is None else line.format(plain(amount), percent),
            "declared": amount is not None,
            "eu_declaration": eu_line.format(plain(eu_day), nrv_day),
            "eu_serving_declaration": eu_line.format(plain(eu_serving), nrv_serving),
            "forms": [form.id for form, _ in self.parts],
            "compound_mg": mg2(sum(compound for _, compound in self.parts)),
            "compound_parts_mg": [mg2(compound) for _, compound in self.parts],
            "units_per_serving": units,
            "servings": servings,
            "elemental_per_unit_mg": mg2(self.elemental_per_unit),
            "elemental_mg": mg2(elemental),
            "elemental_per_day_mg": mg2(per_day),
            "declaration_basis": [b.kind for b in bases],
            "declaration_basis_mg": mg2(content),
            "declared_mg": amount,
            "declared_step_mg": step,
            "percent_dv": percent,
            "percent_dv_display": None if percent is None else f"{percent}%",
            "percent_dv_from": label_rounding().percent_dv_from,
            "meets_declared_amount": None if amount is None else content >= amount - 1e-9,
            "rounded_declaration": None
            if rounded is None
            else line.format(rounded, self._percent(rounded, dv)),
            "rounded_declared_mg": rounded,
            "overage_mg": None if overage is None else mg2(overage),
            "overage_compound_mg": None if overage_compound is None else mg2(overage_compound),
            "overage_percent": round(self.overage * 100, 4),
            "fill_mg": None if fill is None else mg2(fill),
            "fill_compound_mg": None if fill_compound is None else mg2(fill_compound),
            "us_minimum_mg": window.us_minimum_mg,
            "eu_declared_mg": eu_day,
            "eu_serving_declared_mg": eu_serving,
            "eu_tolerance_mg": [window.eu_low_mg, window.eu_high_mg],
            "percent_nrv": nrv_day,
            "percent_nrv_display": f"{nrv_day}%",
            "percent_nrv_serving": nrv_serving,
            "eu_significant": significant,
            "assay_mg": None if assay is None else mg2(assay),
            "assay_meets_us": None if check is None else check.us_ok,
            "assay_within_eu": None if check is None else check.eu_ok,
            "dv_basis": self.dv_basis,
            "dv_mg": dv,
            "standard": self.standard,
            "ul_mg": ul,
            "ul_group": group,
            "ul_status": upper_limit.status(top_per_day, ul),
            "over_ul": over,
            "rule": self._rule(),
            "warnings": warnings,
            "sources": self._sources(bases),
        }

    def _percent(self, amount: float, dv: int) -> int:
        """The %DV of a declared amount (101.36(b)(2)(iii); 101.9(c)(8)(iii) for foods)."""
        return (r.food_percent_dv if self.food_label else r.supplement_percent_dv)(amount, dv)

    def _sources(self, bases: list[ContentBasis]) -> list[str]:
        rounding, rule = label_rounding(), compliance()
        return list(
            dict.fromkeys(
                [
                    "FDA16",
                    "CFR101-36",
                    rule.us_source,
                    rounding.amount_source,
                    rounding.eu_source,
                    nrv().source,
                    rule.eu_per_daily_dose_source,
                    *get_standard(self.standard).sources,
                    *(s for form, _ in self.parts for s in form.sources),
                    *(s for form, _ in self.parts if form.assumed for s in form.assumed.sources),
                    *(s for b in bases for s in b.sources),
                ]
            )
        )

    def _rule(self) -> str:
        step = label_rounding().amount_increment_mg
        us = (
            "21 CFR 101.9(c)(8)(iii): Nutrition Facts %DV in 2/5/10% steps"
            if self.food_label
            else "21 CFR 101.36(b)(2)(iii): Supplement Facts %DV to the nearest whole percent"
        )
        return (
            f"{us}, from the declared amount; amount in {step} mg steps (FDA guidance, FDAQA), "
            "finer where needed to state 2% of the DV (101.9(c)(8)(iii)); at least the "
            "declared amount (101.9(g)(4)(i)), from the least content the raw material may "
            "have; EU per daily dose (2002/46/EC Art. 8(2)), amount to 3 significant "
            "figures, %NRV to the whole percent (EC 2012 guidance)"
        )

    def explain_steps(self) -> list[str]:
        """The chain from compound weights to the declared lines (``--explain``)."""
        record, units = self.record(), self.units_per_serving
        steps = [
            f"{b.form.id}: {plain(mg2(c))} mg x {b.fraction:.5f} ({b.kind}) x "
            f"{counted(units, 'unit')} = {plain(mg2(c * b.fraction * units))} mg a serving"
            for b, (_, c) in zip(self.bases, self.parts, strict=True)
        ]
        if self.overage:
            steps.append(
                f"claim at most {plain(record['declaration_basis_mg'])} mg / "
                f"{1 + self.overage:g} (overage) = "
                f"{plain(mg2(record['declaration_basis_mg'] / (1 + self.overage)))} mg"
            )
        if record["declared_mg"] is not None:
            steps.append(
                f"declared = {plain(record['declared_mg'])} mg (highest "
                f"{plain(record['declared_step_mg'] or 0)} mg step held; 101.9(g)(4)(i)); "
                f"%DV = {plain(record['declared_mg'])} / {record['dv_mg']} = "
                f"{record['percent_dv']}% (101.36(b)(2)(iii), from the declared amount)"
            )
        steps.append(
            f"EU = {plain(record['declaration_basis_mg'])} mg x "
            f"{counted(self.servings, 'serving')} -> "
            f"{plain(record['eu_declared_mg'])} mg, {record['percent_nrv']}% of "
            f"{nrv().mg} mg (2002/46/EC Art. 8(2); EC2012TOL)"
        )
        return steps

    @property
    def cautions(self) -> list[Caution]:
        """The record's warnings, which ``-q`` writes on stderr."""
        return label_cautions(self.record()["warnings"])

    def quiet(self) -> str:
        """The line to print: the compliant US line (the EU daily-dose line with
        ``--standard eu``); the notes on it go to stderr."""
        record = self.record()
        if self.standard == "eu":
            return record["eu_declaration"]
        return record["declaration"] or "not declared"
