"""Label arithmetic: %DV, %NRV and the rounding rules of US labels.

- Supplement Facts, 21 CFR 101.36(b)(2)(iii): the percent of the Daily Value is
  declared to the nearest whole percent; below 1 percent, as "<1%". It may be
  computed from the actual (unrounded) amount, which mgcalc does.
- Nutrition Facts for foods, 21 CFR 101.9(c)(8)(iii): vitamins and minerals are
  declared to the nearest 2-percent increment up to and including 10 percent,
  the nearest 5-percent increment above 10 and up to and including 50 percent,
  and the nearest 10-percent increment above 50 percent; below 2 percent of the
  Daily Value they may be declared as zero (or by an asterisk).
- The quantitative amount of magnesium (both labels) is declared in 5 mg steps
  (FDA guidance on quantitative amounts under the 2016 rule; source FDAQA).
- EU %NRV (Regulation 1169/2011, Annex XIII): shown to the nearest whole percent.
Ties round half up, as "nearest" is read in labeling practice.
"""

from __future__ import annotations

import math

from mgcalc.data import daily_values, label_rounding, nrv


def round_half_up(value: float, step: float = 1.0) -> float:
    return math.floor(value / step + 0.5 + 1e-9) * step


def declared_amount(elemental_mg: float) -> int:
    """The amount printed on a US label, in the FDA's 5 mg steps."""
    return int(round_half_up(elemental_mg, label_rounding().amount_increment_mg))


def percent_of(amount_mg: float, reference_mg: float) -> float:
    return 100 * amount_mg / reference_mg


def supplement_percent_dv(elemental_mg: float, dv_mg: float) -> str:
    """21 CFR 101.36(b)(2)(iii): nearest whole percent, ``<1%`` below 1 percent."""
    percent = percent_of(elemental_mg, dv_mg)
    if percent < 1:
        return "<1%"
    return f"{int(round_half_up(percent))}%"


def food_percent_dv(elemental_mg: float, dv_mg: float) -> str:
    """21 CFR 101.9(c)(8)(iii): 2/5/10-percent increments; below 2 percent, 0%."""
    percent = percent_of(elemental_mg, dv_mg)
    if percent < 2:
        return "0%"
    if percent <= 10:
        step = 2.0
    elif percent <= 50:
        step = 5.0
    else:
        step = 10.0
    rounded = round_half_up(percent, step)
    if percent <= 10 < rounded:  # stay within the band whose step applied
        rounded = 10
    return f"{int(rounded)}%"


def percent_nrv(elemental_mg: float) -> int:
    return int(round_half_up(percent_of(elemental_mg, nrv().mg)))


def dv_mg(basis: str) -> int:
    return daily_values()[basis].mg
