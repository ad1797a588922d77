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
oxide 2000t
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
    assert records[4]["line"] == 7 and "1 mcg to 1,000 t" in records[4]["error"]
    assert [line[:33] for line in ran.err.splitlines()] == [
        "mgcalc: error: line 5: unknown fo",
        "mgcalc: error: line 7: '2000t' is",
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
    assert lines[0].startswith("line\tinput\tform\t")
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
    found = [json.loads(x).get("elemental_mg") for x in ran.out.splitlines()]
    assert found == [243.05, 243.05, None]


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


@pytest.mark.parametrize("args", [["citrate", "500mg"], ["--explain"]])
def test_batch_refuses_positional_and_quiet(mg, args: list[str]) -> None:
    ran = mg("elemental", "--batch", "-", *args, stdin="citrate 500mg\n")
    assert ran.code == 2 and ran.err.startswith("mgcalc: error: --batch")


def run_bytes(*args: str, stdin: bytes) -> tuple[int, str, str]:
    """In-process run with raw bytes on stdin (spreadsheet exports are not always UTF-8)."""
    import contextlib

    from mgcalc.entry import run

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(list(args))
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


HUGE_FORMULA = "Mg" + "9" * 400 + "O"


@pytest.mark.parametrize(
    ("command", "bad", "good"),
    [
        ("elemental", f"{HUGE_FORMULA} 1g", "citrate 500mg"),
        ("elemental", "MgO99999999999999999999 1g", "citrate 500mg"),
        ("elemental", "citrate 1e-310mg", "citrate 500mg"),
        ("elemental", "citrate " + "9" * 400, "citrate 500mg"),
        ("convert", "9" * 400, "10 mmol"),
        ("food", "almonds 1/0", "almonds 1oz"),
        ("label", "Magnesium citrate " + "9" * 400 + " mg", "Magnesium citrate 500 mg"),
    ],
)
def test_a_bad_line_never_ends_the_batch(mg, command: str, bad: str, good: str) -> None:
    ran = mg(command, "--batch", "-", "-f", "ndjson", stdin=f"{good}\n{bad}\n{good}\n")
    records = [json.loads(line) for line in ran.out.splitlines()]  # no NaN/Infinity either
    assert ran.code == 1 and len(records) == 3
    assert records[1]["line"] == 2 and set(records[1]) == {"line", "input", "error"}
    assert "internal error" not in records[1]["error"]
    assert "error" not in records[0] and records[0] == {**records[2], "line": 1}


def test_an_unforeseen_failure_is_that_records_error(mg, monkeypatch) -> None:
    from mgcalc.core.chemistry import calc

    real = calc.elemental

    def flaky(form, amount, **kwargs):
        if form.id == "oxide":
            raise RuntimeError("simulated bug\nsecond line")
        return real(form, amount, **kwargs)

    monkeypatch.setattr(calc, "elemental", flaky)
    ran = mg("elemental", "--batch", "-", "-f", "ndjson", stdin="oxide 1g\ncitrate 1g\n")
    first, second = (json.loads(line) for line in ran.out.splitlines())
    assert ran.code == 1
    assert first == {
        "line": 1,
        "input": "oxide 1g",
        "error": "internal error: RuntimeError: simulated bug",
    }
    assert second["form"] == "citrate"
    assert ran.err == "mgcalc: error: line 1: internal error: RuntimeError: simulated bug\n"


def test_success_records_carry_line_and_input(mg) -> None:
    ran = mg("compound", "--batch", "-", "-f", "json", stdin="# head\n\nglycinate 200mg\n")
    (record,) = ran.json()
    assert list(record)[:3] == ["line", "input", "form"]
    assert record["line"] == 3 and record["input"] == "glycinate 200mg"


def test_spreadsheet_export_bom_header_crlf_quotes_latin1() -> None:
    data = (
        b"\xef\xbb\xbfForm,Amount\r\n"
        b"citrate,500mg\r\n"
        b'"magnesium glycinate","1,000 mg"\r\n'
        b'"oxide,1g\r\n'
        b"oxide,1g\r\n"
        b"citrat\xe9,1g\r\n"
        b"epsom salt,1 g\r\n"
    )
    code, out, err = run_bytes("elemental", "--batch", "-", "-f", "ndjson", stdin=data)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["line"] for r in records] == [2, 3, 4, 5, 6, 7]  # the header is used, not reported
    assert [r.get("form") for r in records] == [
        "citrate",
        "glycinate",
        None,
        "oxide",
        None,
        "sulfate-heptahydrate",
    ]
    assert records[1]["compound_mg"] == 1000.0
    assert "unterminated quote" in records[2]["error"]  # and the next row is still read
    assert records[4]["error"].startswith("not UTF-8 text (byte 0xE9")
    assert records[4]["input"] == "citrat\ufffd,1g"
    assert err.count("\n") == 2


