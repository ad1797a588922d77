"""Label arithmetic: %DV, %NRV and the rounding rules of US and EU labels.

- Supplement Facts, 21 CFR 101.36(b)(2)(i): a vitamin or mineral is declared only
  when present above the amount that Nutrition Facts may declare as zero, i.e. at
  2 percent of the RDI or more (101.9(c)(8)(iii)). Below that, magnesium is not
  declared at all; the "<1%" form of 101.36(b)(2)(iii) is for dietary ingredients
  without an RDI, not for magnesium.
- Supplement Facts %DV, 101.36(b)(2)(iii): nearest whole percent, computed from
  the actual or the declared amount (either is allowed; mgcalc computes from the
  actual amount and its reader accepts both).
- Nutrition Facts for foods, 101.9(c)(8)(iii): 2-percent steps up to 10 percent,
  5-percent steps to 50, 10-percent steps above; below 2 percent, zero.
- The quantitative amount of magnesium is declared in 5 mg steps (FDAQA).
- Compliance direction, 101.9(g)(4)(i) applied to supplements by 101.36: an added
  nutrient must be present at 100 percent or more of the declared amount, so a
  figure rounded up past the actual content needs an overage or a lower step.
- EU (EC2012TOL, Table 4): magnesium amounts to 3 significant figures; %NRV
  (Regulation 1169/2011) to the nearest whole percent.
Ties round half up, as "nearest" is read in labelling practice.
"""

from __future__ import annotations

import math

from mgcalc.core.errors import UnknownNameError
from mgcalc.core.figures import plain
from mgcalc.data.labels import daily_values, label_rounding, nrv


def round_half_up(value: float, step: float = 1.0) -> float:
    return math.floor(value / step + 0.5 + 1e-9) * step


def declared_amount(elemental_mg: float) -> int:
    """The amount printed on a US label, to the nearest of the FDA's 5 mg steps."""
    return int(round_half_up(elemental_mg, label_rounding().amount_increment_mg))


def declared_floor(elemental_mg: float) -> int:
    """The highest 5 mg step the product contains in full (101.9(g)(4)(i))."""
    step = label_rounding().amount_increment_mg
    return int(math.floor(elemental_mg / step + 1e-9) * step)


def step_places(step: float) -> int:
    """Decimals a step is written with (5 -> 0, 0.1 -> 1, 0.01 -> 2)."""
    return max(0, -math.floor(math.log10(step) + 1e-9))


def compliant_amount(content_mg: float, dv: float) -> tuple[float, float]:
    """The amount to declare for ``content_mg`` (the least the product holds) and the
    step it is written in: the highest 5 mg step the product holds in full
    (101.9(g)(4)(i)), or, where that step's own %DV would fall under the 2% that
    puts magnesium on the panel (101.36(b)(2)(i)), the coarsest finer step that
    keeps it there (101.9(c)(8)(iii): additional levels of significance for lower
    amounts). ``dv``: the Daily Value the row is held to."""
    rules = label_rounding()
    least = rules.declare_from_percent_dv - 1e-9
    step: float = rules.amount_increment_mg
    amount: float = declared_floor(content_mg)
    for finer in rules.finer_increments_mg:
        if percent_of(amount, dv) >= least:
            break
        step = finer
        places = step_places(finer)
        amount = round(math.floor(content_mg / finer + 1e-9) * finer, places)
    return amount, step


def declared_span(declared_mg: float) -> tuple[float, float]:
    """Actual amounts a correct US declaration of ``declared_mg`` may stand for: the
    nearest step (down to half a step below) or a step rounded down (up to one
    step above)."""
    step = label_rounding().amount_increment_mg
    return max(declared_mg - step / 2, 0.0), declared_mg + step


def percent_of(amount_mg: float, reference_mg: float) -> float:
    return 100 * amount_mg / reference_mg


def is_declared(elemental_mg: float, dv_mg: float) -> bool:
    """101.36(b)(2)(i): magnesium under 2% of the RDI is left off Supplement Facts."""
    return percent_of(elemental_mg, dv_mg) >= label_rounding().declare_from_percent_dv - 1e-9


def supplement_percent_dv(elemental_mg: float, dv_mg: float) -> int:
    """101.36(b)(2)(iii): the nearest whole percent (declared amounts only)."""
    return int(round_half_up(percent_of(elemental_mg, dv_mg)))


def food_percent_dv(elemental_mg: float, dv_mg: float) -> int:
    """101.9(c)(8)(iii): 2/5/10-percent increments; below 2 percent, 0."""
    percent = percent_of(elemental_mg, dv_mg)
    if percent < 2:
        return 0
    if percent <= 10:
        step = 2.0
    elif percent <= 50:
        step = 5.0
    else:
        step = 10.0
    rounded = round_half_up(percent, step)
    if percent <= 10 < rounded:  # stay within the band whose step applied
        rounded = 10
    return int(rounded)


def percent_nrv(elemental_mg: float) -> int:
    return int(round_half_up(percent_of(elemental_mg, nrv().mg)))


def eu_amount(elemental_mg: float) -> float:
    """EC2012TOL Table 4: magnesium to 3 significant figures (198.05 -> 198,
    1234 -> 1230, 12.345 -> 12.3)."""
    if elemental_mg <= 0:
        return 0.0
    figures = label_rounding().eu_significant_figures
    step = 10.0 ** (math.floor(math.log10(elemental_mg)) - figures + 1)
    return float(f"{round_half_up(elemental_mg, step):.{max(0, -int(math.log10(step)))}f}")


def eu_amount_span(declared_mg: float) -> tuple[float, float]:
    """Actual amounts that round to ``declared_mg`` at 3 significant figures."""
    if declared_mg <= 0:
        return 0.0, 0.0
    figures = label_rounding().eu_significant_figures
    step = 10.0 ** (math.floor(math.log10(declared_mg)) - figures + 1)
    return declared_mg - step / 2, declared_mg + step / 2


def dv_mg(basis: str) -> int:
    return daily_values()[basis].mg


def plain_number(value: float) -> str:
    """``200.0`` -> ``200``, ``37.5`` -> ``37.5``: numbers as a label prints them (the
    shortest form that reads back, never ``6030368069.279999733``)."""
    return plain(value)


def check_dv_basis(basis: str) -> str:
    """``basis`` if it is a DV group, else an input error listing the groups."""
    choices = list(daily_values())
    if basis not in choices:
        raise UnknownNameError("DV basis", basis, choices=choices)
    return basis
