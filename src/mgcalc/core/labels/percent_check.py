"""Does a stated percent fit the line's amount under the rounding rules?

Each percent a line states is checked against the reference it names: a %DV against
the Daily Value (declared amount in 5 mg steps, %DV to the whole percent, 21 CFR
101.36(b)(2)(iii); a food's bare line also in Nutrition Facts steps), a %NRV against
the EU NRV (amount to 3 significant figures, EC 2012 guidance).
"""

from __future__ import annotations

from mgcalc.core.figures import mg2
from mgcalc.core.labels import rounding as r
from mgcalc.core.labels.parsed import ParsedLabel
from mgcalc.core.labels.percents import StatedPercent
from mgcalc.data.labels import daily_values, label_rounding, nrv

Span = tuple[float, float]


def span_text(span: Span, suffix: str = "") -> str:

    low, high = (r.plain_number(mg2(v)) for v in span)
    return f"{low}{suffix}" if low == high else f"{low}-{high}{suffix}"


def percent_text(span: Span) -> str:
    low, high = (int(r.round_half_up(v)) for v in span)
    return f"{low}%" if low == high else f"{low}-{high}%"


def check_percent(
    parsed: ParsedLabel,
    stated: StatedPercent,
    line: Span,
    dv_basis: str,
    warnings: list[str],
    notes: list[str],
) -> bool:
    """True if ``stated`` fits ``line`` (the line's elemental mg); a mismatch is a
    warning naming the figures, and a DV group that it does match."""
    if stated.basis == "nrv":
        low, high = r.eu_amount_span(line[0])[0], r.eu_amount_span(line[1])[1]
        if parsed.figure_is == "compound":
            low, high = line
        fits = _fits(parsed, stated, (low, high), nrv().mg, nrv=True)
        if not fits:
            printed = percent_text(
                (r.percent_of(line[0], nrv().mg), r.percent_of(line[1], nrv().mg))
            )
            warnings.append(
                f"The line states {stated.display} NRV, but {span_text(line, ' mg')} is "
                f"{printed} of the {nrv().mg} mg EU Nutrient Reference Value."
            )
        return fits
    low, high = line
    if parsed.figure_is == "elemental":
        low, high = r.declared_span(line[0])[0], r.declared_span(line[1])[1]
    dv = r.dv_mg(dv_basis)
    fits = _fits(parsed, stated, (low, high), dv)
    if fits and r.percent_of(line[1], dv) < label_rounding().declare_from_percent_dv:
        notes.append(
            "Below 2% of the Daily Value, magnesium is not declared on Supplement Facts "
            "at all (21 CFR 101.36(b)(2)(i))."
        )
    if not fits:
        warnings.append(_mismatch(parsed, stated, line, (low, high), dv_basis))
    return fits


def _fits(
    parsed: ParsedLabel, stated: StatedPercent, span: Span, reference: float, nrv: bool = False
) -> bool:
    if stated.value is None:  # "<1%"
        return r.percent_of(span[0], reference) < 1
    whole = (
        int(r.round_half_up(r.percent_of(span[0], reference))),
        int(r.round_half_up(r.percent_of(span[1], reference))),
    )
    panel = parsed.facts_panel
    if whole[0] <= stated.value <= whole[1] and panel != "nutrition":
        return True
    if nrv or parsed.forms or panel == "supplement":  # Nutrition Facts steps: foods only
        return False
    food = (r.food_percent_dv(span[0], reference), r.food_percent_dv(span[1], reference))
    return stated.value in food


def _mismatch(
    parsed: ParsedLabel, stated: StatedPercent, line: Span, span: Span, dv_basis: str
) -> str:
    dv = r.dv_mg(dv_basis)
    printed = percent_text((r.percent_of(line[0], dv), r.percent_of(line[1], dv)))
    rule = ""
    if parsed.facts_panel == "nutrition":
        steps = sorted({r.food_percent_dv(line[0], dv), r.food_percent_dv(line[1], dv)})
        printed = "-".join(f"{step}%" for step in steps)
        rule = " in the 2, 5 and 10 percent steps of Nutrition Facts (21 CFR 101.9(c)(8)(iii))"
    elif parsed.facts_panel == "supplement":
        rule = " to the whole percent, as Supplement Facts states it (21 CFR 101.36(b)(2)(iii))"
    message = (
        f"The line states {stated.display}, but {span_text(line, ' mg')} is {printed} of the "
        f"{dv} mg Daily Value ({dv_basis}){rule}."
    )
    old = daily_values()["pre-2016"]
    others = [
        f"{value.label} ({value.mg} mg)"
        for basis, value in daily_values().items()
        if basis not in (dv_basis, "pre-2016") and _fits(parsed, stated, span, value.mg)
    ]
    if dv_basis == "adult" and _fits(parsed, stated, span, old.mg):
        message += (
            f" It is the %DV of the {old.mg} mg Daily Value used before the 2016 rule "
            f"(pre-2016 labels, {old.source}): out of date, not wrong arithmetic "
            "(--dv-basis pre-2016 reads it on that basis)."
        )
        return message + (" It also matches: " + "; ".join(others) + "." if others else "")
    others += [f"{old.label} ({old.mg} mg)"] if _fits(parsed, stated, span, old.mg) else []
    if others:
        return message + " It matches: " + "; ".join(others) + "."
    return message
