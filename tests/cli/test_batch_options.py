"""Every parameter of every batch command, given beside ``--batch``: applied to every
row exactly as a single run applies it, or refused with exit 2 naming it.

The parameters are read from the real commands, so a parameter added to a batch
command fails here until its case is written."""

from __future__ import annotations

import json

import pytest

from mgcalc.cli.app import every_command
from mgcalc.cli.outputs import OUTPUTS

# how to write the records: not options of the computation
OUTPUT = {"batch", "fmt", "as_json", "quiet"}
REFUSED = None


def _person(option: list[str], header: str = "sex,age,food", row: str = "female,34,250"):
    """A person's batch row and the single run's options for the same person."""
    single: list[str] = []
    for column, value in zip(header.split(","), row.split(","), strict=True):
        single += [f"--{column}", value]
    return f"{header}\n{row}\n", option, single


# (command, parameter) -> (batch input, options beside --batch, the single run's arguments)
# or REFUSED (with the value to give)
# label writes declarations from a file whose header names form,compound
WRITE, WRITE_ARGS = "form,compound\noxide,500mg\n", ["--form", "oxide", "--compound", "500mg"]
CASES: dict[tuple[str, str], tuple[str, list[str], list[str]] | tuple[None, list[str]]] = {
    ("elemental", "words"): (REFUSED, ["citrate", "500mg"]),
    ("elemental", "count"): ("citrate 500mg\n", ["--count", "2"], ["citrate", "500mg"]),
    ("elemental", "purity"): ("citrate 500mg\n", ["--purity", "90%"], ["citrate", "500mg"]),
    ("elemental", "concentration"): (
        "sulfate 2mL\n",
        ["--concentration", "50%"],
        ["sulfate", "2mL"],
    ),
    ("elemental", "svg"): (REFUSED, ["--svg", "-"]),
    ("elemental", "explain"): (REFUSED, ["--explain"]),
    ("compound", "words"): (REFUSED, ["glycinate", "200mg"]),
    ("compound", "unit_size"): (
        "glycinate 200mg\n",
        ["--unit-size", "100mg"],
        ["glycinate", "200mg"],
    ),
    ("compound", "unit_is_compound"): (
        "glycinate 200mg\n",
        ["--unit-size", "500mg", "--unit-is-compound"],
        ["glycinate", "200mg"],
    ),
    ("compound", "purity"): ("glycinate 200mg\n", ["--purity", "0.8"], ["glycinate", "200mg"]),
    ("compound", "concentration"): (
        "sulfate 200mg\n",
        ["--concentration", "50%"],
        ["sulfate", "200mg"],
    ),
    ("compound", "salt"): ("sulfate 4g\n", ["--salt", "--concentration", "50%"], ["sulfate", "4g"]),
    ("compound", "svg"): (REFUSED, ["--svg", "-"]),
    ("compound", "explain"): (REFUSED, ["--explain"]),
    ("convert", "words"): (REFUSED, ["10mmol"]),
    ("convert", "svg"): (REFUSED, ["--svg", "-"]),
    ("convert", "explain"): (REFUSED, ["--explain"]),
    ("serum", "words"): (REFUSED, ["2mg/dL"]),
    ("serum", "age"): ("0.6 mmol/L\n", ["--age", "6"], ["0.6 mmol/L"]),
    ("serum", "svg"): (REFUSED, ["--svg", "-"]),
    ("serum", "explain"): (REFUSED, ["--explain"]),
    ("food", "words"): (REFUSED, ["almonds", "1oz"]),
    ("food", "search_text"): (REFUSED, ["--search", "almonds"]),
    ("food", "limit"): (REFUSED, ["--limit", "3"]),
    ("food", "svg"): (REFUSED, ["--svg", "-"]),
    ("label", "text"): (REFUSED, ["Magnesium 100 mg"]),
    ("label", "form"): (REFUSED, ["--form", "oxide"]),
    ("label", "compound"): (REFUSED, ["--compound", "100mg"]),
    ("label", "food_label"): (WRITE, ["--food-label"], WRITE_ARGS),
    ("label", "purity"): (WRITE, ["--purity", "90%"], WRITE_ARGS),
    ("label", "overage"): (WRITE, ["--overage", "5%"], WRITE_ARGS),
    ("label", "assay"): (WRITE, ["--assay", "290mg"], WRITE_ARGS),
    ("label", "servings"): (
        "Magnesium (as oxide) 100 mg\n",
        ["--servings", "2"],
        ["Magnesium (as oxide) 100 mg"],
    ),
    ("label", "units_per_serving"): (
        "Magnesium (as oxide) 100 mg\n",
        ["--units-per-serving", "2"],
        ["Magnesium (as oxide) 100 mg"],
    ),
    ("label", "dv_basis"): ("Magnesium 100 mg\n", ["--dv-basis", "child"], ["Magnesium 100 mg"]),
    ("label", "standard"): ("Magnesium 100 mg\n", ["--standard", "eu"], ["Magnesium 100 mg"]),
    ("label", "strict"): (
        "Magnesium (as citrate) 200 mg 50%\n",
        ["--strict"],
        ["Magnesium (as citrate) 200 mg 50%"],
    ),
    ("label", "svg"): (REFUSED, ["--svg", "-"]),
    ("label", "explain"): (REFUSED, ["--explain"]),
    ("check", "sex"): _person(["--sex", "male"], "age,food", "40,250"),
    ("check", "age"): _person(["--age", "70"], "sex,food", "male,250"),
    ("check", "pregnant"): _person(["--pregnant"], "sex,age", "female,30"),
    ("check", "lactating"): _person(["--lactating"], "sex,age", "female,30"),
    ("check", "food"): _person(["--food", "almonds 1oz"], "sex,age", "female,30"),
    ("check", "supplement"): _person(["--supplement", "citrate 2000mg"]),
    ("check", "standard"): _person(["--standard", "eu"]),
    ("check", "medication"): _person(["--medication", "levothyroxine"]),
    ("check", "kidney_disease"): _person(["--kidney-disease"]),
    ("check", "egfr"): _person(["--egfr", "25"]),
    ("check", "crcl"): _person(["--crcl", "25"]),
    ("check", "condition"): _person(["--condition", "myasthenia-gravis"]),
    ("check", "strict"): _person(["--strict", "--supplement", "citrate 5000mg"]),
    ("check", "svg"): (REFUSED, ["--svg", "-"]),
    ("check", "explain"): (REFUSED, ["--explain"]),
    ("plan", "sex"): _person(["--sex", "male"], "age,food", "40,250"),
    ("plan", "age"): _person(["--age", "15"], "sex,food", "male,250"),
    ("plan", "pregnant"): _person(["--pregnant"], "sex,age,food", "female,30,100"),
    ("plan", "lactating"): _person(["--lactating"], "sex,age,food", "female,30,100"),
    ("plan", "food"): _person(["--food", "almonds 1oz"], "sex,age", "female,30"),
    ("plan", "form"): _person(["--form", "citrate"]),
    ("plan", "unit_size"): _person(["--unit-size", "100mg"]),
    ("plan", "unit_is_compound"): _person(["--unit-size", "500mg", "--unit-is-compound"]),
    ("plan", "goal"): _person(["--goal", "sleep"]),
    ("plan", "standard"): _person(["--standard", "eu"]),
    ("plan", "medication"): _person(["--medication", "levothyroxine@08:00"]),
    ("plan", "kidney_disease"): _person(["--kidney-disease"]),
    ("plan", "egfr"): _person(["--egfr", "45"]),
    ("plan", "crcl"): _person(["--crcl", "45"]),
    ("plan", "condition"): _person(["--condition", "bradycardia"]),
    ("plan", "svg"): (REFUSED, ["--svg", "-"]),
    ("plan", "explain"): (REFUSED, ["--explain"]),
}

