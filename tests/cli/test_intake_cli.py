"""check, plan and food through the CLI: JSON, CSV, exit codes."""

import csv
import io
import json

import pytest


def test_check_female_supplement_300(mg) -> None:
    data = mg("check", "--sex", "female", "--supplement", "300", "--json").json()
    assert data["life_stage"] == "female, 31-50 years" and data["age_assumed"]
    assert (data["rda_mg"], data["reference_type"], data["ul_mg"]) == (320, "RDA", 350)
    assert (data["supplement_mg"], data["total_mg"], data["over_ul"]) == (300, 300, False)
    assert data["sources"][:2] == ["IOM97", "ODS"]
    assert isinstance(data["warnings"], list)


def test_check_food_does_not_count_toward_ul(mg) -> None:
    data = mg(
        "check", "--sex", "male", "--age", "40", "--food", "600", "--supplement", "100", "--json"
    ).json()
    assert data["total_mg"] == 700 and data["over_ul"] is False


def test_check_food_lookup_and_form(mg) -> None:
    data = mg(
        "check",
        "--sex",
        "female",
        "--age",
        "25",
        "--food",
        "almonds 1oz",
        "--supplement",
        "glycinate 1000mg",
        "--json",
    ).json()
    assert data["food_mg"] == pytest.approx(79.1)
    assert data["foods"][0]["source"] == "USDA"
    assert data["supplements"][0]["form"] == "glycinate"


def test_check_eu(mg) -> None:
    data = mg(
        "check", "--sex", "female", "--standard", "eu", "--supplement", "260", "--json"
    ).json()
    assert (data["rda_mg"], data["reference_type"], data["ul_mg"], data["over_ul"]) == (
        300,
        "AI",
        250,
        True,
    )
    assert data["sources"][:2] == ["EFSA15", "SCF06"]


def test_check_csv(mg) -> None:
    ran = mg("check", "--sex", "female", "--supplement", "300", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    assert rows[0]["rda_mg"] == "320" and rows[0]["over_ul"] == "false"


@pytest.mark.usefixtures("wide_tables")
def test_check_table_has_bars_and_names_the_standard(mg) -> None:
    out = mg("check", "--sex", "female", "--age", "34", "--supplement", "300").out
    assert "█" in out and "86%" in out and "RDA 320 mg" in out
    assert "US Dietary Reference Intakes" in out and "female, 31-50 years" in out


def test_strict_exits_3_after_printing(mg) -> None:
    ran = mg("check", "--sex", "female", "--supplement", "400", "--strict", "--json")
    assert ran.code == 3
    assert json.loads(ran.out)["over_ul"] is True
    assert ran.err.startswith("mgcalc: error: supplemental magnesium 400 mg is over the UL")


def test_strict_within_ul_exits_0(mg) -> None:
    assert mg("check", "--sex", "female", "--supplement", "300", "--strict", "-q").code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sex", "female", "--pregnant", "--lactating"], "contradict"),
        (["--sex", "male", "--pregnant"], "only with --sex female"),
        (["--sex", "female", "--age", "131"], "over 130 years"),
        (["--sex", "female", "--age", "55", "--pregnant"], "only for ages 14-50"),
        (["--sex", "other"], "unknown sex"),
        (["--sex", "female", "--standard", "uk"], "unknown standard"),
        (["--sex", "female", "--supplement", "citrat 500mg"], "did you mean 'citrate'"),
        (["--supplement", "300"], "--sex is required"),
    ],
)
def test_check_refusals_exit_2(mg, args: list[str], message: str) -> None:
    ran = mg("check", *args)
    assert ran.code == 2 and message in ran.err and ran.err.count("\n") == 1


def test_plan_json(mg) -> None:
    data = mg(
        "plan",
        "--sex",
        "male",
        "--age",
        "45",
        "--food",
        "250",
        "--form",
        "citrate",
        "--goal",
        "sleep",
        "--json",
    ).json()
    assert data["target_mg"] == 420 and data["gap_mg"] == 170
    assert data["doses"] == [
        {
            "time": "30-60 minutes before bed",
            "clock": None,
            "elemental_mg": 170.0,
            "compound_mg": 1051.76,
            "units": None,
            "note": None,
        }
    ]


def test_plan_units_and_compound_unit_size(mg) -> None:
    data = mg(
        "plan",
        "--sex",
        "female",
        "--age",
        "30",
        "--form",
        "citrate",
        "--unit-size",
        "500mg",
        "--unit-is-compound",
        "--food",
        "0",
        "--json",
    ).json()
    assert data["elemental_per_day_mg"] <= data["ul_mg"]
    # gap 310 mg, 80.8 mg a capsule: 4 capsules (323 mg) stay under the UL of 350
    assert data["units"] == 4 and sum(d["units"] for d in data["doses"]) == 4


def test_plan_kidney(mg) -> None:
    data = mg("plan", "--sex", "female", "--food", "0", "--kidney-disease", "--json").json()
    assert data["doses"] == [] and "clinician" in data["warnings"][0]


def test_plan_bad_goal(mg) -> None:
    ran = mg("plan", "--sex", "female", "--goal", "slep")
    assert ran.code == 2 and "did you mean 'sleep'" in ran.err


