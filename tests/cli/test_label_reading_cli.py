"""Label lines as a shopper and an EU formulator paste them, through every command
that reads one (label, label --batch, check --supplement, cabinet add): one reading."""

from __future__ import annotations

import json

import pytest

EU_LINE = "Magnesium 0,375 g"


def test_label_reads_a_decimal_comma_and_says_so(mg) -> None:
    data = mg("label", EU_LINE, "--json").json()
    assert data["elemental_mg"] == 375 and data["percent_nrv"] == 100
    assert any("decimal comma" in note for note in data["notes"])


def test_label_refuses_a_comma_that_reads_both_ways(mg) -> None:
    ran = mg("label", "Magnesium 1,500 mg", "--json")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.count("\n") == 1 and ran.err.startswith("mgcalc: error: ")
    assert "1500 mg" in ran.err and "1.5 mg" in ran.err


def test_every_reader_reads_the_comma_alike(mg) -> None:
    batch = mg("label", "--batch", "-", "-f", "ndjson", stdin=f"{EU_LINE}\nMagnesium 1,500 mg\n")
    records = [json.loads(line) for line in batch.out.splitlines()]
    assert batch.code == 1 and records[0]["elemental_mg"] == 375
    assert "reads two ways" in records[1]["error"]
    check = mg("check", "--sex", "female", "--age", "40", "--supplement", EU_LINE, "--json")
    assert check.json()["supplement_mg"] == 375
    added = mg("cabinet", "add", "eu", EU_LINE, "--json")
    assert added.json()["elemental_mg"] == 375
    refused = mg("cabinet", "add", "us", "Magnesium 1,500 mg")
    assert refused.code == 2 and "reads two ways" in refused.err


@pytest.mark.parametrize("text", ["400 mg elemental", "elemental 400mg"])
def test_check_reads_elemental_as_magnesium(mg, text: str) -> None:
    data = mg("check", "--sex", "male", "--age", "40", "--supplement", text, "--json").json()
    assert data["supplement_mg"] == 400 and data["supplements"][0]["form"] is None


def test_label_under_a_microgram_is_refused(mg) -> None:
    ran = mg("label", "Magnesium 0.0000001 mg")
    assert ran.code == 2 and "under 1 mcg" in ran.err


def test_two_percents_each_fit_in_json_and_table(mg) -> None:
    line = "Magnesium (as magnesium citrate) 200 mg 48% 53% NRV"
    data = mg("label", line, "--json").json()
    assert data["percent_matches"] is True and data["warnings"] == []
    assert [s["stated_percent_basis"] for s in data["stated_percents"]] == ["dv", "nrv"]
    table = mg("label", line).out
    assert "Stated % DV" in table and "Stated % NRV" in table and "NOT" not in table


@pytest.mark.parametrize(
    "source", ["magnesium amino acid chelate", "marine magnesium", "di-magnesium malate"]
)
def test_an_unlisted_source_is_read_as_elemental_and_said(mg, source: str) -> None:
    line = f"Magnesium (as {source}) 100 mg 24%"
    data = mg("label", line, "--json").json()
    assert data["elemental_mg"] == 100 and data["forms"] == [] and data["percent_matches"]
    assert any(source in w and "not in mgcalc's catalogue" in w for w in data["warnings"])
    assert "CFR101-36" in data["sources"]
    check = mg("check", "--sex", "female", "--age", "40", "--supplement", line, "--json").json()
    assert check["supplement_mg"] == 100
    assert source in check["supplements"][0]["figure_note"]
    assert mg("cabinet", "add", "p", line, "--json").json()["elemental_mg"] == 100


TWO_ROWS = (
    "Magnesium (as magnesium glycinate) 200 mg 48%\nMagnesium (as magnesium malate) 100 mg 24%"
)


def test_a_second_magnesium_row_is_a_warning_in_label(mg) -> None:
    data = mg("label", TWO_ROWS, "--json").json()
    assert data["elemental_mg"] == 200 and data["ignored"] == []
    assert any("2 magnesium rows" in w and "malate) 100 mg" in w for w in data["warnings"])


def test_check_counts_every_magnesium_row_and_says_so(mg) -> None:
    ran = mg("check", "--sex", "female", "--age", "40", "--supplement", TWO_ROWS, "--json")
    data = ran.json()
    assert data["supplement_mg"] == 300 and data["supplements"][0]["form"] == "glycinate+malate"
    assert any("all are counted (200 mg + 100 mg = 300 mg)" in w for w in data["warnings"])
    assert "mgcalc: warning: The pasted panel has 2 magnesium rows" in ran.err


def test_cabinet_refuses_a_panel_with_two_magnesium_rows(mg) -> None:
    ran = mg("cabinet", "add", "two", TWO_ROWS)
    assert ran.code == 2 and "2 magnesium rows" in ran.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["label", "Magnesium 5 kg"],
            "'5 kg' in 'Magnesium 5 kg': a label line states magnesium in mg, g or mcg",
        ),
        (["label", "Magnesium 12 lb"], "give the amount in mg, g or mcg"),
        (["label", "Magnesium 100 mg", "--form", "oxide", "--compound", "100mg"], "not both"),
        (
            ["label", "Magnesium 1,000,5 mg"],
            "'1,000,5 mg' in 'Magnesium 1,000,5 mg' is not a number",
        ),
        (["label", "Magnesium 0, mg"], "is not a number mgcalc reads"),
    ],
)
def test_messages_name_what_is_wrong(mg, argv: list[str], message: str) -> None:
    ran = mg(*argv)
    assert ran.code == 2 and message in ran.err and ran.err.count("\n") == 1
    assert "has no unit" not in ran.err


def test_check_supplement_decimal_comma_is_not_an_unknown_form(mg) -> None:
    ran = mg("check", "--sex", "male", "--age", "40", "--supplement", "200,5", "--json")
    assert ran.code == 0 and ran.json()["supplement_mg"] == 200.5


def test_cabinet_add_says_what_the_reader_warned_of_on_stderr(mg) -> None:
    ran = mg("cabinet", "add", "sea", "Magnesium (as marine magnesium) 100 mg", "--json")
    assert ran.json()["elemental_mg"] == 100
    assert ran.err.startswith("mgcalc: warning: Source not in mgcalc's catalogue")
