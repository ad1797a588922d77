"""The stack view: which product to drop when several together cross the UL."""

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.intake.stack import products_to_drop


def test_names_the_one_product_whose_removal_is_enough() -> None:
    fix = products_to_drop([("nightly", 200.0), ("multi", 100.0), ("zma", 120.0)], 350)
    assert fix is not None
    # 420 mg: dropping 'multi' (100) leaves 320; dropping 'zma' (120) leaves 300; both fit,
    # and dropping the smaller keeps more magnesium.
    assert fix.drop == ("multi",) and fix.remaining_mg == 320
    assert fix.alternatives == ("zma", "nightly")
    assert fix.over_by_mg == 70
    assert "'multi'" in fix.sentence() and "320 mg" in fix.sentence()


def test_two_products_when_no_single_one_is_enough() -> None:
    fix = products_to_drop([("a", 200.0), ("b", 200.0), ("c", 200.0)], 250)
    assert fix is not None and len(fix.drop) == 2 and fix.remaining_mg == 200


@pytest.mark.parametrize(
    ("products", "ul"),
    [
        ([("a", 100.0), ("b", 100.0)], 350),  # within
        ([("a", 400.0)], 350),  # a single product: no stack advice
        ([("a", 100.0), ("b", 300.0)], None),  # no UL set
        ([("a", 175.0), ("b", 175.0)], 350),  # exactly at the UL is not over
    ],
)
def test_no_advice(products, ul) -> None:
    assert products_to_drop(products, ul) is None


amounts = st.lists(
    st.tuples(st.sampled_from("abcdefgh"), st.floats(min_value=0, max_value=500)),
    min_size=2,
    max_size=8,
)


@settings(deadline=None)
@given(products=amounts, ul=st.integers(min_value=50, max_value=400))
def test_the_fix_is_minimal_and_brings_the_rest_within(products, ul) -> None:
    fix = products_to_drop(products, ul)
    total = sum(mg for _, mg in products)
    if round(total, 2) <= ul:
        assert fix is None
        return
    assert fix is not None
    assert round(fix.remaining_mg, 2) <= ul
    smaller = [
        c
        for c in combinations(range(len(products)), len(fix.drop) - 1)
        if round(total - sum(products[i][1] for i in c), 2) <= ul
    ]
    assert smaller == []  # no fewer products would do
