"""mgcalc serum in table, JSON, quiet, batch and errors."""

import pytest


def test_json_gives_every_unit(mg) -> None:
    ran = mg("serum", "2.0mg/dL", "--json")
    assert ran.code == 0, ran.err
    data = ran.json()
    assert {"mg_dl", "mg_l", "mmol_l", "meq_l", "position", "reference", "sources"} <= set(data)
    assert data["position"] == "within" and data["given_unit"] == "mg/dL"
    assert data["mmol_l"] == pytest.approx(0.823)


def test_table_places_the_value(mg) -> None:
    ran = mg("serum", "0.65", "mmol/L")
    flat = " ".join(ran.out.split())
    assert "0.65 mmol/L is BELOW the reference interval for adults (18 years and over)" in flat
    assert "mEq/L" in ran.out and "does not interpret" in flat


def test_quiet_is_mmol_per_litre(mg) -> None:
    assert mg("serum", "1.7mEq/L", "-q").out == "0.85\n"


def test_explain_names_the_source(mg) -> None:
    ran = mg("serum", "2.0mg/dL", "--explain")
    assert "explain: reference interval" in ran.err and "(ADAM-MG)" in ran.err


def test_batch_streams_one_record_per_line(mg) -> None:
    ran = mg("serum", "--batch", "-", "--format", "ndjson", stdin="2.0mg/dL\n0.5 mmol/L\nbad\n")
    lines = ran.out.splitlines()
    assert ran.code == 1 and len(lines) == 3
    assert '"position":"within"' in lines[0] and '"position":"below"' in lines[1]
    assert '"error"' in lines[2]


@pytest.mark.parametrize("args", [["serum", "2.0"], ["serum", "2 furlongs"], ["serum"]])
def test_errors_exit_2(mg, args: list[str]) -> None:
    ran = mg(*args)
    assert ran.code == 2 and ran.out == "" and ran.err.startswith("mgcalc: error: ")


@pytest.mark.parametrize(
    ("value", "position"), [("0.6mmol/L", "below"), ("3.0mg/dL", "above"), ("0.85mmol/L", None)]
)
def test_quiet_never_hides_a_value_outside_the_interval(mg, value: str, position) -> None:
    ran = mg("serum", value, "-q")
    assert ran.code == 0 and len(ran.out.split()) == 1
    cautions = [line for line in ran.err.splitlines() if line.startswith("mgcalc: caution:")]
    if position is None:
        assert cautions == []
    else:
        assert f"is {position} the reference interval for adults" in cautions[0]
        assert ("ADAM-MG" if "mg/dL" in value else "RCPA-MG") in cautions[0]
    if position == "above":
        assert any("kidney" in line for line in cautions[1:])


@pytest.mark.parametrize(
    ("args", "critical"),
    [
        (["0.4 mmol/L"], "below the critical value for adults (0.5 mmol/L; DAVIS-MG)"),
        (["5.2mg/dL"], "above the critical value for adults (4.9 mg/dL; DAVIS-MG)"),
        (["4.5mg/dL", "--age", "8"], "above the critical value for children (4.3 mg/dL"),
    ],
)
def test_a_critical_value_says_to_seek_care_now_even_with_q(mg, args, critical) -> None:
    ran = mg("serum", *args, "-q")
    first = ran.err.splitlines()[0]
    assert first.startswith("mgcalc: caution: CRITICAL") and critical in first
    assert "Seek medical care now" in first
    assert mg("serum", *args, "--json").json()["critical"] is True


def test_age_selects_the_paediatric_interval(mg) -> None:
    newborn = mg("serum", "0.62 mmol/L", "--age", "3d", "--json").json()
    assert newborn["position"] == "within" and newborn["age_days"] == 3
    assert newborn["interval"]["population"] == "newborns (under 1 week)"
    child = mg("serum", "0.66 mmol/L", "--age", "6", "--json").json()
    assert child["position"] == "within" and child["interval"]["low"] == 0.65
    assert mg("serum", "0.66 mmol/L", "--json").json()["position"] == "below"
    mass = mg("serum", "1.5mg/dL", "--age", "6", "--json").json()
    assert mass["interval"]["converted"] is True and "converted" in mass["warnings"][0]
    assert mg("serum", "1mmol/L", "--age", "old").code == 2
