"""Each stated percentage belongs to its own marker (%DV, % NRV, %RI, NRV%), on either
side, in either order; an unmarked one beside a marked one is the other reference's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.rounding import round_half_up
from mgcalc.data.labels import daily_values, nrv


@pytest.mark.parametrize(
    ("tail", "read"),
    [
        ("48% 53% NRV", [(48, "dv"), (53, "nrv")]),
        ("48% DV 53% NRV", [(48, "dv"), (53, "nrv")]),
        ("53% NRV 48% DV", [(53, "nrv"), (48, "dv")]),
        ("53% NRV 48%", [(53, "nrv"), (48, "dv")]),
        ("DV 48% NRV 53%", [(48, "dv"), (53, "nrv")]),
        ("NRV% 53", [(53, "nrv")]),
        ("%NRV: 53", [(53, "nrv")]),
        ("53 NRV%", [(53, "nrv")]),
        ("53% RI", [(53, "nrv")]),
        ("(48% DV, 53% NRV)", [(48, "dv"), (53, "nrv")]),
    ],
)
def test_each_percent_has_its_marker(tail: str, read: list[tuple[float, str]]) -> None:
    parsed = parse_label(f"Magnesium (as magnesium citrate) 200 mg {tail}")
    assert [(s.value, s.basis) for s in parsed.stated_percents] == read
    record = LabelResult(parsed).record()
    assert record["percent_matches"] is True and record["warnings"] == []
    assert [s["percent_matches"] for s in record["stated_percents"]] == [True] * len(read)


def test_a_mismatch_is_the_one_that_does_not_fit() -> None:
    record = LabelResult(parse_label("Magnesium (as citrate) 200 mg 48% 50% NRV")).record()
    assert [s["percent_matches"] for s in record["stated_percents"]] == [True, False]
    assert record["percent_matches"] is False
    assert len(record["warnings"]) == 1 and "50% NRV" in record["warnings"][0]


def test_a_second_percent_for_the_same_basis_is_noted() -> None:
    parsed = parse_label("Magnesium (as citrate) 200 mg 48% DV 47% DV")
    assert [s.value for s in parsed.stated_percents] == [48]
    assert any("'47% DV' was not read" in note for note in parsed.notes)


@given(
    st.integers(10, 700),
    st.sampled_from(
        ["{dv}% {nrv}% NRV", "{nrv}% NRV {dv}%", "DV {dv}% NRV {nrv}%", "{dv}% DV {nrv} NRV%"]
    ),
)
def test_the_percents_a_writer_prints_read_back_as_fitting(mg: int, shape: str) -> None:
    dv = int(round_half_up(100 * mg / daily_values()["adult"].mg))
    eu = int(round_half_up(100 * mg / nrv().mg))
    line = f"Magnesium (as magnesium glycinate) {mg} mg " + shape.format(dv=dv, nrv=eu)
    record = LabelResult(parse_label(line)).record()
    assert {s["stated_percent_basis"] for s in record["stated_percents"]} == {"dv", "nrv"}
    assert record["percent_matches"] is True, (line, record["warnings"])
