"""compare reads its CSV as --batch does and streams its records in input order,
each with its rank."""

from __future__ import annotations

import csv
import io
import json

import pytest

HEADER = "name,form,amount,amount_is,units,price\n"
ROWS = (
    "A,glycinate,500mg,compound,120,19.99\n"
    "B,oxide,250mg,elemental,100,6.50\n"
    "C,citrate,150mg,elemental,120,14\n"
)


def _ndjson(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_records_stream_in_input_order_with_the_table_s_ranks(mg) -> None:
    ran = mg("compare", "-", "-f", "ndjson", stdin=HEADER + ROWS)
    assert ran.code == 0
    assert [(r["line"], r["name"], r["rank"]) for r in _ndjson(ran.out)] == [
        (2, "A", 3),
        (3, "B", 1),
        (4, "C", 2),
    ]
    table = mg("compare", "-", stdin=HEADER + ROWS).out
    assert table.index("B ") < table.index("C ") < table.index("A ")


def test_equal_costs_are_ranked_by_name_as_in_the_table(mg) -> None:
    rows = "Z,oxide,250mg,elemental,100,6.50\nY,oxide,250mg,elemental,100,6.50\n"
    ran = mg("compare", "-", "--json", stdin=HEADER + rows + ROWS)
    assert [(r["name"], r["rank"]) for r in ran.json()][:2] == [("Z", 3), ("Y", 2)]


def test_a_row_with_more_cells_than_the_header_is_its_error_record(mg) -> None:
    stdin = HEADER + "B,oxide,250mg,elemental,100,6.50,EXTRA\n" + ROWS
    ran = mg("compare", "-", "-f", "ndjson", stdin=stdin)
    first = _ndjson(ran.out)[0]
    assert ran.code == 1 and first["line"] == 2 and "7 cells" in str(first["error"])
    assert "EXTRA" in str(first["input"])


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolons_tabs_and_comments_read_as_batch_input_reads_them(mg, delimiter) -> None:
    text = (HEADER + "# a comment\n" + ROWS).replace(",", delimiter)
    ran = mg("compare", "--batch", "-", "--json", stdin=text)
    assert ran.code == 0 and [r["name"] for r in ran.json()] == ["A", "B", "C"]


def test_file_and_batch_file_read_alike_and_not_both(mg, tmp_path) -> None:
    path = tmp_path / "products.csv"
    path.write_text(HEADER + ROWS)
    assert mg("compare", str(path), "--json").out == mg("compare", "-b", str(path), "--json").out
    both = mg("compare", str(path), "--batch", str(path))
    assert both.code == 2 and "not both" in both.err


def test_csv_has_every_column_whatever_the_rows(mg) -> None:
    good = mg("compare", "-", "-f", "csv", stdin=HEADER + ROWS).out
    bad = mg("compare", "-", "-f", "csv", stdin=HEADER + "X,wat,1g,compound,1,1\n").out
    assert next(csv.reader(io.StringIO(good))) == next(csv.reader(io.StringIO(bad)))


def test_a_header_and_no_rows_is_a_usage_error(mg) -> None:
    ran = mg("compare", "-", "--json", stdin=HEADER)
    assert ran.code == 2 and ran.out == "" and "no products" in ran.err
