"""``figures.plain`` writes a float as Decimal would from its shortest repr, without
importing decimal (start-up): equal for every float, exponents included."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.figures import plain


def by_decimal(value: float) -> str:
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_plain_equals_the_decimal_reading(value: float) -> None:
    assert plain(value) == by_decimal(value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (80.81, "80.81"),
        (300.0, "300"),
        (4040835.37, "4040835.37"),
        (1e-05, "0.00001"),
        (0.000162, "0.000162"),
        (1.5e16, "15000000000000000"),
        (-2.5e-7, "-0.00000025"),
        (1.234e20, "123400000000000000000"),
        (0.0, "0"),
        (-0.0, "-0"),
        (5e-324, "0." + "0" * 323 + "5"),
    ],
)
def test_plain_examples(value: float, text: str) -> None:
    assert plain(value) == text == by_decimal(value)


def test_non_finite_values_read_as_before() -> None:
    assert plain(math.inf) == by_decimal(math.inf)
    assert plain(-math.inf) == by_decimal(-math.inf)
    assert plain(math.nan) == by_decimal(math.nan)
