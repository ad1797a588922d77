"""Batch mode: records out equal data lines in, errors as records, exit 1."""

import csv
import io
import json
import subprocess
import sys

import pytest

INPUT = """# a product list
citrate 500mg

magnesium glycinate 1,000 mg
foo 1g
MgSO4.7H2O 1 g
oxide 2kg
   epsom salt   0.5g
"""


def test_ndjson_records_and_errors_in_order(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--format", "ndjson", stdin=INPUT)
    assert ran.code == 1
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert len(records) == 6
    assert [r.get("form") for r in records] == [
        "citrate",
        "glycinate",
        None,
        "sulfate-heptahydrate",
        None,
        "sulfate-heptahydrate",
    ]
    assert records[2] == {"line": 5, "input": "foo 1g", "error": "unknown form 'foo'"}
    assert records[4]["line"] == 7 and "over 1 kg" in records[4]["error"]
    assert ran.err.splitlines() == [
        "mgcalc: error: line 5: unknown form 'foo'",
        "mgcalc: error: line 7: '2kg' is over 1 kg; check the amount and its unit",
    ]


def test_json_batch_is_one_document(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--format", "json", stdin=INPUT)
    document = json.loads(ran.out)
    assert isinstance(document, list) and len(document) == 6


def test_empty_batch_is_an_empty_array(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--json", stdin="# nothing\n\n")
    assert ran.code == 0 and json.loads(ran.out) == []


def test_csv_batch_has_header_and_error_columns(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--format", "csv", stdin=INPUT)
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    assert len(rows) == 6
    assert rows[0]["elemental_mg"] == "80.82" and rows[0]["error"] == ""
    assert rows[2]["line"] == "5" and rows[2]["error"] == "unknown form 'foo'"


def test_table_batch_streams_plain_rows(mg) -> None:
    ran = mg("elemental", "--batch", "-", stdin=INPUT)
    lines = ran.out.splitlines()
    assert lines[0].startswith("form\t")
    assert len(lines) == 7
    assert lines[3] == "line 5: error: unknown form 'foo'"


def test_batch_from_file_and_all_good_exits_0(mg, tmp_path) -> None:
    path = tmp_path / "in.txt"
    path.write_text("citrate 500mg\noxide 500 mg\n")
    ran = mg("elemental", "--batch", str(path), "-f", "ndjson")
    assert ran.code == 0 and len(ran.out.splitlines()) == 2


def test_compound_and_convert_batches(mg) -> None:
    ran = mg("compound", "--batch", "-", "-f", "ndjson", stdin="glycinate 200mg\noxide 8 mmol\n")
    assert [json.loads(x)["form"] for x in ran.out.splitlines()] == ["glycinate", "oxide"]
    ran = mg("convert", "--batch", "-", "-f", "ndjson", stdin="10 mmol\n20 mEq\nbad\n")
    assert ran.code == 1
    assert [json.loads(x).get("mg") for x in ran.out.splitlines()] == [243.05, 243.05, None]


def test_crlf_invalid_utf8_and_form_feed_lines_are_records() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mgcalc", "elemental", "--batch", "-", "-f", "ndjson"],
        input=b"citrate 500mg\r\noxide \xff\xfe\ncitrate\x0c500mg\n",
        capture_output=True,
        timeout=60,
    )
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(records) == 3
    assert records[0]["form"] == "citrate"
    assert records[1]["line"] == 2  # undecodable bytes: an error record, not a crash
    assert records[2]["form"] == "citrate"  # a form feed is whitespace, not a line break
    assert proc.returncode == 1


@pytest.mark.parametrize("args", [["citrate", "500mg"], ["-q"]])
def test_batch_refuses_positional_and_quiet(mg, args: list[str]) -> None:
    ran = mg("elemental", "--batch", "-", *args, stdin="citrate 500mg\n")
    assert ran.code == 2 and ran.err.startswith("mgcalc: error: --batch")
