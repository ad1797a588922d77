"""'log add nightly 2': two servings, or 2 mg beside one? A number with no unit right
after a cabinet product is refused with both readings; '2 nightly' stays two servings
and a number with its unit, or after a count ('nightly x2 300'), stays a supplement of
its own."""

from __future__ import annotations

import pytest

from tests.conftest import NIGHTLY


@pytest.fixture
def cabinet(mg) -> None:
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0


@pytest.mark.parametrize(
    ("words", "readings"),
    [
        (["nightly", "2"], ["'nightly x2' for 2 servings", "'nightly 2mg' for an extra 2 mg"]),
        (["nightly", "½"], ["'nightly x½' for ½ servings", "'nightly ½mg' for an extra ½ mg"]),
        (["glycinate 100mg nightly 1"], ["'nightly x1' for 1 serving,"]),
        (["nightly", "300"], ["'nightly 300mg' for an extra 300 mg"]),
    ],
)
def test_a_bare_number_after_a_product_is_refused(
    mg, cabinet: None, words: list[str], readings: list[str]
) -> None:
    ran = mg("log", "add", *words)
    assert ran.code == 2
    assert ran.err.startswith("mgcalc: error: ") and "is ambiguous" in ran.err
    assert ran.err.count("\n") == 1
    for reading in readings:
        assert reading in ran.err
    assert mg("log", "export").json() == []


@pytest.mark.parametrize(
    ("words", "logged"),
    [
        (["2", "nightly"], [("nightly", 2.0, 400.0)]),
        (["nightly", "x2"], [("nightly", 2.0, 400.0)]),
        (["nightly", "2mg"], [("nightly", 1.0, 200.0), ("2mg", 1.0, 2.0)]),
        (["nightly", "2", "mg"], [("nightly", 1.0, 200.0), ("2 mg", 1.0, 2.0)]),
        (["nightly", "2", "nightly"], [("nightly", 1.0, 200.0), ("nightly", 2.0, 400.0)]),
        (["nightly", "x2", "300"], [("nightly", 2.0, 400.0), ("300", 1.0, 300.0)]),
        (["2", "nightly", "300"], [("nightly", 2.0, 400.0), ("300", 1.0, 300.0)]),
    ],
)
def test_unambiguous_readings_are_kept(
    mg, cabinet: None, words: list[str], logged: list[tuple[str, float, float]]
) -> None:
    entries = mg("log", "add", *words, "--json").json()
    assert [(e["item"], e["count"], e["elemental_mg"]) for e in entries] == logged
