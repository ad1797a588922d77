"""Every reader of a number with a unit reads the number the way amounts do.

One number grammar (core.quantity.NUMBER): ``1e2``, ``1E2``, ``1.0e2``, ``.5``, ``+5``
and ``1,000`` mean the same in an amount, a serum value, a concentration, a volume,
an eGFR, an age and a food amount. A value that reads but is implausible gets the
reader's range error, never "unknown unit"; a decimal comma is refused, never read as
thousands (``0,850`` is not 850).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mgcalc.core.chemistry.concentration import parse_concentration, parse_volume
from mgcalc.core.chemistry.quantity import parse_quantity
from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.foods.lookup import lookup_food_text
from mgcalc.core.reference.kidney import parse_egfr
from mgcalc.core.reference.lifestage import parse_age
from mgcalc.core.serum import parse_serum


def _food_grams(amount: str) -> float:
    return lookup_food_text(f"almonds {amount}").grams


# reader, a template with {n} for the number, and the plain spelling of that number
READERS: dict[str, tuple[Callable[[str], float], str, str]] = {
    "amount": (lambda t: parse_quantity(t).mg, "{n}mg", "400"),
    "serum": (lambda t: parse_serum(t)[0], "{n} mmol/L", "0.8"),
    "percent": (lambda t: parse_concentration(t).mg_per_ml, "{n}%", "50"),
    "per volume": (lambda t: parse_concentration(t).mg_per_ml, "{n}mg/5mL", "400"),
    "volume": (lambda t: parse_volume(t).ml, "{n} mL", "15"),
    "egfr": (lambda t: parse_egfr(t), "{n} mL/min/1.73m2", "45"),
    "age": (lambda t: float(parse_age(t)), "{n} years", "30"),
    "food": (_food_grams, "{n}g", "30"),
}


def _spellings(plain: str) -> list[str]:
    value = float(plain)
    mantissa, exponent = f"{value:e}".split("e")
    return [
        f"{mantissa}e{int(exponent)}",
        f"{mantissa}E{int(exponent)}",
        f"{value * 10:g}e-1",
        f"+{plain}",
        f"{plain}.0" if "." not in plain else plain + "0",
    ]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_spelling_of_a_number_reads_the_same(reader: str) -> None:
    parse, template, plain = READERS[reader]
    expected = parse(template.format(n=plain))
    for spelling in _spellings(plain):
        assert parse(template.format(n=spelling)) == pytest.approx(expected), spelling


@pytest.mark.parametrize(
    ("reader", "number"),
    [
        ("amount", "1e9"),
        ("serum", "1e5"),
        ("serum", "1e400"),
        ("serum", "1,000"),
        ("percent", "5e3"),
        ("volume", "1e9"),
        ("egfr", "1e5"),
        ("age", "1e4"),
    ],
)
def test_implausible_numbers_get_the_range_error(reader: str, number: str) -> None:
    parse, template, _ = READERS[reader]
    with pytest.raises(MgcalcError) as caught:
        parse(template.format(n=number))
    message = str(caught.value).lower()
    assert "unknown unit" not in message and "cannot read" not in message, message


@pytest.mark.parametrize("reader", ["amount", "serum", "egfr", "age"])
def test_a_decimal_comma_is_never_read_as_thousands(reader: str) -> None:
    parse, template, _ = READERS[reader]
    with pytest.raises(MgcalcError):
        parse(template.format(n="0,850"))


def test_serum_exponent_from_the_command_line(mg) -> None:  # type: ignore[no-untyped-def]
    ran = mg("serum", "1e5mg/dL")
    assert ran.code == 2
    assert "at most 24.3 mg/dL" in ran.err and "unknown unit" not in ran.err
    assert mg("serum", "8e-1mmol/L", "--json").json()["mmol_l"] == 0.8


def test_serum_decimal_comma_suggests_the_point() -> None:
    with pytest.raises(InputError) as caught:
        parse_serum("0,6 mmol/L")
    assert "0.6 mmol/L" in str(caught.value) + str(caught.value.suggestion)


@pytest.mark.parametrize(
    "item", ["citrate 5e2 mg", "citrate 5E2mg", "citrate 500 mg", "citrate +500 mg"]
)
def test_the_diary_reads_an_amount_as_every_command_does(mg, item: str) -> None:  # type: ignore[no-untyped-def]
    ran = mg("log", "add", *item.split(), "--json")
    assert ran.code == 0, ran.err
    entry = ran.json()[0]
    assert (entry["compound_mg"], entry["form"]) == (500, "citrate")
