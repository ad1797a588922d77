"""A label figure whose comma reads two ways (``1,500 mg``: 1500 mg on a US label,
1.5 mg on an EU one), settled by what else the line states, or refused.

The two readings differ a thousandfold, so a stated %DV or %NRV fits at most one of
them: ``Magnesium 1,000 mg 238% DV`` is 1000 mg. A line with nothing that settles it
is refused with both readings, never read by a guess (text.comma_kind has the rule).
"""

from __future__ import annotations

from collections.abc import Sequence

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.errors import InputError
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.names import fraction_span
from mgcalc.core.labels.parsed import printed_step
from mgcalc.data.labels import daily_values, nrv

_SLACK = 1.05  # a declared amount is rounded (5 mg steps), a percent to the whole: far below 1000x


def settle(
    amount: lt.Amount | None,
    row: str,
    *,
    elemental: bool,
    forms: Sequence[Form],
    percent: float | None,
    basis: str | None,
    beside: float | None = None,
) -> lt.Amount | None:
    """``amount`` with one reading, or :class:`InputError` naming both. ``percent`` is
    the stated percent of this figure (None when the line states none for it);
    ``beside`` the line's other figure (the compound weight beside an elemental one,
    or the reverse), which settles it where only one reading is chemically possible."""
    if amount is None or amount.other is None:
        return amount
    readings = [(amount.low, amount.high), amount.other]
    fits = [False, False]
    if percent is not None and percent >= 1:
        fits = [_fits(r, percent, basis, elemental, forms) for r in readings]
    by_percent = fits.count(True) == 1
    if not by_percent and beside:
        fits = [_possible(r, beside, elemental, forms) for r in readings]
        if not any(fits):  # then the line is flagged anyway: no salt outweighs its magnesium
            fits = [_possible(r, beside, elemental, ()) for r in readings]
    if fits.count(True) == 1:
        chosen = fits.index(True)
        low, high = readings[chosen]
        other = amount.readings[1 - chosen]
        if by_percent:
            why = f"the stated {lt.plain(percent or 0)}% fits it, not {other}"
        elif elemental:
            why = f"{lt.plain(beside or 0)} mg of the salt cannot hold {other} of magnesium"
        else:
            why = f"{other} of the salt cannot hold the {lt.plain(beside or 0)} mg of magnesium"
        note = (
            f"'{amount.text}' was read as {amount.readings[chosen]} "
            f"({lt.separator_text(chosen == 0, amount.mark).split(',')[0]}): {why}."
        )
        return amount._replace(low=low, high=high, other=None, note=note)
    raise InputError(
        f"'{amount.text}' in '{row}' reads two ways: {lt.describe_readings(amount)}",
        suggestion=f"write '{amount.readings[0]}' or '{amount.readings[1]}' "
        "(a stated %DV or %NRV, or a salt weight beside it, also settles it)",
    )


def settle_both(
    elemental: lt.Amount | None,
    compound: lt.Amount | None,
    row: str,
    figure_is: str,
    forms: Sequence[Form],
    percent: float | None,
    basis: str | None,
) -> tuple[lt.Amount | None, lt.Amount | None]:
    """The line's elemental and compound amounts settled; the stated percent is of the
    line's figure only (``figure_is``), never of the other amount."""
    figure_elemental = figure_is == "elemental"
    settled = [elemental, compound]
    for attempt in range(2):  # a figure settled first may settle the other
        plain = [a.low if a is not None and a.other is None else None for a in settled]
        for index, amount in enumerate(settled):
            own = percent if figure_elemental == (index == 0) else None
            try:
                settled[index] = settle(
                    amount,
                    row,
                    elemental=index == 0,
                    forms=forms,
                    percent=own,
                    basis=basis,
                    beside=plain[1 - index],
                )
            except InputError:
                if attempt == 1:
                    raise
    return settled[0], settled[1]


def _fits(
    reading: tuple[float, float],
    percent: float,
    basis: str | None,
    elemental: bool,
    forms: Sequence[Form],
) -> bool:
    """Could ``reading`` (mg, elemental or compound) be ``percent`` of any reference
    the basis allows (an FDA Daily Value group, or the NRV)?"""

    references = [nrv().mg] if basis == "nrv" else [dv.mg for dv in daily_values().values()]
    low, high = reading
    if not elemental and forms:
        spans = [fraction_span(form) for form in forms]
        low, high = low * min(s[0] for s in spans), high * max(s[1] for s in spans)
    return any(
        100 * low / ref / _SLACK - 1 <= percent <= 100 * high / ref * _SLACK + 1
        for ref in references
    )


def _possible(
    reading: tuple[float, float], beside: float, elemental: bool, forms: Sequence[Form]
) -> bool:
    """Could the salt hold the magnesium, with ``reading`` as one of the two figures
    (elemental when ``elemental``) and ``beside`` the other? Without ``forms``: could
    any salt (none holds more magnesium than its own weight)? Slack: the rounding of the
    printed figures, as labels.parsed checks a line."""
    most = max((fraction_span(form)[1] for form in forms), default=1.0)
    magnesium, salt = (reading[0], beside) if elemental else (beside, reading[1])
    return magnesium - printed_step(magnesium) <= most * (salt + printed_step(salt))