# compare's --batch is its FILE under the other commands' name: a listing, whose
# options apply as with FILE (test_compare_batch_is_its_file)
BATCH_COMMANDS = sorted(
    name for name, records in OUTPUTS.items() if records.batch and name != "compare"
)
COMPARE = {
    "product": ["--product", "B,oxide,250mg,elemental,100,6.50"],
    "target": ["--target", "200mg"],
    "svg": ["--svg", "-"],
    "cabinet": ["--product", "C,oxide,250mg,elemental,100,6.50"],  # an empty cabinet: as --product
}


def test_every_parameter_of_every_batch_command_has_a_case() -> None:
    commands = every_command()
    found = {
        (name, param.name)
        for name in BATCH_COMMANDS
        for param in commands[name].params
        if param.name not in OUTPUT
    }
    assert found == set(CASES)


def _record(text: str) -> dict[str, object]:
    record = json.loads(text)
    record.pop("line", None)
    record.pop("input", None)
    return record


@pytest.mark.parametrize(("command", "param"), sorted(CASES))
def test_a_parameter_beside_batch_is_applied_or_refused(mg, command: str, param: str) -> None:
    case = CASES[command, param]
    if case[0] is REFUSED:
        ran = mg(command, "--batch", "-", *case[1], stdin="x\n")
        assert ran.code == 2 and ran.out == "", ran
        assert ran.err.count("\n") == 1 and ran.err.startswith("mgcalc: error: ")
        given = case[1][0]
        named = given if given.startswith("--") else "give no other inputs"
        assert named in ran.err or (given, "--form/--compound") in ran.err
        return
    stdin, options, single_args = case
    batch = mg(command, "--batch", "-", *options, "-f", "ndjson", stdin=stdin)
    single = mg(command, *single_args, *options, "--json")
    assert batch.code == single.code, (batch, single)
    assert batch.out.count("\n") == 1 and "error" not in json.loads(batch.out), batch
    assert _record(batch.out) == _record(single.out)
    # and the option made a difference: without it the record differs
    plain = mg(command, "--batch", "-", "-f", "ndjson", stdin=stdin)
    assert (plain.out and _record(plain.out) != _record(batch.out)) or plain.code != batch.code


def test_compare_batch_is_its_file(mg) -> None:
    """Every parameter of compare applies with --batch FILE as with FILE."""
    params = {p.name for p in every_command()["compare"].params} - OUTPUT - {"file"}
    assert params == set(COMPARE)
    stdin = "name,form,amount,amount_is,units,price\nA,glycinate,500mg,compound,120,19.99\n"
    for options in COMPARE.values():
        with_file = mg("compare", "-", *options, stdin=stdin)
        with_batch = mg("compare", "--batch", "-", *options, stdin=stdin)
        assert with_file == with_batch and with_file.code == 0
    both = mg("compare", "-", "--batch", "-", stdin=stdin)
    assert both.code == 2 and "not both" in both.err
