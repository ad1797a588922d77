"""Over-the-counter products by name (products.toml): each as its label states it, and
the largest injectable doses mgcalc's sources state. ``NamedTuple`` records, as in
:mod:`mgcalc.data.chemistry`; validated by :mod:`mgcalc.data.validate_products`."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from mgcalc.data import read_toml, tuples


class ProductRecord(NamedTuple):
    """One product: the magnesium in one ``unit`` as its label states it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    form: str  # the catalogue form the product holds
    unit: str
    unit_words: tuple[str, ...]
    elemental_mg: float
    label_date: str
    sources: tuple[str, ...]
    compound_mg: float | None = None  # the salt's weight in one unit, where the label states it
    unit_ml: float | None = None  # liquids: the volume of one unit
    max_units_per_day: float | None = None
    note: str = ""


class IvDose(NamedTuple):
    """A single injectable dose a source states, as the weight of a catalogue form."""

    name: str
    form: str
    compound_mg: float
    sources: tuple[str, ...]


@cache
def products() -> tuple[ProductRecord, ...]:
    return tuple(ProductRecord(**tuples(row)) for row in read_toml("products.toml")["product"])


@cache
def iv_doses() -> tuple[IvDose, ...]:
    return tuple(IvDose(**tuples(row)) for row in read_toml("products.toml")["iv_dose"])
