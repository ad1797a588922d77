"""--concentration on elemental and compound, in table and JSON, and its input errors."""

import pytest


def test_elemental_volume_json(mg) -> None:
    data = mg("elemental", "sulfate", "2mL", "--concentration", "50%", "--json").json()
    assert data["volume_ml"] == 2 and data["concentration"] == "50%"
    assert data["compound_mg"] == 1000 and data["compound_mg_per_ml"] == 500
    assert data["elemental_mg"] == pytest.approx(98.61)
    assert data["elemental_meq"] == pytest.approx(8.114, abs=0.001)


def test_elemental_volume_table(mg) -> None:
    ran = mg("elemental", "milk of magnesia", "1 tsp", "--concentration", "400mg/5mL")
    assert ran.code == 0, ran.err
    assert "Volume" in ran.out and "5 mL" in ran.out and "400 mg" in ran.out
    assert "USP <1221>" in " ".join(ran.out.split())


def test_compound_gives_the_volume(mg) -> None:
    data = mg("compound", "sulfate", "8 mEq", "--concentration", "4mEq/mL", "--json").json()
    assert data["volume_ml"] == 2.0
    assert mg("compound", "sulfate", "8 mEq", "--concentration", "4mEq/mL", "-q").out == "2\n"


def test_explain_shows_the_concentration(mg) -> None:
    ran = mg("elemental", "sulfate", "2mL", "--concentration", "50%", "--explain")
    assert "explain: concentration: 50% = 500 mg/mL of compound" in ran.err
    assert "explain: compound = 2 mL x 500 mg/mL = 1000.00 mg" in ran.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["elemental", "sulfate", "2mL"], "is a volume; mgcalc needs the liquid's concentration"),
        (["elemental", "sulfate", "2g", "--concentration", "50%"], "needs AMOUNT as a volume"),
        (["elemental", "sulfate", "2mL", "--concentration", "lots"], "e.g. 50% (w/v)"),
        (["compound", "sulfate", "1g", "--concentration", "50%", "--unit-size", "1g"], "combine"),
        (["elemental", "sulfate", "2mL", "--batch", "-"], "give no other inputs"),
    ],
)
def test_input_errors_exit_2_with_one_line(mg, args: list[str], message: str) -> None:
    ran = mg(*args)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("mgcalc: error: ") and ran.err.count("\n") == 1
    assert message in ran.err


@pytest.mark.parametrize("columns", ["40", "100"])
def test_compound_table_echoes_the_dose_in_mmol_and_meq(mg, columns, monkeypatch) -> None:
    """Asked in mEq, the table answers in mEq too, beside the mg and the volume."""
    monkeypatch.setenv("COLUMNS", columns)
    out = mg("compound", "sulfate", "8mEq", "--concentration", "50%").out
    words = out.split()
    assert "mEq" in words and "mmol" in words
    cells = " ".join(words)
    assert "97.22 mg" in cells and "985.89 mg" in cells and "1.97 mL" in cells
    figures = [w for w in words if w.replace(".", "").isdigit()]
    assert "8" in figures and "4" in figures


def test_bare_formula_in_a_vial_both_readings_never_silent(mg) -> None:
    """A pharmacist's 'MgSO4 50%': the heptahydrate the vial holds, both readings stated,
    and with -q the other reading on stderr."""
    data = mg("elemental", "MgSO4", "4mL", "--concentration", "50%", "--json").json()
    assert data["form"] == "sulfate-heptahydrate" and data["elemental_meq"] == pytest.approx(16.229)
    assert data["other_reading"]["elemental_meq"] == pytest.approx(33.232)
    assert data["assumed"]["sources"] == ["USP-MGSO4-INJ"]
    ran = mg("compound", "MgSO4", "16mEq", "--concentration", "50%", "-q")
    assert ran.out == "3.94\n"
    assert ran.err.startswith("mgcalc: caution: 'MgSO4' has two readings") and "1.93 mL" in ran.err
