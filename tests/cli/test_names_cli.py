"""What a bare name was read as shows in every output: table note, JSON, CSV, --explain."""

import csv
import io

import pytest

from mgcalc.data.chemistry import bare_names


def test_bare_sulfate_json_says_what_it_assumed(mg) -> None:
    ran = mg("elemental", "magnesium sulfate", "2g", "--json")
    assert ran.code == 0, ran.err
    data = ran.json()
    assert data["form"] == "sulfate-heptahydrate"
    assert data["elemental_mg"] == pytest.approx(197.22, abs=0.01)
    assert data["elemental_meq"] == pytest.approx(16.23, abs=0.01)
    assumed = data["assumed"]
    assert assumed["given"] == "magnesium sulfate" and assumed["form"] == "sulfate-heptahydrate"
    assert assumed["basis"] == "pharmacopoeia" and assumed["sources"] == ["USP-MGSO4-INJ"]
    assert "sulfate-anhydrous" in assumed["alternatives"]


@pytest.mark.parametrize("text", ["sulfate-anhydrous", "MgSO4.H2O", "MgSO4.7H2O", "glycinate"])
def test_explicit_forms_carry_null_assumed(mg, text: str) -> None:
    data = mg("elemental", text, "1g", "--json").json()
    assert data["assumed"] is None
    assert data["fraction_low"] is None and data["elemental_low_mg"] is None


@pytest.mark.parametrize("bare", [b.name for b in bare_names()])
def test_every_bare_name_notes_its_assumption_in_the_table(mg, bare: str) -> None:
    ran = mg("elemental", bare, "1g")
    assert ran.code == 0, ran.err
    flat = " ".join(ran.out.split())
    assert f"Assumed: '{bare}' read as" in flat
    assert "Ask for another by id:" in flat or bare in ("traacs",)


def test_explain_names_the_assumption_and_its_source(mg) -> None:
    ran = mg("elemental", "chloride", "535mg", "--explain")
    assert "explain: assumed: 'chloride' read as" in ran.err
    assert "(USP-MGCL2)" in ran.err
    assert "63.96 mg" in ran.out


def test_compound_json_has_assumed_and_range(mg) -> None:
    data = mg("compound", "carbonate", "250mg", "--json").json()
    assert data["form"] == "carbonate-usp" and data["assumed"]["form"] == "carbonate-usp"
    assert data["fraction_low"] < data["fraction"] < data["fraction_high"]
    assert data["compound_low_mg"] < data["compound_mg"] < data["compound_high_mg"]
    assert data["sources"][0] == "USP-MGCO3"


def test_range_shows_in_table_and_explain(mg) -> None:
    ran = mg("elemental", "magtein", "2g", "--explain")
    assert "144 mg (140-160 mg)" in ran.out
    assert "Stated content:" in ran.out
    assert "explain: stated: 2 g supplies about 144 mg magnesium" in ran.err


def test_csv_carries_assumed_as_json_cell(mg) -> None:
    ran = mg("elemental", "sulfate", "1g", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(ran.out)))
    assert row["form"] == "sulfate-heptahydrate"
    assert '"basis":"pharmacopoeia"' in row["assumed"]


def test_refused_name_is_an_input_error_with_the_reason(mg) -> None:
    ran = mg("elemental", "dimagnesium malate", "1g")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("mgcalc: error: form 'dimagnesium malate': dimagnesium malate")
    assert ran.err.count("\n") == 1 and "use 'malate'" in ran.err


def test_batch_records_carry_assumed(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--format", "ndjson", stdin="sulfate 1g\nMgSO4 1g\n")
    first, second = (line for line in ran.out.splitlines())
    assert '"assumed":{"given":"sulfate"' in first
    assert '"assumed":{"given":"MgSO4","form":"sulfate-anhydrous","basis":"formula"' in second
    assert '"other_reading":{"form":"sulfate-heptahydrate"' in second


def test_isotope_formula_and_accented_name_work_end_to_end(mg) -> None:
    assert mg("elemental", "[25Mg]O", "100mg", "-q").out.strip() == "60.96"
    assert mg("elemental", "Magnésium glycinate", "1000mg", "-q").out.strip() == "140.96"


def test_forms_listing_never_hides_a_stated_range(mg) -> None:
    rows = {row["id"]: row for row in mg("forms", "--json").json()}
    assert rows["carbonate-usp"]["fraction_low"] < rows["carbonate-usp"]["fraction_high"]
    assert rows["glycinate"]["fraction_low"] is None and rows["glycinate"]["stated"] is None
    flat = " ".join(mg("forms").out.split())
    assert "nominal figure of a stated range: carbonate-usp 24.12-26.23%" in flat
