"""Numbers are never wrong: sane ranges with the range in the message, bulk amounts for
the calculators, no NaN/Infinity anywhere, no silent guesses (decimal commas, '1_0')."""

import json

import pytest

PRODUCTS = "name,form,amount,amount_is,units,price\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["elemental", "citrate", "500mg", "--purity", "1e-310"], "0.001 to 1"),
        (["elemental", "citrate", "500mg", "--purity", "1_0%"], "purity must be a number"),
        (["elemental", "citrate", "500mg", "--purity", "nan"], "purity must be a number"),
        (["elemental", "citrate", "500mg", "--count", "\u00b2"], "whole number from 1"),
        (["elemental", "citrate", "500mg", "--count", "9" * 5000], "whole number from 1"),
        (["elemental", "citrate", "1e-310mg"], "1 mcg to 1,000 t"),
        (["elemental", "citrate", "2000t"], "1 mcg to 1,000 t"),
        (["elemental", "citrate", "9" * 400], "the limit is"),
        (["convert", "1e-310 mmol"], "1 mcg to 1,000 t"),
        (["check", "--sex", "female", "--supplement", "2kg"], "1 mcg to 1 kg"),
        (["elemental", "MgO99999999999999999999", "1g"], "up to 100,000 g/mol"),
        (["elemental", "Mg" + "9" * 150 + "O", "1g"], "up to 100,000 g/mol"),
        (["elemental", "Mg" + "9" * 400 + "O", "1g"], "the limit is 300"),
        (["food", "almonds", "1/0"], "cannot read food amount"),
    ],
)
def test_out_of_range_is_an_input_error_with_the_range(mg, args, message) -> None:
    ran = mg(*args, "--json")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("mgcalc: error: ") and ran.err.count("\n") == 1
    assert message in ran.err


def test_out_of_range_target_in_compare_is_its_error_record_with_the_range(mg) -> None:
    """compare goes on past a bad --target as past a bad row (exit 1, not 2)."""
    args = ["compare", "--product", "A,oxide,500mg,compound,100,5", "--target", "1e-300"]
    ran = mg(*args, "--json")
    product, target = ran.json()
    assert ran.code == 1 and product["name"] == "A" and product["units_per_day"] is None
    assert target["option"] == "--target" and "1 mcg" in target["error"]
    assert ran.err.startswith("mgcalc: error: --target") and ran.err.count("\n") == 1


def test_calculators_take_bulk_amounts_and_show_them_readably(mg) -> None:
    record = mg("elemental", "citrate", "25kg", "--json").json()
    assert record["compound_mg"] == 25_000_000.0  # JSON stays in mg
    assert 4.0e6 < record["elemental_mg"] < 4.1e6  # a 25 kg drum holds about 4 kg Mg
    table = mg("elemental", "citrate", "25 kg").out
    assert "25 kg" in table and "4.041 kg" in table
    compound = mg("compound", "oxide", "1t", "--json").json()
    assert compound["compound_mg"] * compound["fraction"] == pytest.approx(1e9, rel=1e-4)
    assert mg("convert", "0.5 t", "--json").json()["elemental_mg"] == 500_000_000.0


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ('"12,50"', "decimal comma"),
        ('"1.250,00"', "decimal comma"),
        ("1e308", "1,000,000,000"),
        ("1e-310", "at least 0.0001"),
        ("1_0", "is not a number"),
        ("nan", "is not a number"),
    ],
)
def test_compare_refuses_prices_it_would_have_to_guess(mg, price: str, message: str) -> None:
    ran = mg(
        "compare",
        "-",
        "--json",
        stdin=PRODUCTS + f"A,oxide,500mg,compound,100,{price}\nB,oxide,500mg,compound,100,5\n",
    )
    rows = ran.json()  # JSON a strict parser accepts: no Infinity
    assert ran.code == 1 and rows[1]["name"] == "B" and rows[1]["rank"] == 1  # input order
    assert rows[0]["line"] == 2 and message in rows[0]["error"]


def test_compare_reads_thousands_and_currency(mg) -> None:
    ran = mg("compare", "-", "--json", stdin=PRODUCTS + 'A,oxide,500mg,compound,100,"$1,250.00"\n')
    assert ran.code == 0 and ran.json()[0]["price_per_pack"] == 1250.0


def test_compare_unterminated_quote_does_not_swallow_the_next_row(mg) -> None:
    text = PRODUCTS + 'A,"oxide,500mg,compound,100,5\nB,oxide,500mg,compound,100,5\n'
    ran = mg("compare", "-", "--json", stdin=text)
    rows = ran.json()
    assert ran.code == 1 and rows[1]["name"] == "B"
    assert rows[0]["line"] == 2 and "unterminated quote" in rows[0]["error"]


def test_a_bad_product_option_never_stops_the_rest(mg) -> None:
    ran = mg(
        "compare",
        "--product",
        "A,citrate,500mg,compound,100,12,50",
        "--product",
        "B,oxide,500mg,compound,100,5",
        "-f",
        "ndjson",
    )
    rows = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and rows[1]["name"] == "B" and "needs 6 fields" in rows[0]["error"]


def test_compare_reads_a_spreadsheet_export(mg, tmp_path) -> None:
    path = tmp_path / "products.csv"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + PRODUCTS.replace("\n", "\r\n").encode()
        + b"A,citr\xe9,1g,compound,1,1\r\n"
        b"B,oxide,500mg,compound,100,5\r\n"
    )
    ran = mg("compare", str(path), "--json")
    rows = ran.json()
    assert ran.code == 1 and rows[1]["name"] == "B"
    assert "not UTF-8" in rows[0]["error"]


def test_tiny_figures_are_never_printed_as_zero(mg) -> None:
    record = mg("elemental", "citrate", "1mcg", "--json").json()
    assert 0 < record["elemental_mg"] < 0.001 and record["elemental_mmol"] > 0
    assert float(mg("elemental", "citrate", "1mcg", "-q").out) == record["elemental_mg"]
    assert mg("convert", "1mcg", "-q").out.strip() == "0.001"


def test_an_implausible_food_portion_is_refused(mg) -> None:
    ran = mg("food", "almonds", "99999999999", "cups")
    assert ran.code == 2 and "at most 10 kg" in ran.err


def test_any_scripts_digits_read_as_the_same_amount(mg) -> None:
    plain = mg("elemental", "citrate", "500mg", "-q").out
    assert mg("elemental", "citrate", "\uff15\uff10\uff10mg", "-q").out == plain  # fullwidth
    assert mg("convert", "\u0661\u0660mmol", "-q").out == mg("convert", "10mmol", "-q").out
