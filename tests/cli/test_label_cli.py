import json

import pytest


def test_label_json(mg) -> None:
    data = mg("label", "Magnesium citrate 500 mg", "--json").json()
    assert data["figure_is"] == "compound" and data["elemental_mg"] == 80.82
    assert (data["percent_dv"], data["percent_nrv"]) == (19, 22)


@pytest.mark.usefixtures("wide_tables")
def test_label_quiet_and_table(mg) -> None:
    assert mg("label", "Magnesium (as citrate) 200 mg", "-q").out == "200\n"
    out = mg("label", "Magnesium oxide 400mg").out
    assert "COMPOUND weight" in out and "241.21 mg" in out


def test_label_unreadable_exit_2(mg) -> None:
    ran = mg("label", "Vitamin C 500 mg")
    assert ran.code == 2 and "could not find magnesium in 'Vitamin C 500 mg'" in ran.err


def test_label_write(mg) -> None:
    data = mg("label", "--form", "glycinate", "--compound", "1400mg", "--json").json()
    assert data["declaration"] == "Magnesium (as magnesium bisglycinate) 195 mg 46%"
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
    assert [(row["name"], row["rank"]) for row in data] == [("A", 2), ("B", 1)]  # input order
    assert mg("compare", "--product", "A,glycinate,500mg,compound,120,19.99", "-q").out == "A\n"


TWO_PRODUCTS = (
    "name,form,amount,amount_is,units,price\n"
    "A,glycinate,500mg,compound,120,19.99\n"
    "B,oxide,250mg,elemental,100,6.50\n"
)
PER_DAY = ("units_per_day", "elemental_per_day_mg", "days", "cost_per_day", "over_ul")


@pytest.mark.parametrize("target", ["abc", "5kg", "0mg", "12,5mg", "1e999mg"])
def test_compare_bad_target_is_one_error_record_and_products_still_ranked(mg, target) -> None:
    """A bad --target stops nothing: products ranked by cost per 100 mg (which needs
    no target), the per-day figures null, the target one error record, exit 1."""
    good = mg("compare", "-", "--json", stdin=TWO_PRODUCTS).json()
    ran = mg("compare", "-", "--target", target, "--json", stdin=TWO_PRODUCTS)
    rows = json.loads(ran.out)
    assert ran.code == 1
    products = [r for r in rows if "rank" in r]
    assert [(r["name"], r["cost_per_100mg"]) for r in products] == [
        (r["name"], r["cost_per_100mg"]) for r in good
    ]
    assert all(r[key] is None for r in products for key in (*PER_DAY, "overshoot_mg"))
    assert all(r[key] is not None for r in good for key in PER_DAY)
    errors = [r for r in rows if "rank" not in r]
    assert errors == [{"option": "--target", "input": target, "error": errors[0]["error"]}]
    assert errors[0]["error"] and errors[0]["error"] in ran.err
    assert ran.err.count("mgcalc: error:") == 1 and ran.err.startswith("mgcalc: error: --target")


@pytest.mark.usefixtures("wide_tables")
def test_compare_bad_target_with_bad_rows_and_other_formats(mg) -> None:
    stdin = TWO_PRODUCTS + "C,unobtainium,1g,compound,10,5\n"
    rows = mg("compare", "-", "--target", "lots", "--json", stdin=stdin).json()
    assert [r.get("rank") or r.get("option") or r.get("line") for r in rows] == [
        2,
        1,
        4,
        "--target",
    ]
    lines = mg("compare", "-", "--target", "lots", "-f", "ndjson", stdin=stdin).out.splitlines()
    assert [json.loads(line).get("option") for line in lines].count("--target") == 1
    table = mg("compare", "-", "--target", "lots", stdin=stdin)
    assert table.code == 1 and "! --target: cannot read 'lots'" in table.out
    assert "No daily target" in table.out and "B " in table.out
    assert table.err.count("mgcalc: error:") == 2
    quiet = mg("compare", "-", "--target", "lots", "-q", stdin=TWO_PRODUCTS)
    assert (quiet.code, quiet.out) == (1, "B\n")


