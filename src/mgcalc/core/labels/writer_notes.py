"""The sentences the label writer adds to a declaration, each naming its rule.

Kept apart from the arithmetic in labels.writing so that each reads on its own: a
formulator or a reviewer reads these, a script reads the record's fields.
"""

from __future__ import annotations

from mgcalc.core.figures import mass, plain
from mgcalc.core.labels import rounding as r
from mgcalc.data.labels import compliance, label_rounding, nrv


def not_declared(content: float, dv: int, food_label: bool) -> str:
    where = (
        "Nutrition Facts may declare it as 0 or leave it off (21 CFR 101.9(c)(8)(iii))"
        if food_label
        else "Supplement Facts does not declare it at all (21 CFR 101.36(b)(2)(i))"
    )
    return (
        f"{mass(content)} is under "
        f"{label_rounding().declare_from_percent_dv}% of the {dv} mg Daily Value: {where}."
    )


def rounded_up(
    amount: float,
    nearest: int,
    held: float,
    overage: float,
    extra: str | None,
    planned: float = 0.0,
) -> str:
    """The nearest step is more than the product holds (or, with a ``planned``
    overage, more than the claim it covers): what would make it true (``extra``: the
    raw material a unit, where one form makes it computable)."""
    what = (
        f"the {mass(held)} the product is held to"
        if not planned
        else f"the {mass(held)} its fill covers with the {plain(round(planned * 100, 4))}% overage"
    )
    return (
        f"Declared {plain(amount)} mg: the nearest step, {nearest} mg, is more than "
        f"{what} (21 CFR 101.9(g)(4)(i), at least the declared amount). To declare "
        f"{nearest} mg, add {mass(overage)} of magnesium{f' ({extra})' if extra else ''}."
    )


def finer(amount: float, step: float, dv: int, food_label: bool = False) -> str:
    five = label_rounding().amount_increment_mg
    presence = "101.9(c)(8)(iii)" if food_label else "101.36(b)(2)(i)"
    return (
        f"Declared {plain(amount)} mg, in {plain(step)} mg steps: {five} mg steps would "
        f"declare {r.declared_floor(amount)} mg, under 2% of the {dv} mg DV, which "
        f"contradicts the row's presence ({presence}); 21 CFR 101.9(c)(8)(iii) allows "
        "additional levels of significance for lower amounts."
    )


def overage_note(overage: float, amount: float, fill: float, compound: float | None) -> str:
    per_unit = f" ({mass(compound)} of the raw material a unit)" if compound else ""
    return (
        f"With a {plain(round(overage * 100, 4))}% overage the claim of "
        f"{plain(amount)} mg needs a fill of {mass(fill)} a serving{per_unit}."
    )


def not_significant(eu_day: float, percent: int) -> str:
    rule = compliance()
    least = nrv().mg * rule.eu_significant_percent_nrv / 100
    return (
        f"{plain(eu_day)} mg a day is {percent}% of the NRV, under the significant amount "
        f"of {rule.eu_significant_percent_nrv}% ({plain(least)} mg; Reg. (EU) 1169/2011 "
        "Annex XIII Part A point 2, the daily dose taken as the portion): claims such as "
        "'source of magnesium' depend on it."
    )
