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