def test_food_json_and_quiet(mg) -> None:
    data = mg("food", "pumpkin", "seeds", "1", "oz", "--json").json()
    assert data["ndb"] == "12016" and round(data["elemental_mg"]) == 156
    assert data["citation"] == "USDA SR28, NDB 12016"
    assert mg("food", "almonds", "28g", "-q").out == "78.12\n"  # 28 g x 279 mg/100 g


def test_food_unknown_measure_lists_the_food_measures(mg) -> None:
    ran = mg("food", "almonds", "1", "bucket")
    assert ran.code == 2 and "its measures: 1 cup whole kernels" in ran.err


def test_food_search(mg) -> None:
    rows = mg("food", "--search", "spinach", "--json").json()
    assert rows[0]["ndb"] == "11458" and len(rows) == 10


def test_food_batch(mg) -> None:
    ran = mg(
        "food", "--batch", "-", "-f", "ndjson", stdin="almonds 1oz\nnothing\nbanana 1 medium\n"
    )
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and len(records) == 3 and records[1]["line"] == 2


def test_schema_for_every_command(mg) -> None:
    for command in (
        "elemental",
        "compound",
        "convert",
        "forms",
        "check",
        "plan",
        "food",
        "sources",
    ):
        document = mg("schema", command).json()
        assert document["title"] == f"mgcalc {command}"
    check = mg("schema", "check").json()["$defs"]["CheckRecord"]
    assert {"rda_mg", "ul_mg", "over_ul", "warnings", "sources"} <= set(check["properties"])


@pytest.mark.parametrize("goal", ["muscle", "constipation", "migraine", "energy", "cramps", "bp"])
def test_plan_and_forms_share_one_goal_vocabulary(mg, goal: str) -> None:
    from mgcalc.core.knowledge.goals import resolve_goal

    canonical = resolve_goal(goal).id
    planned = mg("plan", "--sex", "female", "--food", "100", "--goal", goal, "--json")
    ranked = mg("forms", "--goal", goal, "--json")
    assert planned.code == ranked.code == 0
    assert planned.json()["goal"] == canonical
    assert {row["goal"] for row in ranked.json()} == {canonical}


def test_unknown_goal_lists_choices_in_plan_and_forms(mg) -> None:
    for args in (("plan", "--sex", "female"), ("forms",)):
        ran = mg(*args, "--goal", "xyz")
        assert ran.code == 2 and ran.err.count("\n") == 1
        assert "sensitive-stomach" in ran.err and "muscle-cramps" in ran.err


@pytest.mark.usefixtures("wide_tables")
@pytest.mark.parametrize("command", ["check", "plan"])
def test_check_and_plan_name_the_usda_entry_used(mg, command: str) -> None:
    args = (command, "--sex", "female", "--food", "spinach 1 cup", "--food", "40")
    data = mg(*args, "--json").json()
    looked_up, given = data["foods"]
    assert (looked_up["ndb"], looked_up["preparation"]) == ("11458", "cooked, boiled")
    assert looked_up["food"].startswith("Spinach, cooked")
    assert looked_up["amount_g"] == 180 and given["ndb"] is None
    table = mg(*args).out
    assert "11458" in table and "Spinach, cooked, boiled" in table


def test_check_takes_a_percent_only_line_as_label_does(mg) -> None:
    """`check --supplement "Magnesium 25% DV"` was refused while `mgcalc label` derived
    105 mg; both now give the same figure, and check says it was derived and from what."""
    line = "Magnesium 25% DV"
    label = mg("label", line, "--json").json()
    ran = mg("check", "--sex", "female", "--age", "30", "--supplement", line, "--json")
    assert ran.code == 0, ran.err
    (item,) = ran.json()["supplements"]
    assert item["elemental_mg"] == label["elemental_mg"] == ran.json()["supplement_mg"]
    assert item["derived"] is True and "420 mg Daily Value (adult)" in item["figure_note"]
    table = mg("check", "--sex", "female", "--age", "30", "--supplement", line).out
    assert "derived" in table and "25% of the 420 mg Daily Value" in " ".join(table.split())
    twice = mg("check", "--sex", "female", "--age", "30", "--supplement", f"{line} twice daily")
    assert "2 x derived" in twice.out and "210 mg" in twice.out


def test_check_shows_a_stated_content_range_and_the_end_it_counts(mg) -> None:
    args = ("check", "--sex", "female", "--age", "30", "--supplement", "magtein 2000mg")
    data = mg(*args, "--json").json()
    (item,) = data["supplements"]
    assert (item["elemental_low_mg"], item["elemental_high_mg"]) == (140, 160)
    assert data["supplement_mg"] == item["elemental_mg"] == 160
    assert "MAGTEIN" in data["sources"]
    table = " ".join(mg(*args).out.split())
    assert "140-160 mg, top counted" in table and "never understates intake" in table
    bare = mg("check", "--sex", "female", "--supplement", "sulfate 2g", "--json").json()
    assert bare["supplements"][0]["assumed"]["form"] == "sulfate-heptahydrate"
    assert "USP-MGSO4-INJ" in bare["sources"]
