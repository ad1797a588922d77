"""compare: every record says where its product came from (success records carry
their line number and input too, so a script can join results to inputs),
whether it came from a file's line or a --product option."""

from __future__ import annotations

import json

CSV = (
    "name,form,amount,amount_is,units,price\n"
    "Cheap,oxide,500mg,compound,100,5\n"
    "Bad,nosuch,500mg,compound,100,5\n"
    "Dear,glycinate,100mg,elemental,60,30\n"
)


def test_ranked_records_carry_their_line_or_option_and_input(mg, tmp_path) -> None:
    path = tmp_path / "products.csv"
    path.write_text(CSV)
    option = "Opt,citrate,500mg,compound,60,12"
    ran = mg("compare", str(path), "--product", option, "--json")
    assert ran.code == 1
    records = json.loads(ran.out)
    by_name = {r["name"]: r for r in records if "rank" in r}
    assert (by_name["Cheap"]["line"], by_name["Cheap"]["input"]) == (2, CSV.splitlines()[1])
    assert (by_name["Dear"]["line"], by_name["Dear"]["input"]) == (4, CSV.splitlines()[3])
    opt = by_name["Opt"]
    assert (opt["option"], opt["index"], opt["input"]) == ("--product", 1, option)
    assert "line" not in opt
    (bad,) = [r for r in records if "error" in r]
    assert (bad["line"], bad["input"]) == (3, CSV.splitlines()[2])
    lines = {r.get("line") for r in records} - {None}
    assert lines == {2, 3, 4}  # every line of the file is accounted for, once


def test_csv_rows_carry_the_line_too(mg, tmp_path) -> None:
    path = tmp_path / "products.csv"
    path.write_text(CSV)
    ran = mg("compare", str(path), "--format", "csv")
    header, *rows = ran.out.splitlines()
    assert "line" in header.split(",") and "input" in header.split(",")
    assert len(rows) == 3
