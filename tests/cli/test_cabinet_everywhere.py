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


MAGTEIN = "Magnesium 144 mg 34%\nMagnesium L-Threonate (as Magtein®) 2000 mg"


def test_a_magtein_panel_counts_once_in_check_cabinet_and_log(mg) -> None:
    """The magnesium row and its Magtein source row are one figure, 144 mg."""
    check = mg("check", "--sex", "female", "--supplement", MAGTEIN, "--json").json()
    assert check["supplement_mg"] == 144
    assert mg("cabinet", "add", "mt", MAGTEIN, "--json").json()["elemental_mg"] == 144
    logged = mg("log", "add", "mt", MAGTEIN, "--json").json()
    assert [e["elemental_mg"] for e in logged] == [144, 144]


def test_compare_the_cabinet(cabinet) -> None:
    assert "price and a count" in cabinet("compare", "--cabinet").err
    cabinet("cabinet", "add", "calm", NIGHTLY, "--price", "12", "--count", "60")
    oxide = "Magnesium (as magnesium oxide) 100 mg"
    one = ["One A Day", oxide, "--price", "5", "--count", "100", "--replace"]
    cabinet("cabinet", "add", *one)
    rows = cabinet("compare", "--cabinet", "--json").json()
    named = {r["name"]: r["cost_per_100mg"] for r in rows if "name" in r}
    assert named == {"calm": 0.1, "One A Day": 0.05}, rows
