"""What a label line says, once read (:class:`ParsedLabel`), and the warnings the
reading itself raises: a compound weight where Supplement Facts states magnesium, no
form named, a buffered raw material, or a stated compound that cannot supply the
stated magnesium (another source, such as oxide, was added).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mgcalc.core.chemistry.forms import Form
from mgcalc.core.labels import text as lt
from mgcalc.core.labels.names import fraction_span
from mgcalc.core.labels.percents import StatedPercent


@dataclass(frozen=True, slots=True)
class ParsedLabel:
    """What a label line (or the magnesium row of a pasted panel) says.

    ``amount_mg`` is the figure (the low end of a range, ``amount_max_mg`` the high
    end), ``None`` when only a percent is stated. ``compound_mg`` is a compound
    weight the line states (the figure itself when ``figure_is == "compound"``).
    """

    text: str
    line: str
    forms: tuple[Form, ...]
    figure_is: str
    amount_mg: float | None
    amount_max_mg: float | None = None
    compound_mg: float | None = None
    stated_percent: float | None = None
    stated_percent_display: str | None = None
    percent_basis: str | None = None
    serving_units: int | None = None
    per_unit: bool = False  # 'Each capsule contains: ...': the figure is one unit's
    descriptors: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # sources named on an elemental line that are not in the catalogue, with why
    # ("'marine magnesium': unknown form 'marine'"): the figure is read without them
    unlisted: tuple[str, ...] = ()
    more_percents: tuple[StatedPercent, ...] = ()  # a second basis ('48% DV 53% NRV')
    further_rows: tuple[str, ...] = ()  # a pasted panel's other magnesium rows, unread

    @property
    def stated_percents(self) -> tuple[StatedPercent, ...]:
        """Every stated percent, the first (``stated_percent``) first."""
        if self.stated_percent_display is None:
            return ()
        first = StatedPercent(
            self.stated_percent, self.stated_percent_display, self.percent_basis or "dv"
        )
        return (first, *self.more_percents)

    @property
    def unlisted_warning(self) -> str | None:
        if not self.unlisted:
            return None
        return (
            f"Source not in mgcalc's catalogue of forms ({'; '.join(self.unlisted)}): the figure "
            "is read as elemental magnesium, the amount a Supplement Facts line states "
            "(21 CFR 101.36(b)(2), (d)); absorption and compound figures are unavailable."
        )

    @property
    def amount_range(self) -> tuple[float, float] | None:
        if self.amount_mg is None:
            return None
        return self.amount_mg, self.amount_max_mg or self.amount_mg

    @property
    def compound_supplies_mg(self) -> tuple[float, float] | None:
        """The magnesium the stated compound weight can hold (over its forms)."""
        if self.compound_mg is None or not self.forms:
            return None
        spans = [fraction_span(form) for form in self.forms]
        return (
            self.compound_mg * min(s[0] for s in spans),
            self.compound_mg * max(s[1] for s in spans),
        )


def with_warnings(parsed: ParsedLabel) -> ParsedLabel:
    warnings = []
    if parsed.figure_is == "compound" and parsed.amount_mg is not None:
        warnings.append(
            "The figure is the weight of the compound, not of magnesium: "
            "a US Supplement Facts panel would state the elemental amount."
        )
    if parsed.unlisted_warning:
        warnings.append(parsed.unlisted_warning)
    elif parsed.figure_is == "elemental" and not parsed.forms:
        warnings.append("No form named: the figure is read as elemental magnesium.")
    if parsed.further_rows:
        rows = "; ".join(f"'{row}'" for row in parsed.further_rows)
        warnings.append(
            f"The panel has {len(parsed.further_rows) + 1} magnesium rows and only the first "
            f"was read: {rows} is not in these figures. Supplement Facts lists magnesium "
            "once (its sources in brackets), so a second row is another product or a "
            "second entry: read it on its own (check --supplement counts every row)."
        )
    if "buffered" in parsed.descriptors:
        warnings.append(
            "'Buffered' raw materials are blended with another magnesium salt (usually "
            "oxide): their magnesium cannot be computed from one formula."
        )
    supplies = parsed.compound_supplies_mg
    amount = parsed.amount_mg
    if parsed.figure_is == "elemental" and supplies and amount and amount > supplies[1] * 1.02:
        names = ", ".join(form.id for form in parsed.forms)
        warnings.append(
            f"{lt.plain(parsed.compound_mg or 0)} mg of {names} holds about "
            f"{lt.plain(round(supplies[1]))} mg of magnesium, not {lt.plain(amount)} mg: "
            "the product must contain another magnesium source (such as oxide), "
            "or the line is wrong."
        )
    return replace(parsed, warnings=tuple(warnings))
