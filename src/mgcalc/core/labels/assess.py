"""What a label line really supplies: a parsed line against the references.

The parsed line (labels.reading) becomes elemental magnesium per serving and per
day, %DV (FDA16, by DV group), %NRV (EU1169) and the share of the supplemental UL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from typing_extensions import TypedDict

from mgcalc.core.errors import InputError
from mgcalc.core.labels.reading import ParsedLabel
from mgcalc.core.labels.rounding import (
    dv_mg,
    percent_nrv,
    percent_of,
    round_half_up,
    supplement_percent_dv,
)
from mgcalc.core.lifestage import get_standard
from mgcalc.core.results import mg2
from mgcalc.data import daily_values

ADULT_MONTHS = 40 * 12


class LabelRecord(TypedDict):
    input: str
    forms: list[str]
    figure_is: str
    stated_mg: float
    compound_mg: float | None
    elemental_mg: float | None
    elemental_range_mg: list[float] | None
    elemental_per_day_mg: float | None
    units_per_serving: int
    servings: int
    dv_basis: str
    dv_mg: int
    percent_dv: int | None
    percent_nrv: int | None
    stated_percent_dv: str | None
    percent_dv_matches: bool | None
    standard: str
    ul_mg: int | None
    percent_of_ul: float | None
    over_ul: bool
    warnings: list[str]
    sources: list[str]


def adult_ul(standard: str) -> int | None:
    """The supplemental UL for adults, which a product label is read against."""
    for upper in get_standard(standard).ul:
        if upper.from_months <= ADULT_MONTHS and (
            upper.below_months is None or upper.below_months > ADULT_MONTHS
        ):
            return upper.mg
    return None


@dataclass
class LabelResult:
    parsed: ParsedLabel
    units_per_serving: int = 1
    servings: int = 1
    dv_basis: str = "adult"
    standard: str = "us"
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.dv_basis not in daily_values():
            from mgcalc.core.errors import UnknownNameError, suggest

            raise UnknownNameError(
                "DV basis", self.dv_basis, suggest(self.dv_basis, list(daily_values()))
            )
        for name, value in (
            ("--units-per-serving", self.units_per_serving),
            ("--servings", self.servings),
        ):
            if not 1 <= value <= 100:
                raise InputError(f"{name} must be from 1 to 100, got {value}")
        self.warnings = list(self.parsed.warnings)

    @property
    def per_unit_range(self) -> tuple[float, float] | None:
        parsed = self.parsed
        if parsed.figure_is == "elemental":
            return parsed.amount_mg, parsed.amount_mg
        if not parsed.forms:
            return None
        fractions = [form.fraction for form in parsed.forms]
        return parsed.amount_mg * min(fractions), parsed.amount_mg * max(fractions)

    @property
    def per_serving(self) -> float | None:
        span = self.per_unit_range
        if span is None or span[0] != span[1]:
            return None
        return span[0] * self.units_per_serving

    def record(self) -> LabelRecord:
        parsed, dv = self.parsed, dv_mg(self.dv_basis)
        per_serving = self.per_serving
        per_day = None if per_serving is None else per_serving * self.servings
        span = self.per_unit_range
        warnings = list(self.warnings)
        if per_serving is None and span is not None:
            warnings.append(
                "A blend's compound weight does not say how much of each salt it holds: "
                f"elemental magnesium is somewhere in {mg2(span[0]):g}-{mg2(span[1]):g} mg a unit."
            )
        percent_dv = (
            None if per_serving is None else int(round_half_up(percent_of(per_serving, dv)))
        )
        matches = None
        if parsed.stated_percent is not None and per_serving is not None:
            printed = supplement_percent_dv(per_serving, dv)
            matches = printed == f"{parsed.stated_percent}%"
            if not matches:
                warnings.append(self._mismatch(per_serving, printed))
        ul = adult_ul(self.standard)
        over = ul is not None and per_day is not None and mg2(per_day) > ul
        if over:
            warnings.append(
                f"{mg2(per_day or 0):g} mg a day is over the supplemental UL of {ul} mg "
                f"({get_standard(self.standard).name}, adults): diarrhoea is the first sign."
            )
        sources = ["FDA16", "EU1169", *get_standard(self.standard).sources]
        if parsed.forms:
            sources += ["PUBCHEM", "IUPAC"]
        return {
            "input": parsed.text,
            "forms": [form.id for form in parsed.forms],
            "figure_is": parsed.figure_is,
            "stated_mg": mg2(parsed.amount_mg),
            "compound_mg": mg2(parsed.amount_mg) if parsed.figure_is == "compound" else None,
            "elemental_mg": None if per_serving is None else mg2(per_serving),
            "elemental_range_mg": None
            if span is None or per_serving is not None
            else [mg2(span[0]), mg2(span[1])],
            "elemental_per_day_mg": None if per_day is None else mg2(per_day),
            "units_per_serving": self.units_per_serving,
            "servings": self.servings,
            "dv_basis": self.dv_basis,
            "dv_mg": dv,
            "percent_dv": percent_dv,
            "percent_nrv": None if per_serving is None else percent_nrv(per_serving),
            "stated_percent_dv": parsed.stated_percent,
            "percent_dv_matches": matches,
            "standard": self.standard,
            "ul_mg": ul,
            "percent_of_ul": None
            if ul is None or per_day is None
            else round(100 * per_day / ul, 1),
            "over_ul": over,
            "warnings": warnings,
            "sources": list(dict.fromkeys(sources)),
        }

    def _mismatch(self, per_serving: float, printed: str) -> str:
        stated = f"{self.parsed.stated_percent}%"
        message = (
            f"The line states {stated}, but {mg2(per_serving):g} mg is {printed} of the "
            f"{dv_mg(self.dv_basis)} mg Daily Value ({self.dv_basis})."
        )
        others = [
            f"{value.label} ({value.mg} mg)"
            for basis, value in daily_values().items()
            if basis != self.dv_basis and supplement_percent_dv(per_serving, value.mg) == stated
        ]
        if others:
            return message + " It matches: " + "; ".join(others) + "."
        return message

    def quiet(self) -> str:
        value = self.per_serving
        return "unknown" if value is None else f"{mg2(value):g}"
