"""A claim held over shelf life: the overage a formulator plans, and the windows an
assay of the finished product is held to.

- US: a declared mineral is a Class I nutrient once added; the product must hold at
  least 100% of the declared amount (21 CFR 101.9(g)(4)(i)). There is no upper
  window in that paragraph, so mgcalc states none.
- EU: the Commission's tolerance guidance (EC2012TOL, Table 1) allows minerals in food
  supplements -20% to +45% of the declared value, measurement uncertainty included.
- An overage (``--overage 5%``) is magnesium put in above the claim so that the claim
  still holds at the end of shelf life or at the low end of fill weight: the claim is
  then the highest step whose amount plus the overage the formula still supplies.
"""

from __future__ import annotations

from typing import NamedTuple

from mgcalc.core.chemistry.quantity import parse_number
from mgcalc.core.errors import InputError, QuantityError
from mgcalc.core.figures import mass, mg2, plain
from mgcalc.data.labels import compliance

MAX_OVERAGE_PERCENT = 100.0  # doubling the claim is not an overage but a different product


def parse_overage(text: str) -> float:
    """``5%`` or ``5`` (percent) -> 0.05."""
    raw = text.strip()
    try:
        value = parse_number(raw[:-1].strip() if raw.endswith("%") else raw, "--overage")
    except QuantityError:
        raise InputError(f"--overage must be a percentage such as 5%, got '{text}'") from None
    if not 0 <= value <= MAX_OVERAGE_PERCENT:
        raise InputError(
            f"--overage must be from 0% to {plain(MAX_OVERAGE_PERCENT)}%, got '{text}'"
        )
    return value / 100


class Windows(NamedTuple):
    """The amounts a product declaring ``us_mg`` (US) and ``eu_mg`` (EU) may hold."""

    us_minimum_mg: float | None
    eu_low_mg: float
    eu_high_mg: float


def windows(us_declared_mg: float | None, eu_declared_mg: float) -> Windows:
    rule = compliance()
    us = None if us_declared_mg is None else us_declared_mg * rule.us_floor_percent / 100
    return Windows(
        None if us is None else mg2(us),
        mg2(eu_declared_mg * (1 + rule.eu_low_percent / 100)),
        mg2(eu_declared_mg * (1 + rule.eu_high_percent / 100)),
    )


class AssayCheck(NamedTuple):
    """An assay of the finished product against the declared amounts: the verdicts
    (None where nothing is declared) and one sentence for each."""

    us_ok: bool | None
    eu_ok: bool
    notes: list[str]


def check_assay(
    found_mg: float, us_declared: float | None, found_day_mg: float, eu_declared: float
) -> AssayCheck:
    """``found_mg`` a serving against the US floor (a serving's declaration), and
    ``found_day_mg`` against the EU window (the daily dose's declaration)."""
    rule, window = compliance(), windows(us_declared, eu_declared)
    notes = []
    us_ok = None
    if us_declared is not None and window.us_minimum_mg is not None:
        us_ok = found_mg >= window.us_minimum_mg - 1e-9
        share = 100 * found_mg / us_declared if us_declared else 0.0
        notes.append(
            f"Assay {mass(found_mg)} is {plain(round(share, 1))}% of the declared "
            f"{plain(us_declared)} mg: "
            + (
                "meets the US floor"
                if us_ok
                else f"UNDER the US floor of {rule.us_floor_percent}% (Class I)"
            )
            + f" (21 CFR 101.9(g)(4)(i), {rule.us_source})."
        )
    eu_ok = window.eu_low_mg - 1e-9 <= found_day_mg <= window.eu_high_mg + 1e-9
    notes.append(
        f"Assay {mass(found_day_mg)} a daily dose against the EU declaration of "
        f"{plain(eu_declared)} mg: "
        + ("within" if eu_ok else "OUTSIDE")
        + f" the {rule.eu_low_percent}%/+{rule.eu_high_percent}% tolerance for minerals in "
        f"food supplements ({mass(window.eu_low_mg)}-{mass(window.eu_high_mg)}; "
        f"{rule.eu_tolerance_source}, Table 1)."
    )
    return AssayCheck(us_ok, eu_ok, notes)
