"""A cabinet product wherever a supplement or a FORM is, names with spaces, and the
units left in a bottle bought with --count."""

from __future__ import annotations

import pytest

from tests.conftest import NIGHTLY


@pytest.fixture
def cabinet(mg):
    mg("profile", "set", "--sex", "female", "--age", "34")
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    assert mg("cabinet", "add", "One A Day", "Magnesium (as magnesium oxide) 100 mg").code == 0
    return mg


def test_check_reads_a_cabinet_product_as_a_supplement(cabinet) -> None:
    rec = cabinet(
        "check", "--supplement", "nightly", "--supplement", "nightly x2",
        "--supplement", "One A Day", "--json",
    ).json()  # fmt: skip
    assert [s["elemental_mg"] for s in rec["supplements"]] == [200, 400, 100]
    assert "your cabinet's nightly" in rec["supplements"][0]["figure_note"]
    assert rec["supplement_mg"] == 700 and rec["over_ul"] is True


def test_plan_in_units_of_a_product_you_own(cabinet) -> None:
    rec = cabinet("plan", "--form", "nightly", "--food", "100", "--json").json()
    assert rec["form"] == "glycinate"
    assert all(dose["elemental_mg"] % 200 == 0 for dose in rec["doses"]), rec["doses"]


def test_names_with_spaces_log_by_their_whole_name(cabinet) -> None:
    logged = cabinet("log", "add", "One A Day", "One A Day x2", "--json").json()
    assert [(e["item"], e["elemental_mg"]) for e in logged] == [
        ("One A Day", 100), ("One A Day", 200),
    ]  # fmt: skip
    for bad in ("calm 2", "a  b", "x2 daily"):
        assert cabinet("cabinet", "add", bad, "Magnesium 10 mg").code == 2


def test_units_left_and_nearly_empty(cabinet) -> None:
    cabinet(
        "cabinet", "add", "calm", NIGHTLY, "--units-per-serving", "2",
        "--price", "10", "--count", "20",
    )  # fmt: skip
    cabinet("log", "add", "calm", "x3")
    rec = cabinet("cabinet", "show", "calm", "--json").json()
    assert (rec["units_left"], rec["nearly_empty"]) == (14, False)
    ran = cabinet("log", "add", "2 capsules of calm")
    assert "calm is nearly empty" in ran.out
    rec = cabinet("cabinet", "show", "calm", "--json").json()
    assert (rec["units_left"], rec["nearly_empty"]) == (12, True)
    assert cabinet("cabinet", "show", "nightly", "--json").json()["units_left"] is None
