"""check and plan at the edges: no UL set, quiet cautions, zero intakes, --strict,
impossible persons, the stack view."""

import pytest


def test_infant_supplement_is_a_caution_never_within(mg) -> None:
    ran = mg("check", "--sex", "female", "--age", "0", "--supplement", "50", "--json")
    data = ran.json()
    assert data["ul_mg"] is None and data["ul_status"] == "not_set"
    assert [c["kind"] for c in data["cautions"]] == ["no_ul"]
    assert data["cautions"][0]["sources"] == ["IOM97", "ODS"]
    table = mg("check", "--sex", "female", "--age", "0", "--supplement", "50").out
    assert "within the supplemental UL" not in table and "no UL is set" in table


@pytest.mark.parametrize(
    "args",
    [
        ["--age", "0", "--supplement", "50"],
        ["--age", "8m", "--supplement", "10"],
        ["--age", "2", "--standard", "eu", "--supplement", "10"],  # SCF sets none under 4
    ],
)
def test_strict_exits_3_where_no_ul_is_set(mg, args) -> None:
    ran = mg("check", "--sex", "male", *args, "-q", "--strict")
    assert ran.code == 3
    assert ran.out == "not_set\n"
    assert "mgcalc: caution: No supplemental UL" in ran.err
    assert ran.err.splitlines()[-1].startswith("mgcalc: error: supplemental magnesium")


def test_infant_without_supplement_is_ok_under_strict(mg) -> None:
    ran = mg("check", "--sex", "male", "--age", "0", "--food", "20", "-q", "--strict")
    assert (ran.code, ran.out, ran.err) == (0, "not_set\n", "")


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["check", "--kidney-disease"], "kidney impairment"),
        (["check", "--medication", "doxycycline", "--supplement", "100"], "4-6 hours after"),
        (["check", "--age", "0", "--supplement", "5"], "No supplemental UL"),
        (["plan", "--food", "0", "--kidney-disease"], "kidney impairment"),
        (["plan", "--food", "100", "--medication", "alendronate"], "at least 30 minutes"),
    ],
)
def test_quiet_never_hides_a_caution(mg, args, phrase) -> None:
    command, *rest = args
    ran = mg(command, "--sex", "female", *rest, "-q")
    assert ran.code == 0 and len(ran.out.splitlines()) == 1
    cautions = [line for line in ran.err.splitlines() if line.startswith("mgcalc: caution: ")]
    assert any(phrase in line for line in cautions)


def test_zero_food_and_zero_supplement_are_valid(mg) -> None:
    data = mg("check", "--sex", "female", "--food", "0", "--supplement", "0 mg", "--json").json()
    assert (data["food_mg"], data["supplement_mg"], data["over_ul"]) == (0, 0, False)
    assert data["cautions"] == []
    planned = mg("plan", "--sex", "female", "--age", "40", "--food", "0", "--json").json()
    assert planned["food_mg"] == 0 and planned["elemental_per_day_mg"] == 320


def test_plan_without_food_asks_for_it(mg) -> None:
    ran = mg("plan", "--sex", "male", "--age", "45")
    assert ran.code == 2 and ran.out == ""
    assert "plan needs --food" in ran.err and "--food 0" in ran.err


def test_negative_amounts_stay_refused(mg) -> None:
    ran = mg("check", "--sex", "female", "--supplement", "-5")
    assert ran.code == 2 and "amount must be 0 or more" in ran.err


@pytest.mark.parametrize("condition", ["--pregnant", "--lactating"])
@pytest.mark.parametrize("age", ["0", "5", "8.9"])
def test_pregnancy_under_9_is_refused(mg, condition, age) -> None:
    ran = mg("check", "--sex", "female", "--age", age, condition)
    assert ran.code == 2 and "not plausible under 9 years" in ran.err and "14 years" in ran.err


def test_pregnancy_from_9_uses_the_youngest_band_with_a_note(mg) -> None:
    data = mg("check", "--sex", "female", "--age", "12", "--pregnant", "--json").json()
    assert data["rda_mg"] == 400 and any("youngest pregnancy band" in n for n in data["notes"])


@pytest.mark.parametrize("standard", [" eu ", "EU", "\teu"])
def test_standard_is_trimmed_and_applied(mg, standard) -> None:
    data = mg("check", "--sex", "female", "--standard", standard, "--json").json()
    assert data["standard"] == "eu" and data["ul_mg"] == 250


def test_stack_view_names_the_product_to_drop(mg) -> None:
    data = mg(
        "check",
        "--sex",
        "female",
        "--supplement",
        "200",
        "--supplement",
        "glycinate 1000mg",
        "--supplement",
        "50",
        "--json",
    ).json()
    assert data["over_ul"] and data["drop_to_fit"] == ["50"]
    stack = [c for c in data["cautions"] if c["kind"] == "stack"]
    assert len(stack) == 1 and "'50'" in stack[0]["text"]


