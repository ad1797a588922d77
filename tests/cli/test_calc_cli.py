"""CliRunner tests: parse the JSON every calculator prints."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from mgcalc.cli.app import app

runner = CliRunner()


def invoke_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_elemental_json_keys_and_figures() -> None:
    data = invoke_json("elemental", "citrate", "500mg")
    assert data["form"] == "citrate"
    assert data["formula"] == "Mg3(C6H5O7)2"
    assert data["compound_mg"] == 500
    assert data["elemental_mg"] == pytest.approx(80.82)
    assert 0 < data["fraction"] < 1
    assert data["elemental_mmol"] == pytest.approx(80.82 / 24.305, abs=1e-3)
    assert data["elemental_meq"] == pytest.approx(2 * data["elemental_mmol"], abs=2e-3)
    assert data["sources"] == ["PUBCHEM", "IUPAC"]
    keys = ("fraction", "elemental_mmol", "elemental_meq")
    assert all(isinstance(data[k], float | int) for k in keys)


def test_elemental_count_and_purity() -> None:
    data = invoke_json("elemental", "glycinate", "500mg", "--count", "2", "--purity", "90%")
    assert data["count"] == 2 and data["purity"] == 0.9
    assert data["elemental_mg"] == pytest.approx(1000 * 0.14096 * 0.9, abs=0.01)


def test_elemental_formula() -> None:
    data = invoke_json("elemental", "MgSO4.7H2O", "1g")
    assert data["form"] == "sulfate-heptahydrate"
    assert data["elemental_mg"] == pytest.approx(98.61)


def test_compound_with_unit_size() -> None:
    data = invoke_json("compound", "glycinate", "200mg", "--unit-size", "500mg compound")
    assert data["units"] == 3
    assert data["compound_mg"] == pytest.approx(1418.82)
    assert data["supplied_elemental_mg"] >= 200


def test_compound_without_unit_size_has_null_units() -> None:
    data = invoke_json("compound", "oxide", "300mg")
    assert data["units"] is None
    assert data["compound_mg"] == pytest.approx(300 / 0.60304, abs=0.05)


@pytest.mark.parametrize(
    ("amount", "mg"), [("10mmol", 243.05), ("20 mEq", 243.05), ("243.05", 243.05), ("0.1g", 100)]
)
def test_convert(amount: str, mg: float) -> None:
    data = invoke_json("convert", amount)
    assert data["elemental_mg"] == pytest.approx(mg)
    assert data["elemental_meq"] == pytest.approx(2 * data["elemental_mmol"], abs=1e-3)


def test_forms_listing_is_an_array() -> None:
    data = invoke_json("forms")
    assert isinstance(data, list) and len(data) >= 35
    assert {"id", "name", "formula", "fraction"} <= set(data[0])
    fractions = [row["fraction"] for row in data]
    assert fractions == sorted(fractions, reverse=True)


def test_forms_sort_name() -> None:
    names = [row["name"].lower() for row in invoke_json("forms", "--sort", "name")]
    assert names == sorted(names)


def test_csv_has_header_and_quotes() -> None:
    result = runner.invoke(app, ["elemental", "citrate", "500mg", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["name"] == "Magnesium citrate (trimagnesium dicitrate, anhydrous)"
    assert '"Magnesium citrate (trimagnesium dicitrate, anhydrous)"' in result.stdout


def test_ndjson_one_object_per_line() -> None:
    result = runner.invoke(app, ["forms", "--format", "ndjson"])
    lines = result.stdout.splitlines()
    assert len(lines) >= 35
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_quiet_prints_only_the_figure() -> None:
    result = runner.invoke(app, ["elemental", "citrate", "500mg", "-q"])
    assert result.stdout == "80.82\n"
    assert (
        runner.invoke(app, ["compound", "glycinate", "200mg", "--unit-size", "100mg", "-q"]).stdout
        == "2\n"
    )


def test_table_is_plain_text_without_a_tty() -> None:
    result = runner.invoke(app, ["elemental", "citrate", "500mg"])
    assert "\x1b[" not in result.stdout
    for text in ("citrate", "Mg3(C6H5O7)2", "16.16%", "500 mg", "80.82 mg", "3.325", "6.65"):
        assert text in result.stdout


def test_error_is_one_line_with_exit_2() -> None:
    result = runner.invoke(app, ["elemental", "citrat", "500mg"])
    assert result.exit_code == 2
    assert (
        result.stderr == "mgcalc: error: unknown form 'citrat'; did you mean 'citrate' or "
        "'citrate-dibasic'?\n"
    )


def test_json_conflicting_with_format_is_refused() -> None:
    result = runner.invoke(app, ["elemental", "citrate", "500mg", "--json", "--format", "csv"])
    assert result.exit_code == 2
    assert "--format csv and --json ask for different outputs" in result.stderr


def test_svg_is_saved(tmp_path) -> None:
    target = tmp_path / "out.svg"
    result = runner.invoke(app, ["elemental", "citrate", "500mg", "--svg", str(target)])
    assert result.exit_code == 0
    assert target.read_text().lstrip().startswith("<svg")
    assert "80.82" in target.read_text()


COMMANDS = ["elemental", "compound", "convert", "forms"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout and "--format" in result.stdout
