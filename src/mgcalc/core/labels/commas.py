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
) -> lt.Amount | None:
    """``amount`` with one reading, or :class:`InputError` naming both. ``percent`` is
    the stated percent of this figure (None when the line states none for it)."""
    if amount is None or amount.other is None:
        return amount
    readings = [(amount.low, amount.high), amount.other]
    if percent is not None and percent >= 1:
        fits = [_fits(r, percent, basis, elemental, forms) for r in readings]
        if fits.count(True) == 1:
            chosen = fits.index(True)
            low, high = readings[chosen]
            note = (
                f"'{amount.text}' was read as {amount.readings[chosen]} "
                f"({lt.separator_text(chosen == 0, amount.mark).split(',')[0]}): the stated "
                f"{lt.plain(percent)}% fits it, not {amount.readings[1 - chosen]}."
            )
            return amount._replace(low=low, high=high, other=None, note=note)
    raise InputError(
        f"'{amount.text}' in '{row}' reads two ways: {lt.describe_readings(amount)}",
        suggestion=f"write '{amount.readings[0]}' or '{amount.readings[1]}' "
        "(a stated %DV or %NRV on the line also settles it)",
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
    return (
        settle(
            elemental,
            row,
            elemental=True,
            forms=forms,
            percent=percent if figure_elemental else None,
            basis=basis,
        ),
        settle(
            compound,
            row,
            elemental=False,
            forms=forms,
            percent=None if figure_elemental else percent,
            basis=basis,
        ),
    )


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