def test_header_columns_in_any_order_with_options(mg) -> None:
    ran = mg(
        "elemental",
        "--batch",
        "-",
        "-f",
        "ndjson",
        stdin="name;amount;form;purity;count\nA;500mg;citrate;90%;2\n",
    )
    (record,) = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 0
    assert (record["form"], record["purity"], record["count"]) == ("citrate", 0.9, 2)
    assert record["compound_mg"] == 1000.0 and record["input"] == "A;500mg;citrate;90%;2"


def test_a_misspelt_header_column_is_one_usage_error(mg) -> None:
    ran = mg("elemental", "--batch", "-", "-f", "json", stdin="form,amont\ncitrate,1g\n")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.count("\n") == 1 and "unknown column 'amont'" in ran.err
    assert "did you mean 'amount'" in ran.err


CSV_LINES = ["form,amount", "citrate,500mg", "oxide,1g", "", "glycinate,200mg"]


@pytest.mark.parametrize(
    "payload",
    [
        "\n".join(CSV_LINES).encode("utf-8"),
        "\r\n".join(CSV_LINES).encode("utf-8"),
        "\r".join(CSV_LINES).encode("utf-8"),  # Excel's "CSV (Macintosh)"
        "\r\n".join(CSV_LINES).encode("utf-16"),  # Excel's "Unicode text"
        "\n".join(CSV_LINES).encode("utf-16-le"),  # no byte-order mark
        "\n".join(CSV_LINES).encode("utf-16-be"),
    ],
    ids=["lf", "crlf", "cr", "utf16", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_spreadsheet_encodings_and_line_ends_read_alike(payload: bytes) -> None:
    code, out, err = run_bytes("elemental", "--batch", "-", "-f", "ndjson", stdin=payload)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [(r["line"], r["form"]) for r in records] == [
        (2, "citrate"),
        (3, "oxide"),
        (5, "glycinate"),
    ]


def test_two_exports_joined_read_as_one_with_their_lines_numbered() -> None:
    export = "\ufeffform,amount\r\ncitrate,500mg\r\n".encode()
    code, out, _ = run_bytes("elemental", "--batch", "-", "-q", stdin=export + export)
    assert (code, out) == (0, "80.82\n80.82\n")


def test_broken_utf16_is_one_clear_error() -> None:
    code, _, err = run_bytes("elemental", "--batch", "-", stdin=b"\xff\xfec\x00i\x00\x00\xd8")
    assert code == 2 and "UTF-16" in err and err.count("\n") == 1


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_the_line_length_limit_is_the_same_for_every_line_end(end: str) -> None:
    fits, over = "x" * 4096, "x" * 4097
    payload = (fits + end + over + end).encode()
    _, _, err = run_bytes("elemental", "--batch", "-", "-q", stdin=payload)
    assert "line 1: the line is over" not in err and "line 2: the line is over 4096" in err


def test_quiet_batch_prints_one_figure_per_line_and_blank_for_errors(mg) -> None:
    ran = mg("elemental", "--batch", "-", "-q", stdin="citrate 500mg\n# note\nfoo 1g\noxide 1g\n")
    assert ran.code == 1
    assert ran.out == "80.82\n\n603.04\n"
    assert ran.err == "mgcalc: error: line 3: unknown form 'foo'\n"


def test_csv_batch_has_each_column_once(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "csv", stdin="Magnesium citrate 500 mg\n")
    header = next(csv.reader(io.StringIO(ran.out)))
    assert len(header) == len(set(header)) and header[:2] == ["line", "input"]


def test_overlong_line_is_an_error_record_and_memory_stays_flat(mg) -> None:
    ran = mg(
        "convert",
        "--batch",
        "-",
        "-f",
        "ndjson",
        stdin="1," * 20_000 + "\n" + "x" * 99_000 + "\n5mg",
    )
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3]
    assert "the limit is 4096" in records[0]["error"]
    assert "the limit is 4096" in records[1]["error"]
    assert len(records[1]["input"]) < 300 and records[2]["elemental_mg"] == 5.0


def test_a_header_does_not_stop_free_text_lines_below_it(mg) -> None:
    """A catalogue with a 'form,amount' header and a line typed as 'oxide 400mg'."""
    ran = mg(
        "elemental", "--batch", "-", "--format", "ndjson",
        stdin="form,amount\ncitrate,500mg\noxide 400mg\ncitrate,x\n",
    )  # fmt: skip
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and [r["line"] for r in records] == [2, 3, 4]
    assert records[1]["form"] == "oxide" and records[1]["compound_mg"] == 400
    assert "error" in records[2]


@pytest.mark.parametrize("command", ["elemental", "compound"])
@pytest.mark.parametrize("header", ["", "form,amount\n"])
def test_words_quoted_as_on_a_command_line_read_as_the_single_command_reads_them(
    mg, command: str, header: str
) -> None:
    """`"magnesium sulfate" 2g` was a CSV error in a batch, though `mgcalc elemental
    "magnesium sulfate" 2g` reads it; CSV cells and a broken quote read as before."""
    lines = [
        '"magnesium sulfate" 2g',
        'glycinate "400 mg"',
        '"magnesium citrate","1,000 mg"',
        '"oxide,1g',
        '"magnesium sulfate 2g',
    ]
    ran = mg(command, "--batch", "-", "-f", "ndjson", stdin=header + "\n".join(lines) + "\n")
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert [r["input"] for r in records] == lines
    single = mg(command, "magnesium sulfate", "2g", "--json").json()
    assert {k: v for k, v in records[0].items() if k not in ("line", "input")} == single
    assert [r.get("form") for r in records[:3]] == ["sulfate-heptahydrate", "glycinate", "citrate"]
    assert records[2]["compound_mg" if command == "elemental" else "elemental_mg"] == 1000.0
    assert ["unterminated quote" in r.get("error", "") for r in records[3:]] == [True, True]
    assert ran.code == 1


def test_label_batch_reads_a_spreadsheet_label_column(mg) -> None:
    """A label column exported from a spreadsheet: cells quoted (a quote was read as part
    of the form name), a header naming the column (reported as a bad record), other
    columns beside it, and a one-column file whose lines hold commas."""
    quoted = '"Magnesium citrate 500 mg"\n"Magnesium (as oxide, citrate) 250 mg"\n'
    records = [
        json.loads(r)
        for r in mg("label", "-b", "-", "-f", "ndjson", stdin=quoted).out.split("\n")
        if r
    ]
    assert [r["forms"] for r in records] == [["citrate"], ["oxide", "citrate"]]
    assert records[0]["figure_is"] == "compound" and records[0]["line"] == 1
    table = 'label,name\n"Magnesium (as oxide, citrate) 250 mg",Brand X\nMagnesium 25% DV,Y\n'
    ran = mg("label", "-b", "-", "-f", "ndjson", stdin=table)
    records = [json.loads(r) for r in ran.out.splitlines()]
    assert ran.code == 0, ran.err
    assert [r["line"] for r in records] == [2, 3]
    assert records[0]["magnesium_row"] == "Magnesium (as oxide, citrate) 250 mg"
    assert records[1]["elemental_mg"] == 105
    one_column = "Label\nMagnesium (as oxide, citrate) 250 mg\n"
    (record,) = [
        json.loads(r)
        for r in mg("label", "-b", "-", "-f", "ndjson", stdin=one_column).out.splitlines()
    ]
    assert record["forms"] == ["oxide", "citrate"] and record["line"] == 2


def test_memo_turned_down_for_distinct_lines_changes_no_record(mg, monkeypatch) -> None:
    """Distinct lines turn the memo down (it stores one new line in 16) and repeats
    turn it up again; either way every record, -q caution and error is the same as
    computed afresh. A small window makes both switches happen in a short input."""
    import mgcalc.cli.batch as batch

    distinct = [f"oxide {1 + i / 1000:.3f}mg" for i in range(150)] + ["oxide 5 kg", "x"]
    lines = distinct + distinct[:40] * 3 + distinct[140:]
    stdin = "\n".join(lines) + "\n"
    fresh = mg("elemental", "--batch", "-", "-f", "ndjson", stdin=stdin)
    monkeypatch.setattr(batch, "WINDOW", 32)
    memo = mg("elemental", "--batch", "-", "-f", "ndjson", stdin=stdin)
    assert (memo.code, memo.out, memo.err) == (fresh.code, fresh.out, fresh.err)
    records = [json.loads(line) for line in memo.out.splitlines()]
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    assert [r["input"] for r in records] == lines
    people = "".join(f"male,{30 + i},150,100,25\n" for i in range(60))  # all distinct
    quiet = mg("check", "--batch", "-", "-q", stdin="sex,age,food,supplement,egfr\n" + people)
    numbered = [line for line in quiet.err.splitlines() if ": line " in line]
    assert quiet.code == 0 and len(numbered) == 60  # every eGFR 25 row, stored or not