@pytest.mark.parametrize("command", ["check", "plan"])
def test_unknown_medicine_is_a_caution_not_an_abort(mg, command) -> None:
    ran = mg(
        command,
        "--sex",
        "female",
        "--food",
        "100",
        "--supplement",
        "100",
        "--medication",
        "metformin",
        "--medication",
        "levothyroxin",
        "--json",
    )
    if command == "plan":
        ran = mg(
            command,
            "--sex",
            "female",
            "--food",
            "100",
            "--medication",
            "metformin",
            "--medication",
            "levothyroxin",
            "--json",
        )
    assert ran.code == 0
    data = ran.json()
    unknown = [c["text"] for c in data["cautions"] if c["kind"] == "unknown_medication"]
    assert (
        len(unknown) == 2
        and "'metformin'" in unknown[0]
        and "did you mean" not in unknown[0].lower()
    )
    assert "Did you mean 'levothyroxine'?" in unknown[1]
    assert [m["id"] for m in data["medications"]] == [None, None]


def test_brand_names_in_check(mg) -> None:
    data = mg(
        "check",
        "--sex",
        "male",
        "--supplement",
        "100",
        "--medication",
        "Synthroid",
        "--medication",
        "Cipro",
        "--json",
    ).json()
    assert [m["id"] for m in data["medications"]] == ["levothyroxine", "ciprofloxacin"]
    assert "SYNTHROID" in data["sources"]


def test_plan_places_doses_in_clock_time(mg) -> None:
    data = mg(
        "plan",
        "--sex",
        "female",
        "--age",
        "40",
        "--food",
        "100",
        "--medication",
        "levothyroxine@07:00",
        "--json",
    ).json()
    assert [d["clock"] for d in data["doses"]] == ["11:00", "19:00"]
    assert data["medications"][0]["times"] == ["07:00"]
    table = mg(
        "plan",
        "--sex",
        "female",
        "--age",
        "40",
        "--food",
        "100",
        "--medication",
        "levothyroxine@07:00",
    ).out
    assert "11:00" in table and "19:00" in table


@pytest.mark.parametrize(
    ("egfr", "category", "doses"), [("95", "G1", 2), ("50", "G3a", 2), ("20", "G4", 0)]
)
def test_egfr_changes_the_plan(mg, egfr, category, doses) -> None:
    data = mg("plan", "--sex", "male", "--food", "100", "--egfr", egfr, "--json").json()
    assert data["egfr_category"] == category and len(data["doses"]) == doses
    assert "KDIGO12" in data["sources"]


def test_egfr_in_check_strict_and_quiet(mg) -> None:
    ran = mg("check", "--sex", "male", "--supplement", "100", "--egfr", "20", "-q", "--strict")
    assert ran.code == 3 and ran.out == "kidney\n" and "KDIGO G4" in ran.err
    bad = mg("check", "--sex", "male", "--egfr", "lots")
    assert bad.code == 2 and "cannot read eGFR" in bad.err


def test_plan_says_when_whole_units_overshoot(mg) -> None:
    data = mg(
        "plan", "--sex", "female", "--age", "40", "--food", "200", "--unit-size", "100mg", "--json"
    ).json()
    # gap 120 mg, 100 mg units: 2 units (200 mg) within the UL, 80 mg over the gap
    assert data["units"] == 2 and any("overshoot the gap" in n for n in data["notes"])


@pytest.mark.usefixtures("wide_tables")
def test_check_reads_supplement_phrasings_and_shows_how(mg) -> None:
    args = ["check", "--sex", "female", "--age", "34"]
    args += ["--supplement", "Magnesium (as magnesium glycinate) 200 mg 48%"]
    args += ["--supplement", "glycinate 400mg x2"]
    data = mg(*args, "--json").json()
    label, counted = data["supplements"]
    assert (label["elemental_mg"], label["source"], label["count"]) == (200, "FDA16", 1)
    assert (counted["count"], counted["compound_mg"]) == (2, 800)
    table = mg(*args).out
    assert "label figure, elemental" in table and "2 x 400 mg of magnesium" in table


def test_explain_names_kidney_category_and_medicine_windows(mg) -> None:
    ran = mg(
        "check",
        "--sex",
        "female",
        "--supplement",
        "100",
        "--egfr",
        "50",
        "--medication",
        "Tivicay",
        "--explain",
        "--json",
    )
    lines = [line for line in ran.err.splitlines() if line.startswith("explain: ")]
    assert any("KDIGO G3a" in line and "KDIGO12" in line for line in lines)
    assert any(
        "dolutegravir" in line and ">= 2 h after it and >= 6 h before it" in line for line in lines
    )


def test_plan_lists_the_sources_of_its_evidence_caution(mg) -> None:
    data = mg("plan", "--sex", "male", "--food", "150", "--goal", "sleep", "--json").json()
    weak = [n for n in data["notes"] if "weak or negative" in n]
    assert weak and all(s in data["sources"] for s in ("SEED", "MAH21"))


@pytest.mark.usefixtures("wide_tables")
@pytest.mark.parametrize("kidney", [["--egfr", "25"], ["--kidney-disease"]])
def test_table_never_says_a_bare_within_where_supplements_are_advised_against(
    mg, kidney: list[str]
) -> None:
    ran = mg("check", "--sex", "female", "--age", "70", "--supplement", "300", *kidney)
    text = " ".join(ran.out.split())
    assert "! Supplements are within the supplemental UL, but with this kidney function" in text
    assert "sources advise against supplementing" in text
    calm = mg("check", "--sex", "female", "--age", "70", "--supplement", "300", "--egfr", "45")
    assert "Supplements are within the supplemental UL (the UL" in calm.out
