"""``label -q`` prints one figure but never hides a warning: each goes to stderr as
``mgcalc: caution: ...``, as check, plan and serum -q do; a written line that
rounding would overstate is never printed: the compliant declaration is."""

from __future__ import annotations

import json

import pytest

PANEL = "Supplement Facts\nMagnesium 100 mg 24%\nMagnesium (as oxide) 200 mg 48%\n"


def cautions(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("mgcalc: caution: ")]


def test_reading_over_the_ul_is_a_caution(mg) -> None:
    ran = mg("label", "Magnesium (as citrate) 500 mg", "-q")
    assert ran.out == "500\n"
    said = cautions(ran.err)
    record = json.loads(mg("label", "Magnesium (as citrate) 500 mg", "--json").out)
    assert said == [f"mgcalc: caution: {w}" for w in record["warnings"]]
    assert any("over the supplemental UL" in line for line in said)


def test_a_dropped_second_row_is_a_caution(mg) -> None:
    ran = mg("label", "-", "-q", stdin=PANEL)
    assert ran.out == "100\n"
    assert any("2 magnesium rows" in line for line in cautions(ran.err))


@pytest.mark.parametrize(("form", "compound"), [("oxide", "1000mg"), ("glycinate", "1405mg")])
def test_written_line_is_the_compliant_one(mg, form: str, compound: str) -> None:
    args = ("label", "--form", form, "--compound", compound)
    record = json.loads(mg(*args, "--json").out)
    assert record["rounded_declaration"] is not None
    ran = mg(*args, "-q")
    assert ran.out == record["declaration"] + "\n"
    assert ran.out != record["rounded_declaration"] + "\n"
    assert cautions(ran.err) == [f"mgcalc: caution: {w}" for w in record["warnings"]]


def test_a_line_that_meets_its_amount_is_printed_as_declared(mg) -> None:
    args = ("label", "--form", "glycinate", "--compound", "1400mg")
    record = json.loads(mg(*args, "--json").out)
    assert mg(*args, "-q").out == record["declaration"] + "\n"


def test_batch_quiet_names_the_line(mg) -> None:
    ran = mg(
        "label",
        "--batch",
        "-",
        "-q",
        stdin="Magnesium (as citrate) 100 mg\nMagnesium (as citrate) 500 mg\n",
    )
    assert ran.out == "100\n500\n"
    assert any(
        line.startswith("mgcalc: caution: line 2: ") and "over the supplemental UL" in line
        for line in cautions(ran.err)
    )
    assert not any("line 1:" in line for line in cautions(ran.err))
