"""The tester's commands: plan, compare and check agree on the same dose, because
every UL comparison counts the top of a stated content range (core.upper_limit)."""

import pytest

ADULT = ("--sex", "female", "--age", "30")


@pytest.mark.parametrize(("form", "unit"), [("carbonate", "670mg"), ("magtein", "2300mg")])
def test_plan_dose_is_within_by_check(mg, form: str, unit: str) -> None:
    ran = mg(
        "plan", *ADULT, "--food", "0", "--form", form, "--unit-size", f"{unit} compound", "--json"
    )
    rec = ran.json()
    units = rec["units"]
    assert units >= 1 and rec["elemental_per_day_high_mg"] <= rec["ul_mg"]
    check = mg("check", *ADULT, "--supplement", f"{form} {unit} x{units}", "--json").json()
    assert check["ul_status"] == "within"
    assert check["supplement_mg"] == pytest.approx(rec["elemental_per_day_high_mg"])
    table = mg("plan", *ADULT, "--food", "0", "--form", form, "--unit-size", f"{unit} compound")
    low, high = rec["elemental_per_day_low_mg"], rec["elemental_per_day_high_mg"]
    assert f"({low:g}-{high:g} mg)" in table.out


def test_compare_agrees_with_check(mg) -> None:
    rows = mg(
        "compare", "--product", "Magt,magtein,2300mg,compound,90,40", "--target", "330mg", "--json"
    ).json()
    (row,) = rows
    per_day = row["units_per_day"]
    check = mg("check", *ADULT, "--supplement", f"magtein 2300mg x{per_day}", "-q")
    assert check.out.strip() == ("over" if row["over_ul"] else "within")


def test_plan_quiet_says_why_no_dose_on_stderr(mg) -> None:
    ran = mg("plan", *ADULT, "--food", "250", "--form", "oxide", "--unit-size", "400mg", "-q")
    assert ran.code == 0 and ran.out.strip() == "0"
    assert "mgcalc: note: One unit supplies 400 mg, over the UL of 350 mg" in ran.err
    fed = mg("plan", *ADULT, "--food", "400", "--form", "oxide", "-q")
    assert fed.out.strip() == "0" and "no supplement is needed" in fed.err
    dosed = mg("plan", *ADULT, "--food", "250", "--form", "oxide", "-q")
    assert dosed.out.strip() != "0" and "mgcalc: note:" not in dosed.err
