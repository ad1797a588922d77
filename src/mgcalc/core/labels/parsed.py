"""What a label line says, once read (:class:`ParsedLabel`), and the warnings the
reading itself raises: a compound weight where Supplement Facts states magnesium, no
form named, a buffered raw material, or a stated compound that cannot supply the
stated magnesium (another source, such as oxide, was added).
"""

from __future__ import annotations

import re
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
    # each salt with its own stated weight (mg), where the line weighs them one by one
    compound_parts: tuple[tuple[Form, float], ...] = ()
    # rows that state this row's magnesium again or its source (counted once), and what
    # the panel's rows contradict each other in (labels.related)
    related_rows: tuple[str, ...] = ()
    contradictions: tuple[str, ...] = ()
    # a salt's figure that may as well be its magnesium (UK medicines are named by their
    # magnesium: 'magnesium citrate 97.2mg' is 4 mmol): both readings are kept
    maybe_magnesium: bool = False

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
    def facts_panel(self) -> str | None:
        """``supplement`` or ``nutrition`` where the pasted panel names its kind: a
        Supplement Facts %DV is to the whole percent (21 CFR 101.36(b)(2)(iii)), a
        Nutrition Facts %DV in its steps (101.9(c)(8)(iii))."""
        for line in (*self.ignored, self.text.splitlines()[0] if self.text else ""):
            if kind := re.match(r"(?i)^\s*(supplement|nutrition)\s+facts\b", line):
                return kind[1].lower()
        return None

    @property
    def amount_range(self) -> tuple[float, float] | None:
        if self.amount_mg is None:
            return None
        return self.amount_mg, self.amount_max_mg or self.amount_mg

    @property
    def compound_supplies_mg(self) -> tuple[float, float] | None:
        """The magnesium the stated compound weight can hold (over its forms)."""
        if self.compound_parts:
            held = [(mg, fraction_span(form)) for form, mg in self.compound_parts]
            return sum(mg * f[0] for mg, f in held), sum(mg * f[1] for mg, f in held)
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
    warnings += parsed.contradictions
    if "buffered" in parsed.descriptors or any(f.id.startswith("buffered") for f in parsed.forms):
        rules = (
            "the line's own magnesium figure rules"
            if parsed.figure_is == "elemental"
            else "the magnesium shown is one maker's blend"
        )
        warnings.append(
            "'Buffered' raw materials are blended with another magnesium salt (usually "
            f"oxide) and blends differ between makers: {rules}."
        )
    if impossible := impossible_claim(parsed):
        warnings.append(impossible)
    return replace(parsed, warnings=tuple(warnings))


def printed_step(value: float) -> float:
    """Half the step a printed figure may have been rounded to: 2.5 mg for a whole
    multiple of 5 (the FDA's 5 mg steps for a declared amount), else half its last
    printed digit (84 mg: 0.5 mg; 2.4 mg: 0.05 mg)."""
    text = lt.plain(value)
    if "." in text:
        return 0.5 * 10.0 ** -len(text.split(".")[1])
    return 2.5 if value >= 5 and value % 5 == 0 else 0.5


def impossible_claim(parsed: ParsedLabel) -> str | None:
    """A warning when the stated salt weight cannot hold the stated magnesium, with no
    slack beyond the rounding of the two printed figures (:func:`printed_step`)."""
    supplies = parsed.compound_supplies_mg
    amount, compound = parsed.amount_mg, parsed.compound_mg
    if parsed.figure_is != "elemental" or not supplies or not compound:
        return None
    least = amount - printed_step(amount) if amount else _least_from_percent(parsed)
    most = supplies[1] * (compound + printed_step(compound)) / compound
    if least is None or least <= most:
        return None
    names = ", ".join(form.id for form in parsed.forms)
    example = "" if any(form.id == "oxide" for form in parsed.forms) else " (such as oxide)"
    if amount:
        stated = f"{lt.plain(amount)} mg"
    else:
        at_least = lt.plain(round(least, 1))
        stated = f"the {parsed.stated_percent_display} stated (at least {at_least} mg)"
    return (
        f"{lt.plain(compound)} mg of {names} holds at most about {lt.plain(round(most, 1))} mg "
        f"of magnesium, not {stated}: the product must contain another magnesium "
        f"source{example}, or the line is wrong."
    )


def _least_from_percent(parsed: ParsedLabel) -> float | None:
    """The least magnesium a stated percent can stand for (``25% NRV``: 24.5% of the
    375 mg NRV; a %DV against the smallest Daily Value of any group)."""
    from mgcalc.data.labels import daily_values, nrv

    if parsed.stated_percent is None:
        return None
    if parsed.percent_basis == "nrv":
        reference = nrv().mg
    else:
        reference = min(value.mg for value in daily_values().values())
    return max(parsed.stated_percent - 0.5, 0.0) * reference / 100
