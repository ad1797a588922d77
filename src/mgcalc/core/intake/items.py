"""One ``--food`` or ``--supplement`` of ``check`` (and ``plan``), as elemental magnesium.

Most inputs give their figure outright (``300``, ``glycinate 400mg``). Some do not,
and the item says so instead of hiding it: a label line with only a %DV has its
amount *derived* from the Daily Value; a raw material with a stated content range
(USP carbonate 40.0-43.5% MgO, Magtein) or a label's ``100-200 mg`` is a *range*,
counted at its top, since the top never understates intake against the UL; a bare
salt name is read as one hydrate (``assumed``). ``figure_note`` says which, in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, TypedDict

from mgcalc.core.chemistry.quantity import parse_quantity
from mgcalc.core.chemistry.results import AssumedRecord, assumed_record
from mgcalc.core.errors import QuantityError
from mgcalc.core.figures import mg2, whole
from mgcalc.core.foods.lookup import lookup_food_text, preparation

if TYPE_CHECKING:  # an annotation: a day of the diary need not load the form catalogue
    from mgcalc.core import fields
    from mgcalc.core.chemistry.forms import Assumption


class IntakeItemRecord(TypedDict):
    input: fields.Input
    elemental_mg: fields.ElementalMg
    elemental_low_mg: fields.ElementalLowMg | None
    elemental_high_mg: fields.ElementalHighMg | None
    derived: fields.Derived
    figure_note: fields.FigureNote | None
    form: fields.Form | None
    compound_mg: fields.CompoundMg | None
    source: fields.Source | None
    assumed: Annotated[AssumedRecord | None, fields.ASSUMED]
    food: fields.Food | None
    ndb: fields.Ndb | None
    preparation: fields.Preparation | None
    amount_g: fields.AmountG | None
    count: fields.Count


@dataclass(frozen=True, slots=True)
class IntakeItem:
    """One ``--food`` or ``--supplement`` after conversion to elemental magnesium.

    ``elemental_mg`` is what counts; where the input allows a range it is the top,
    ``elemental_low_mg`` the bottom (figures are for all ``count`` units)."""

    input: str
    elemental_mg: float
    form: str | None = None
    compound_mg: float | None = None
    source: str | None = None
    food: str | None = None  # the USDA entry used: description, NDB number, preparation
    ndb: str | None = None
    preparation: str | None = None
    amount_g: float | None = None
    count: float = 1  # units or servings ('glycinate 400mg x2'); figures are for all of them
    elemental_low_mg: float | None = None
    derived: bool = False
    figure_note: str | None = None
    assumed: Assumption | None = None
    warnings: tuple[str, ...] = ()  # what the check must show (a panel's rows all counted)
    unit_sources: tuple[str, ...] = ()  # behind a food amount's unit conversion (lb, mL)
    serving: str | None = None  # a food given without an amount: the serving counted

    @property
    def is_range(self) -> bool:
        return self.elemental_low_mg is not None and mg2(self.elemental_low_mg) != mg2(
            self.elemental_mg
        )

    def record(self) -> IntakeItemRecord:
        low = self.elemental_low_mg if self.is_range else None
        return {
            "input": self.input,
            "elemental_mg": mg2(self.elemental_mg),
            "elemental_low_mg": None if low is None else mg2(low),
            "elemental_high_mg": None if low is None else mg2(self.elemental_mg),
            "derived": self.derived,
            "figure_note": self.figure_note,
            "form": self.form,
            "compound_mg": None if self.compound_mg is None else mg2(self.compound_mg),
            "source": self.source,
            "assumed": assumed_record(self.assumed),
            "food": self.food,
            "ndb": self.ndb,
            "preparation": self.preparation,
            "amount_g": None if self.amount_g is None else mg2(self.amount_g),
            "count": whole(self.count),
        }


def food_item(text: str) -> IntakeItem:
    """``250`` (mg of magnesium from food) or ``almonds 28g`` (looked up in USDA SR28)."""
    try:
        return IntakeItem(text, parse_quantity(text, allow_zero=True).mg, source=None)
    except QuantityError:
        if not re.search(r"[A-Za-z]", text):
            raise

    portion = lookup_food_text(text)
    food = portion.food
    return IntakeItem(
        text,
        portion.magnesium_mg,
        source="USDA",
        food=food.description,
        ndb=food.ndb_no,
        preparation=preparation(food),
        amount_g=portion.grams,
        unit_sources=portion.unit_sources,
        serving=portion.measure if portion.default_serving else None,
        figure_note=f"no amount given: one USDA household measure, {portion.measure} "
        f"({portion.grams:g} g)"
        if portion.default_serving
        else None,
    )
