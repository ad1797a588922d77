"""The writer on the command line: the formulator's options, batch writing (records in =
records out) and the secondary-source notes in `mgcalc sources`."""

from __future__ import annotations

import json

BATCH = (
    "form,compound,units_per_serving,servings,purity\n"
    "glycinate,700mg,,,\n"
    "carbonate-usp,500mg,2,1,\n"
    "citrate,1000mg,,2,12.1%Mg\n"
    "unobtainium,1g,,,\n"
    "glycinate;oxide,500mg;100mg,,,\n"
)


def test_batch_writes_one_declaration_record_per_row(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "ndjson", stdin=BATCH)
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and [r["line"] for r in records] == [2, 3, 4, 5, 6]
    assert records[0]["declaration"] == "Magnesium (as magnesium bisglycinate) 95 mg 23%"
    assert records[1]["units_per_serving"] == 2 and records[1]["declared_mg"] == 240
    assert records[2]["servings"] == 2 and records[2]["declaration_basis"] == ["assay"]
    assert records[3]["error"] == "unknown form 'unobtainium'"
    assert records[4]["forms"] == ["glycinate", "oxide"]
    assert "line 5: unknown form" in ran.err


def test_batch_csv_has_the_declaration_columns(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "csv", stdin="form,compound\noxide,500mg\n")
    header, row = ran.out.splitlines()
    assert header.startswith("line,input,declaration,declared,eu_declaration,")
    assert "rounded_declaration" in header and ",Magnesium (as magnesium oxide) 300 mg" in row


def test_a_label_header_still_reads_lines(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "ndjson", stdin="label\nMagnesium 100 mg\n")
    assert json.loads(ran.out)["stated_mg"] == 100


def test_purity_overage_and_assay_options(mg) -> None:
    data = mg(
        "label",
        *("--form", "glycinate", "--compound", "700mg", "--purity", "98%"),
        *("--overage", "5%", "--assay", "90mg", "--json"),
    ).json()
    assert data["overage_percent"] == 5 and data["declared_mg"] == 90
    assert data["assay_meets_us"] is True and data["assay_within_eu"] is True
    bad = mg("label", "--form", "oxide", "--compound", "1g", "--purity", "70%Mg")
    assert bad.code == 2 and "holds at most 60.3" in bad.err
    two = mg(
        "label",
        "--form",
        "oxide",
        "--form",
        "citrate",
        "--compound",
        "1g",
        "--compound",
        "1g",
        "--purity",
        "90%",
    )
    assert two.code == 2 and "one --purity per --form" in two.err
    alone = mg("label", "--overage", "5%")
    assert alone.code == 2 and "give --form and --compound" in alone.err


def test_eu_standard_puts_the_daily_dose_first(mg) -> None:
    args = ("label", "--form", "citrate-anhydrous", "--compound", "1000mg", "--servings", "2")
    table = mg(*args, "--standard", "eu").out
    assert table.index("EU, daily dose") < table.index("EU, a serving") < table.index("US ")
    assert mg(*args, "--standard", "eu", "-q").out == "Magnesium 323 mg (86% NRV)\n"


def test_sources_say_what_was_read_through_a_secondary_source(mg) -> None:
    records = {r["id"]: r for r in mg("sources", "--json").json()}
    assert "5 mg tier" in records["FDAQA"]["secondary"]
    assert "3 significant figures" in records["EC2012TOL"]["secondary"]
    assert records["IOM97"]["secondary"] is None
    assert "Secondary:" in mg("sources", "FDAQA").out


def test_writer_options_on_lines_to_read_are_refused(mg) -> None:
    ran = mg("label", "--batch", "-", "--overage", "5%", stdin="Magnesium 100 mg\n")
    assert ran.code == 2 and ran.out == "" and "--overage is for writing" in ran.err
    both = mg("label", "--batch", "-", "--servings", "2", stdin="form,compound,servings\n")
    assert both.code == 2 and "--servings both give" in both.err


def test_explain_shows_the_writers_chain(mg) -> None:
    ran = mg(
        "label",
        "--form",
        "carbonate-usp",
        "--compound",
        "500mg",
        "--overage",
        "3%",
        "--explain",
        "-q",
    )
    steps = [line for line in ran.err.splitlines() if line.startswith("explain: ")]
    assert (
        steps[0]
        == "explain: carbonate-usp: 500 mg x 0.24121 (spec_minimum) x 1 unit = 120.61 mg a serving"
    )
    assert any("/ 1.03 (overage)" in step for step in steps)
    assert any("from the declared amount" in step for step in steps)
