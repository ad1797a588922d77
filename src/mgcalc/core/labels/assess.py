"""What a label line really supplies: a parsed line against the references.

The parsed line (labels.reading) becomes elemental magnesium per unit, per serving
and per day, %DV (FDA16, by DV group), %NRV (EU1169) and the share of the
supplemental UL. Where the line leaves the amount open (a blend's compound weight,
a range) every figure is a range, so a blend is never shown as 0% of the UL.
A stated percent is checked against the reference it names (DV or NRV), accepting
any amount the printed figure may stand for under the rounding rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mgcalc.core.chemistry.counts import COUNT_OPTIONS, parse_count
from mgcalc.core.chemistry.forms import display_name
from mgcalc.core.figures import mg2
from mgcalc.core.intake.cautions import Caution
from mgcalc.core.labels import rounding as r
from mgcalc.core.labels.fit import eu_reading
from mgcalc.core.labels.names import fraction_span
from mgcalc.core.labels.parsed import ParsedLabel
from mgcalc.core.labels.percent_check import check_percent, percent_text, span_text
from mgcalc.core.labels.records import LabelRecord, StatedPercentRecord
from mgcalc.core.labels.rounding import check_dv_basis
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.lifestage import get_standard, group_upper
from mgcalc.data.labels import nrv

if TYPE_CHECKING:
    from mgcalc.core.intake.cautions import Caution

Span = tuple[float, float]


def label_cautions(warnings: list[str]) -> list[Caution]:
    """A label's warnings as cautions, the shape ``-q`` writes on stderr."""

    return [Caution("label", text, ()) for text in warnings]


def check_counts(units_per_serving: int, servings: int) -> None:
    """Units in a serving and servings a day, each a whole number from 1 to 100,
    refused as every count is (:func:`mgcalc.core.chemistry.counts.parse_count`)."""

    for name, value in (("--units-per-serving", units_per_serving), ("--servings", servings)):
        parse_count(value, name, whole=True, most=COUNT_OPTIONS[name])


def group_ul(standard: str, dv_basis: str) -> tuple[int | None, str, str | None]:
    """The UL (None where none is set) for the age group of the label's DV basis, the
    group as people read it (``US, 1-3 years``) and the standard's note on it."""

    upper = group_upper(standard, dv_basis)
    return upper.mg, f"{get_standard(standard).name}, {upper.label}", upper.note


