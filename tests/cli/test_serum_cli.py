"""mgcalc serum in table, JSON, quiet, batch and errors."""

import pytest


def test_json_gives_every_unit(mg) -> None:
    ran = mg("serum", "2.0mg/dL", "--json")
    assert ran.code == 0, ran.err
    data = ran.json()
    assert {"mg_dl", "mg_l", "mmol_l", "meq_l", "position", "reference", "sources"} <= set(data)
    assert data["position"] == "within" and data["unit"] == "mg/dL"
    assert data["mmol_l"] == pytest.approx(0.823)


def test_table_places_the_value(mg) -> None:
    ran = mg("serum", "0.65", "mmol/L")
    flat = " ".join(ran.out.split())
    assert "0.65 mmol/L is BELOW the adult reference interval (RCPA-MG)" in flat
    assert "mEq/L" in ran.out and "does not interpret" in flat


def test_quiet_is_mmol_per_litre(mg) -> None:
    assert mg("serum", "1.7mEq/L", "-q").out == "0.85\n"


def test_explain_names_the_source(mg) -> None:
    ran = mg("serum", "2.0mg/dL", "--explain")
    assert "explain: reference interval" in ran.err and "(RCPA-MG)" in ran.err


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
        assert f"is {position} the adult reference interval" in cautions[0]
        assert "RCPA-MG" in cautions[0]
    if position == "above":
        assert any("kidney" in line for line in cautions[1:])
