"""check --batch and plan --batch: a dietitian's client list, one record per person."""

import json

import pytest

CLIENTS = (
    "name,sex,age,pregnant,food,supplement,medication,kidney-disease\n"
    "Ann,female,34,no,almonds 1oz;250,glycinate 1000mg,,\n"
    "Bob,male,45,,300,400,,\n"
    "Cat,female,7,yes,200,,,\n"
    "Eve,female,29,x,250,,levothyroxine,\n"
    "Fay,female,40,maybe,250,,,\n"
)


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_check_batch_one_record_per_person_like_the_options(mg) -> None:
    ran = mg("check", "--batch", "-", "-f", "ndjson", stdin=CLIENTS)
    rows = records(ran.out)
    assert ran.code == 1 and [r["line"] for r in rows] == [2, 3, 4, 5, 6]
    single = mg(
        "check",
        "--sex",
        "female",
        "--age",
        "34",
        "--food",
        "almonds 1oz",
        "--food",
        "250",
        "--supplement",
        "glycinate 1000mg",
        "--json",
    ).json()
    assert {k: v for k, v in rows[0].items() if k not in ("line", "input")} == single
    assert rows[1]["over_ul"] is True and rows[1]["supplement_mg"] == 400
    assert "pregnancy" in rows[2]["error"]  # an impossible person is that row's error
    assert rows[3]["pregnant"] is True and rows[3]["life_stage"].startswith("female, pregnant")
    assert "takes yes or no" in rows[4]["error"]
    assert ran.err.count("\n") == 2


def test_plan_batch_and_quiet(mg) -> None:
    text = "sex,age,food,form,unit_size\nfemale,34,150,citrate,100mg\nmale,50,,,\n"
    ran = mg("plan", "--batch", "-", "-f", "json", stdin=text)
    first, second = ran.json()
    assert ran.code == 1 and first["form"] == "citrate" and first["elemental_per_day_mg"] > 0
    assert second["line"] == 3 and "needs --food" in second["error"]
    quiet = mg("check", "--batch", "-", "-q", stdin=CLIENTS)
    assert quiet.out.splitlines() == ["within", "over", "", "within", ""]


def test_quiet_batch_never_hides_a_caution(mg) -> None:
    text = (
        "sex,age,food,supplement,egfr,medication\n"
        "female,34,200,100,,\nmale,70,150,100,25,\nfemale,40,200,100,,Cipro\n"
        "female,0,,50,,\nfemale,40,200,100,,Cipro\nmale,40,300,100,,\n"
    )
    ran = mg("check", "--batch", "-", "-q", stdin=text)
    cautions = [line for line in ran.err.splitlines() if line.startswith("mgcalc: caution: ")]
    numbered = [line.split(": ")[2] for line in cautions if ": line " in line]
    assert ran.code == 0 and len(ran.out.splitlines()) == 6
    assert numbered == ["line 3", "line 4", "line 5", "line 6"]
    assert "KDIGO G4" in cautions[1] and "No supplemental UL" in cautions[3]
    assert len(cautions) == 5  # the general reminder once, not on every row


def test_row_with_an_empty_required_cell_is_that_rows_input_error(mg) -> None:
    text = "sex,age,food\nfemale,34,200\n,50,200\n,,\nmale,40,300\n"
    for command in ("check", "plan"):
        ran = mg(command, "--batch", "-", "-f", "ndjson", stdin=text)
        rows = records(ran.out)
        assert ran.code == 1 and [r["line"] for r in rows] == [2, 3, 4, 5]
        assert [r.get("error", "") for r in rows][1:3] == [
            "empty sex cell; every row needs a sex"
        ] * 2
        assert "internal" not in ran.err and "error" not in rows[3]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sex,age,pregnat\nfemale,30,yes\n", "did you mean 'pregnant'"),
        ("female,30\n", "needs a header line"),
        ("age,food\n30,250\n", "lacks the column(s) sex"),
    ],
)
def test_bad_header_is_one_usage_error(mg, text: str, message: str) -> None:
    ran = mg("check", "--batch", "-", "--json", stdin=text)
    assert ran.code == 2 and ran.out == "" and message in ran.err and ran.err.count("\n") == 1


def test_an_option_and_a_column_for_the_same_field_are_refused(mg) -> None:
    ran = mg("check", "--batch", "-", "--sex", "female", stdin=CLIENTS)
    assert ran.code == 2 and ran.out == "" and "sex column and --sex" in ran.err


def test_an_option_applies_to_every_row(mg) -> None:
    ran = mg(
        "check", "--batch", "-", "--standard", "eu", "-f", "ndjson", stdin="sex,age\nmale,40\n"
    )
    single = mg("check", "--sex", "male", "--age", "40", "--standard", "eu", "--json")
    record = json.loads(ran.out)
    assert record["standard"] == "eu" and record["ul_mg"] == single.json()["ul_mg"] == 250


def test_strict_writes_every_record_then_exits_3(mg) -> None:
    ran = mg("check", "--batch", "-", "--strict", "-f", "ndjson", stdin=CLIENTS)
    assert ran.code == 3 and len(ran.out.splitlines()) == 5
    assert "1 of 5 records over their limit (--strict); first, line 3" in ran.err
    assert mg("check", "--batch", "-", "-f", "ndjson", stdin=CLIENTS).code == 1


def test_schema_describes_the_batch_records(mg) -> None:
    document = mg("schema", "check", "--batch").json()
    text = json.dumps(document)
    assert '"line"' in text and '"input"' in text and '"error"' in text and '"rda_mg"' in text
