"""Who the figures are for: sex, age, pregnancy or lactation -> a reference band.

Bands follow the tables exactly, in completed months of age (3 years is in 1-3,
4 in 4-8, 18 in 14-18, 19 in 19-30, 51 in 51+). Every assumption made (no age
given, pregnancy under the youngest pregnancy band) is returned as a note.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from mgcalc.core.chemistry.quantity import NUMBER, number_value
from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.data.reference import IntakeBand, Standard, UpperLevel, standards

Sex = Literal["female", "male"]
ASSUMED_ADULT_MONTHS = 31 * 12  # an adult aged 31-50 when no age is given
MAX_AGE_YEARS = 130
# Pregnancy or lactation below this age is refused as an impossible person. The IOM
# tables (as tabled by ODS) define pregnancy and lactation values from 14 years, and
# their UL band "9 years and older, pregnancy and lactation included" from 9; from 9
# to 13 years the 14-18 band is used, with a note saying so.
MIN_CONDITION_MONTHS = 9 * 12

_AGE = rf"(?i)^\s*([+-]?{NUMBER})\s*(m|mo|mos|months?|y|yr|yrs|years?)?\s*$"


def parse_age(text: str) -> int:
    """``30``, ``30.5``, ``8m``, ``8 months``, ``2y`` -> completed months of age."""
    match = re.match(_AGE, str(text))
    if match is None:
        raise InputError(
            f"cannot read age '{text}'", suggestion="give years (34, 2.5) or months (8m)"
        )
    value = number_value(match[1])
    unit = (match[2] or "y").lower()
    months = value if unit.startswith("m") else value * 12
    if months < 0:
        raise InputError(f"age '{text}' is negative", suggestion="give years (34) or months (8m)")
    if months / 12 > MAX_AGE_YEARS:
        raise InputError(f"age '{text}' is over {MAX_AGE_YEARS} years")
    return math.floor(months + 1e-9)


SEXES = ("female", "male")


def parse_sex(text: str) -> Sex:
    key = text.strip().lower()
    aliases: dict[str, Sex] = {
        "female": "female",
        "f": "female",
        "woman": "female",
        "male": "male",
        "m": "male",
        "man": "male",
    }
    if key not in aliases:
        raise UnknownNameError("sex", text, choices=SEXES)
    return aliases[key]


def get_standard(name: str) -> Standard:
    table = standards()
    key = name.strip().lower()
    if key not in table:
        raise UnknownNameError("standard", name, choices=list(table))
    return table[key]


@dataclass(frozen=True, slots=True)
class Person:
    sex: Sex
    age_months: int | None = None
    pregnant: bool = False
    lactating: bool = False

    def __post_init__(self) -> None:
        if self.pregnant and self.lactating:
            raise InputError("--pregnant and --lactating contradict each other; give one")
        if self.sex == "male" and (self.pregnant or self.lactating):
            raise InputError("pregnancy and lactation values apply only with --sex female")
        months = self.age_months
        if self.condition and months is not None and months < MIN_CONDITION_MONTHS:
            raise InputError(
                f"{self.condition} is not plausible under {MIN_CONDITION_MONTHS // 12} years; "
                "the IOM tables (ODS) start pregnancy and lactation values at 14 years, and "
                "the youngest UL that includes them starts at 9 years"
            )

    @property
    def condition(self) -> Literal["pregnancy", "lactation"] | None:
        if self.pregnant:
            return "pregnancy"
        return "lactation" if self.lactating else None


@dataclass(frozen=True, slots=True)
class LifeStage:
    """The reference band, value and UL that apply to a person under a standard."""

    standard_id: str
    standard: Standard
    person: Person
    band: IntakeBand
    reference_mg: int | None
    upper: UpperLevel
    notes: list[str] = field(default_factory=list)

    @property
    def age_assumed(self) -> bool:
        return self.person.age_months is None

    @property
    def age_years(self) -> float | None:
        months = self.person.age_months
        return None if months is None else round(months / 12, 2)

    @property
    def label(self) -> str:
        """The stage alone (``female, pregnant, 31-50 years``): what scripts read as
        ``life_stage``; whether the age was assumed is ``age_assumed``/``heading``."""
        state = {"pregnancy": ", pregnant", "lactation": ", lactating", None: ""}
        return f"{self.person.sex}{state[self.person.condition]}, {self.band.label}"

    @property
    def heading(self) -> str:
        """The stage as people read it, saying when an adult age was assumed."""
        return self.label + (" (age not given: adult assumed)" if self.age_assumed else "")

    @property
    def ul_mg(self) -> int | None:
        return self.upper.mg

    @property
    def reference_type(self) -> str:
        return self.band.type


def _containing(bands: Sequence[IntakeBand | UpperLevel], months: int) -> int:
    for index, band in enumerate(bands):
        if band.from_months <= months and (band.below_months is None or months < band.below_months):
            return index
    raise InputError(f"no reference band covers {months} months")  # validated data: unreachable


ADULT_MONTHS = 40 * 12  # any age inside the adult UL band


def adult_ul(standard: str) -> int | None:
    """The supplemental UL for adults, which a product label is read against."""
    for upper in get_standard(standard).ul:
        if upper.from_months <= ADULT_MONTHS and (
            upper.below_months is None or upper.below_months > ADULT_MONTHS
        ):
            return upper.mg
    return None


# The ages each FDA Daily Value group covers (data/labels.toml, FDA16: 21 CFR
# 101.9(c)(8)(iv)): a label for that group is read against the UL of the same ages.
# "adult" (adults and children 4 years and over), "pregnancy" and "pre-2016" are read
# against the adult UL, whose band includes pregnancy and lactation in both standards.
DV_GROUP_MONTHS = {
    "infant": 0,
    "child": 12,
    "adult": ADULT_MONTHS,
    "pregnancy": ADULT_MONTHS,
    "pre-2016": ADULT_MONTHS,
}


def group_upper(standard: str, dv_basis: str = "adult") -> UpperLevel:
    """The supplemental UL band for the group a label's DV basis names: a product for
    children 1-3 years is held against 65 mg (US), not the adult 350 mg; for infants
    no UL is set (``mg`` None), which is never 'within'."""
    bands = get_standard(standard).ul
    return bands[_containing(bands, DV_GROUP_MONTHS[dv_basis])]


def life_stage(person: Person, standard_id: str = "us") -> LifeStage:
    standard = get_standard(standard_id)
    standard_id = standard_id.strip().lower()
    notes: list[str] = []
    months = person.age_months
    if months is None:
        months = ASSUMED_ADULT_MONTHS
        notes.append("Age not given: an adult aged 31-50 is assumed; give --age for your band.")
    band = standard.band[_containing(standard.band, months)]
    condition = person.condition
    if condition is None:
        reference = getattr(band, person.sex)
    else:
        band, note = _condition_band(standard, band, condition, months)
        reference = getattr(band, condition)
        if note:
            notes.append(note)
    if reference is None and band.note:
        notes.append(band.note)
    upper = standard.ul[_containing(standard.ul, months)]
    if upper.note:
        notes.append(upper.note)
    return LifeStage(standard_id, standard, person, band, reference, upper, notes)


def _condition_band(
    standard: Standard, band: IntakeBand, condition: str, months: int
) -> tuple[IntakeBand, str | None]:
    if getattr(band, condition) is not None:
        return band, None
    defined = [b for b in standard.band if getattr(b, condition) is not None]
    if months < defined[0].from_months:
        youngest = defined[0]
        return youngest, (
            f"The {standard.name} tables set no {condition} value below "
            f"{youngest.label}; the youngest {condition} band ({youngest.label}) is used."
        )
    last = defined[-1].below_months
    span = f"{defined[0].from_months // 12}-{'' if last is None else last // 12 - 1}"
    raise InputError(
        f"the {standard.name} tables define {condition} values only for ages {span} years; "
        f"this age is outside them"
    )