def test_a_bad_product_option_is_named_as_the_option_not_as_a_line_of_the_file(mg) -> None:
    """A bad --product next to a file is not line N of the file: its error record
    names the option and its place among the --product values, as --target's does,
    and so does its stderr line and the table's note."""
    stdin = TWO_PRODUCTS + "C,wat,1g,compound,10,5\n"
    bad = "D,wat,5mg,compound,60,2"
    args = ("compare", "-", "--product", "E,citrate,500mg,compound,60,9", "--product", bad)
    ran = mg(*args, "--json", stdin=stdin)
    rows = json.loads(ran.out)
    ranked = sorted((r for r in rows if "rank" in r), key=lambda r: r["rank"])
    assert ran.code == 1 and [r["name"] for r in ranked] == ["B", "E", "A"]
    errors = [r for r in rows if "rank" not in r]
    assert errors[0] == {
        "line": 4,
        "input": "C,wat,1g,compound,10,5",
        "error": "unknown form 'wat'",
    }
    assert errors[1] == {
        "option": "--product",
        "index": 2,
        "input": bad,
        "error": errors[0]["error"],
    }
    assert ran.err.splitlines() == [
        "mgcalc: error: line 4: unknown form 'wat'",
        "mgcalc: error: --product 2: unknown form 'wat'",
    ]
    table = mg(*args, stdin=stdin)
    assert "! --product 2: unknown form 'wat'" in table.out and "! line 4:" in table.out
    alone = mg("compare", "--product", "x", "--json")
    assert alone.code == 1 and json.loads(alone.out)[0]["option"] == "--product"
    assert alone.err.startswith("mgcalc: error: --product 1: --product needs 6 fields")


def test_compare_schema_describes_the_option_error_record(mg) -> None:
    from jsonschema import Draft202012Validator

    schema = mg("schema", "compare").json()
    option = schema["$defs"]["OptionError"]
    assert option["properties"]["index"]["type"] == "integer"
    assert "index" not in option["required"] and "option" in option["required"]
    ran = mg("compare", "-", "--product", "x", "--target", "lots", "--json", stdin=TWO_PRODUCTS)
    Draft202012Validator(schema).validate(json.loads(ran.out))


def test_compare_target_in_mmol_is_elemental_magnesium(mg) -> None:
    by_mg = mg("compare", "-", "--target", "291.66mg", "--json", stdin=TWO_PRODUCTS).json()
    by_mmol = mg("compare", "-", "--target", "12mmol", "--json", stdin=TWO_PRODUCTS).json()
    assert [r["units_per_day"] for r in by_mmol] == [r["units_per_day"] for r in by_mg]


def test_compare_needs_products(mg) -> None:
    ran = mg("compare")
    assert ran.code == 2 and "no products" in ran.err


PANEL = """Supplement Facts
Serving Size 2 Capsules
Magnesium (as magnesium glycinate) 200 mg 48%
Zinc (as zinc picolinate) 15 mg 136%
Other ingredients: cellulose, magnesium stearate"""


@pytest.mark.usefixtures("wide_tables")
def test_label_panel_from_stdin_table_and_json(mg) -> None:
    data = mg("label", "-", "--json", stdin=PANEL).json()
    assert data["magnesium_row"].startswith("Magnesium (as magnesium glycinate)")
    assert data["units_per_serving"] == 2 and data["elemental_per_unit_mg"] == 100
    assert len(data["ignored"]) == 3 and data["percent_matches"] is True
    out = mg("label", "-", stdin=PANEL).out
    assert "Ignored: Zinc (as zinc picolinate) 15 mg 136%" in out
    assert "Label: pasted panel" in out and "48%: fits" in out


def test_label_one_key_one_type(mg) -> None:
    read = mg("label", "Magnesium (as citrate) 200 mg 48%", "--json").json()
    written = mg("label", "--form", "glycinate", "--compound", "1400mg", "--json").json()
    for data in (read, written):
        assert isinstance(data["percent_dv"], int) and isinstance(data["percent_nrv"], int)
        assert data["percent_dv_display"] == f"{data['percent_dv']}%"
    assert read["stated_percent"] == 48 and read["stated_percent_display"] == "48%"


def test_label_write_scales_and_flags_overstatement(mg) -> None:
    data = mg(
        "label", "--form", "glycinate", "--compound", "1405mg", "--units-per-serving", "2", "--json"
    ).json()
    assert data["elemental_mg"] == 396.1 and data["declared_mg"] == 395
    assert data["meets_declared_amount"] is True
    flagged = mg("label", "--form", "glycinate", "--compound", "1405mg").out
    assert flagged.index("195 mg 46%") < flagged.index("US, rounded up") < flagged.index("200 mg")
    assert "101.9(g)(4)(i)" in flagged
    none = mg("label", "--form", "oxide", "--compound", "10mg", "--json").json()
    assert none["declaration"] is None and "not declare" in none["warnings"][0]


def test_label_write_reads_back_quietly(mg) -> None:
    line = mg("label", "--form", "glycinate", "--compound", "1400mg", "-q").out
    ran = mg("label", "--batch", "-", "-f", "ndjson", stdin=line)
    record = json.loads(ran.out)
    assert ran.code == 0 and record["warnings"] == [] and record["percent_matches"] is True


