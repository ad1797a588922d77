import json


def test_label_json(mg) -> None:
    data = mg("label", "Magnesium citrate 500 mg", "--json").json()
    assert data["figure_is"] == "compound" and data["elemental_mg"] == 80.82
    assert (data["percent_dv"], data["percent_nrv"]) == (19, 22)


def test_label_quiet_and_table(mg) -> None:
    assert mg("label", "Magnesium (as citrate) 200 mg", "-q").out == "200\n"
    out = mg("label", "Magnesium oxide 400mg").out
    assert "COMPOUND weight" in out and "241.21 mg" in out


def test_label_unreadable_exit_2(mg) -> None:
    ran = mg("label", "Vitamin C 500 mg")
    assert ran.code == 2 and "could not find magnesium in 'Vitamin C 500 mg'" in ran.err


def test_label_write(mg) -> None:
    data = mg("label", "--form", "glycinate", "--compound", "1400mg", "--json").json()
    assert data["declaration"] == "Magnesium (as magnesium bisglycinate) 195 mg 47%"
    ran = mg("label", "--form", "glycinate")
    assert ran.code == 2 and "each --form needs one --compound" in ran.err


def test_label_batch(mg) -> None:
    ran = mg(
        "label",
        "--batch",
        "-",
        "-f",
        "ndjson",
        stdin="Magnesium citrate 500 mg\nnonsense\nMagnesium (as oxide) 250 mg\n",
    )
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and len(records) == 3 and records[1]["line"] == 2


def test_compare_stdin_and_exit_1_on_bad_rows(mg) -> None:
    csv_text = (
        "name,form,amount,amount_is,units,price\nA,glycinate,500mg,compound,120,19.99\n"
        "B,citrat,1g,compound,60,5\n"
    )
    ran = mg("compare", "-", "--json", stdin=csv_text)
    assert ran.code == 1
    rows = json.loads(ran.out)
    assert rows[0]["name"] == "A" and rows[1] == {
        "line": 3,
        "input": "B,citrat,1g,compound,60,5",
        "error": rows[1]["error"],
    }
    assert "line 3: unknown form 'citrat'" in ran.err


def test_compare_products_option(mg) -> None:
    data = mg(
        "compare",
        "--product",
        "A,glycinate,500mg,compound,120,19.99",
        "--product",
        "B,citrate,200mg,elemental,90,12",
        "--json",
    ).json()
    assert [row["name"] for row in data] == ["B", "A"]
    assert mg("compare", "--product", "A,glycinate,500mg,compound,120,19.99", "-q").out == "A\n"


def test_compare_needs_products(mg) -> None:
    ran = mg("compare")
    assert ran.code == 2 and "no products" in ran.err