@dataclass
class LabelResult:
    parsed: ParsedLabel
    units_per_serving: int = 1
    servings: int = 1
    dv_basis: str = "adult"
    standard: str = "us"
    warnings: list[str] = field(default_factory=list)
    # The line's figure is for one serving, as Supplement Facts states it (21 CFR 101.36(b)):
    # units_per_serving then divides it into units instead of multiplying it (label,
    # check and cabinet read lines so). False: a per-unit amount that a serving multiplies.
    line_per_serving: bool = False

    def __post_init__(self) -> None:
        check_dv_basis(self.dv_basis)
        check_counts(self.units_per_serving, self.servings)
        if self.standard == "eu":  # an unmarked percent is the %NRV an EU label states
            self.parsed = eu_reading(self.parsed)
        self.notes: list[str] = list(self.parsed.notes)
        weighs_compound = self.parsed.compound_mg is not None or self.parsed.figure_is == "compound"
        for form in self.parsed.forms:  # a bare name read as one hydrate says so
            if form.assumed is not None and weighs_compound:
                self.notes.append(form.assumed.text())
        panel_units = self.parsed.serving_units
        if panel_units is not None:
            if self.units_per_serving not in (1, panel_units):
                self.notes.append(
                    f"The label's serving size ({panel_units} units) was used, "
                    f"not --units-per-serving {self.units_per_serving}."
                )
            self.units_per_serving = panel_units
        elif self.line_per_serving and self.units_per_serving > 1 and not self.parsed.per_unit:
            self.notes.append(
                f"The line's figure is per serving, as Supplement Facts states amounts "
                f"(21 CFR 101.36(b)); a serving is {self.units_per_serving} units, so one "
                f"holds {span_text(self.per_unit_span, ' mg')}."
            )
        self.warnings = list(self.parsed.warnings)

    @property
    def line_span(self) -> Span | None:
        """Elemental magnesium in the line's own amount (what its % is for)."""
        parsed = self.parsed
        stated = parsed.amount_range
        if stated is None:
            return self._from_percent()
        if parsed.figure_is == "elemental":
            return stated
        spans = [fraction_span(form) for form in parsed.forms]
        high = stated[1] if parsed.maybe_magnesium else stated[1] * max(s[1] for s in spans)
        return stated[0] * min(s[0] for s in spans), high  # both readings: the UL on the higher

    def _from_percent(self) -> Span | None:
        parsed = self.parsed
        reference = nrv().mg if parsed.percent_basis == "nrv" else r.dv_mg(self.dv_basis)
        if parsed.stated_percent is None:
            if parsed.stated_percent_display and parsed.stated_percent_display.startswith("<"):
                return 0.0, reference / 100
            return None
        amount = parsed.stated_percent * reference / 100
        return amount, amount

    @property
    def per_serving_span(self) -> Span:
        span = self.line_span or (0.0, 0.0)
        per_serving = self.line_per_serving and not self.parsed.per_unit
        if self.parsed.per_unit and self.parsed.serving_units is not None:  # 'je 90 mg / Kapsel'
            return span[0] * self.units_per_serving, span[1] * self.units_per_serving
        if self.parsed.serving_units is not None or per_serving:
            return span
        return span[0] * self.units_per_serving, span[1] * self.units_per_serving

    @property
    def per_unit_span(self) -> Span:
        low, high = self.per_serving_span
        return low / self.units_per_serving, high / self.units_per_serving

    @property
    def per_serving(self) -> float | None:
        low, high = self.per_serving_span
        return low if low == high else None

    def record(self) -> LabelRecord:

        parsed, dv = self.parsed, r.dv_mg(self.dv_basis)
        serving = self.per_serving_span
        day = (serving[0] * self.servings, serving[1] * self.servings)
        exact = serving[0] == serving[1]
        warnings, notes = list(self.warnings), list(self.notes)
        blend = not parsed.maybe_magnesium and parsed.amount_max_mg is None
        if not exact and parsed.figure_is == "compound" and blend:
            why = (
                "A blend's compound weight does not say how much of each salt it holds"
                if len(parsed.forms) > 1
                else f"For {display_name(parsed.forms[0].id)} the supplier states the "
                "magnesium content as a range"
            )
            warnings.append(
                f"{why}: elemental magnesium is somewhere in {span_text(serving, ' mg')} a serving."
            )
        if parsed.amount_mg is None and self.line_span is not None:
            notes.append(
                f"No amount on the line: {span_text(self.line_span, ' mg')} derived from "
                f"{parsed.stated_percent_display} of the "
                + (
                    f"{nrv().mg} mg NRV"
                    if parsed.percent_basis == "nrv"
                    else f"{dv} mg Daily Value ({self.dv_basis})"
                )
                + "; a rounded percent pins the amount only to about half a percent."
            )
        matches, stated_percents = self._check_percents(warnings, notes)
        ul, group, ul_note = group_ul(self.standard, self.dv_basis)
        over = may_exceed = upper_limit.is_over(day[1], ul)  # the top, as check counts it
        if over:
            at_top = "" if upper_limit.is_over(day[0], ul) else " at the top of its range"
            warnings.append(
                f"{span_text(day, ' mg')} a day is over the supplemental UL of {ul} mg"
                f"{at_top} ({group}): diarrhoea is the first sign."
            )
        elif ul is None:
            notes.append(
                f"No supplemental UL is set for this group ({group}). {ul_note or ''}".strip()
            )
        percent_dv = (r.percent_of(serving[0], dv), r.percent_of(serving[1], dv))
        percent_nrv = (r.percent_of(serving[0], nrv().mg), r.percent_of(serving[1], nrv().mg))
        sources = ["FDA16", "EU1169", *get_standard(self.standard).sources]
        for form in parsed.forms:
            sources += form.sources
        if parsed.unlisted:
            sources.append("CFR101-36")
        supplies = parsed.compound_supplies_mg
        return {
            "input": parsed.text,
            "magnesium_row": parsed.line,
            "forms": [form.id for form in parsed.forms],
            "figure_is": parsed.figure_is,
            "stated_mg": None  # a range's top, as check counts it (core.upper_limit)
            if parsed.amount_mg is None
            else mg2(parsed.amount_max_mg or parsed.amount_mg),
            "stated_low_mg": None if parsed.amount_mg is None else mg2(parsed.amount_mg),
            "stated_high_mg": None  # stated_mg, beside its low end
            if parsed.amount_mg is None
            else mg2(parsed.amount_max_mg or parsed.amount_mg),
            "compound_mg": None if parsed.compound_mg is None else mg2(parsed.compound_mg),
            "compound_supplies_low_mg": None if supplies is None else mg2(supplies[0]),
            "compound_supplies_high_mg": None if supplies is None else mg2(supplies[1]),
            "elemental_per_unit_mg": mg2(self.per_unit_span[0]) if exact else None,
            "elemental_mg": mg2(serving[0]) if exact else None,
            "elemental_low_mg": mg2(serving[0]),
            "elemental_high_mg": mg2(serving[1]),
            "elemental_per_day_mg": mg2(day[0]) if exact else None,
            "elemental_per_day_low_mg": mg2(day[0]),
            "elemental_per_day_high_mg": mg2(day[1]),
            "units_per_serving": self.units_per_serving,
            "servings": self.servings,
            "dv_basis": self.dv_basis,
            "dv_mg": dv,
            "percent_dv": int(r.round_half_up(percent_dv[0])) if exact else None,
            "percent_dv_display": percent_text(percent_dv),
            "percent_nrv": int(r.round_half_up(percent_nrv[0])) if exact else None,
            "percent_nrv_display": percent_text(percent_nrv),
            "stated_percent": parsed.stated_percent,
            "stated_percent_display": parsed.stated_percent_display,
            "stated_percent_basis": parsed.percent_basis,
            "percent_matches": matches,
            "stated_percents": stated_percents,
            "standard": self.standard,
            "ul_mg": ul,
            "ul_group": group,
            "ul_status": upper_limit.status(day[1], ul),
            "percent_of_ul": None if ul is None or not exact else round(100 * day[0] / ul, 1),
            "percent_of_ul_low": None if ul is None else round(100 * day[0] / ul, 1),
            "percent_of_ul_high": None if ul is None else round(100 * day[1] / ul, 1),
            "over_ul": over,
            "may_exceed_ul": may_exceed,
            "descriptors": list(parsed.descriptors),
            "ignored": list(parsed.ignored),
            "notes": notes,
            "warnings": warnings,
            "sources": list(dict.fromkeys(sources)),
        }

    def _check_percents(
        self, warnings: list[str], notes: list[str]
    ) -> tuple[bool | None, list[StatedPercentRecord]]:
        """Each stated percent against the reference it names: all fit, and each."""
        parsed, line = self.parsed, self.line_span
        checked: list[StatedPercentRecord] = []
        for stated in parsed.stated_percents:
            fits = None
            if parsed.amount_mg is not None and line is not None:
                fits = check_percent(parsed, stated, line, self.dv_basis, warnings, notes)
            checked.append(
                {
                    "stated_percent": stated.value,
                    "stated_percent_display": stated.display,
                    "stated_percent_basis": stated.basis,
                    "percent_matches": fits,
                }
            )
        verdicts = [c["percent_matches"] for c in checked]
        return (None if None in verdicts or not verdicts else all(verdicts)), checked

    @property
    def cautions(self) -> list[Caution]:
        """The record's warnings, which ``-q`` writes on stderr (its one figure cannot
        show them): over the UL, a dropped second magnesium row, a percent that does not
        fit."""
        return label_cautions(self.record()["warnings"])

    def quiet(self) -> str:
        """One number, for scripts: a range's top, as check counts it against the UL
        (the range is in JSON: elemental_low_mg, elemental_high_mg)."""
        if self.line_span is None:
            return "unknown"
        return r.plain_number(mg2(self.per_serving_span[1]))