def test_label_bad_choices_are_usage_errors(mg) -> None:
    ran = mg("label", "--form", "citrate", "--compound", "500mg", "--dv-basis", "kids")
    assert ran.code == 2 and "valid choices: adult, infant, child" in ran.err
    assert ran.err.count("\n") == 1
    ran = mg("label", "--batch", "-", "--standard", "mars", stdin="Magnesium 200 mg\n" * 3)
    assert ran.code == 2 and ran.out == "" and ran.err.count("\n") == 1
    assert "unknown standard 'mars'" in ran.err
    for option in ("--units-per-serving", "--servings"):
        ran = mg("label", "--form", "citrate", "--compound", "500mg", option, "0")
        assert (
            ran.code == 2 and f"{option} must be a whole number from 1 to 100, got '0'" in ran.err
        )


def test_label_negative_and_long_inputs(mg) -> None:
    ran = mg("label", "Magnesium -200 mg")
    assert ran.code == 2 and "negative amount" in ran.err
    import time

    start = time.perf_counter()
    for text in ("Magnesium " + "1" * 20000 + " mg", "Magnesium 1" + ",1" * 50000):
        ran = mg("label", text)
        assert ran.code == 2 and "the limit is" in ran.err
    digits = mg("label", "--batch", "-", "-f", "ndjson", stdin="Magnesium " + "9" * 100_000 + "\n")
    assert digits.code == 1 and "the limit is" in json.loads(digits.out)["error"]
    assert time.perf_counter() - start < 3  # generous: each input must not take seconds


def test_label_batch_csv_has_no_duplicate_columns(mg) -> None:
    ran = mg("label", "--batch", "-", "-f", "csv", stdin="Magnesium citrate 500 mg\nbad line\n")
    header = ran.out.splitlines()[0].split(",")
    assert len(header) == len(set(header)) and "input" in header and "error" in header


def test_label_range_and_blend_table(mg) -> None:
    out = mg("label", "Magnesium (as citrate) 100-200 mg").out
    assert "100-200 mg (range)" in out and "24-48%" in out
    data = mg("label", "Magnesium oxide, magnesium citrate 500 mg", "--json").json()
    assert data["percent_of_ul"] is None and data["percent_of_ul_low"] > 0


@pytest.mark.parametrize(
    "args",
    [
        ["label", "--form", "glycinate", "--compound", "1405mg"],
        ["label", "Magnesium oxide, magnesium citrate 500 mg"],
        ["label", "Magnesium (as bisglycinate) 200 mg (from 1000 mg magnesium bisglycinate)"],
        ["label", PANEL],
    ],
)
def test_label_tables_fit_40_columns(mg, monkeypatch, args: list[str]) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    ran = mg(*args)
    assert ran.code == 0 and max(len(line) for line in ran.out.splitlines()) <= 40


@pytest.mark.parametrize(
    "line", ["Magnesium (as citrate) 200 mg 48%", "Magnesium 48% DV", "Magnesium 200 mg"]
)
def test_a_read_line_is_per_serving_and_units_divide_it(mg, line: str) -> None:
    """`label LINE --units-per-serving 2` doubled a pasted figure, which Supplement Facts
    already states per serving; the option now gives the amount per unit."""
    one = mg("label", line, "--json").json()
    two = mg("label", line, "--units-per-serving", "2", "--servings", "3", "--json").json()
    assert two["elemental_mg"] == one["elemental_mg"]
    assert two["elemental_per_unit_mg"] == pytest.approx(one["elemental_mg"] / 2, abs=0.01)
    assert two["elemental_per_day_mg"] == 3 * one["elemental_mg"]
    assert two["percent_dv"] == one["percent_dv"] and two["percent_matches"] is not False
    assert any("per serving" in note for note in two["notes"])
    quiet = mg("label", line, "--units-per-serving", "2", "-q").out.strip()
    assert float(quiet) == one["elemental_mg"]
    written = mg("label", "--form", "citrate", "--compound", "500mg", "--json").json()
    doubled = mg(
        "label", "--form", "citrate", "--compound", "500mg", "--units-per-serving", "2", "--json"
    ).json()
    assert doubled["elemental_mg"] == pytest.approx(2 * written["elemental_mg"], abs=0.01)


def test_label_help_says_what_units_per_serving_means_when_reading(mg) -> None:
    text = " ".join(mg("label", "--help").out.split())
    assert "already per serving" in text.replace("│ ", "").replace(" │", "")


def test_a_per_unit_lead_in_is_scaled_to_the_serving(mg) -> None:
    """'Each capsule contains: ...' says the figure is one unit's, so --units-per-serving
    multiplies it (a bare line's figure is the serving's and is divided instead)."""
    line = "Each capsule contains: Magnesium (as oxide) 100 mg"
    data = mg("label", line, "--units-per-serving", "2", "--json").json()
    assert (data["elemental_per_unit_mg"], data["elemental_mg"]) == (100, 200)
    assert any("'Each capsule contains' read" in note for note in data["notes"])
    bare = mg("label", "Magnesium (as oxide) 100 mg", "--units-per-serving", "2", "--json").json()
    assert (bare["elemental_per_unit_mg"], bare["elemental_mg"]) == (50, 100)
