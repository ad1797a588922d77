"""--unit-size means one thing everywhere: what one unit holds as its label prints it,
elemental magnesium unless written '... compound' (or --unit-is-compound)."""

import pytest

PERSON = ["--sex", "male", "--age", "45", "--food", "250", "--form", "glycinate"]


def _unit_from_compound(mg, *size: str) -> float:
    ran = mg("compound", "glycinate", "200mg", "--unit-size", *size, "--json")
    assert ran.code == 0, ran.err
    return ran.json()["elemental_per_unit_mg"]


def _unit_from_plan(mg, *size: str) -> float:
    ran = mg("plan", *PERSON, "--unit-size", *size, "--json")
    assert ran.code == 0, ran.err
    return ran.json()["elemental_per_unit_mg"]


@pytest.mark.parametrize(
    "size",
    [
        ["120mg"],
        ["120 mg elemental"],
        ["5 mmol"],
        ["500mg compound"],
        ["500 mg", "--unit-is-compound"],
        ["0.5g COMPOUND"],
    ],
    ids=" ".join,
)
def test_compound_and_plan_read_a_unit_size_alike(mg, size: list[str]) -> None:
    assert _unit_from_compound(mg, *size) == pytest.approx(_unit_from_plan(mg, *size))


def test_a_bare_unit_size_is_elemental_magnesium_in_both(mg) -> None:
    assert _unit_from_compound(mg, "100mg") == 100
    assert _unit_from_plan(mg, "100mg") == 100
    ran = mg("compound", "glycinate", "200mg", "--unit-size", "100mg", "--json").json()
    assert ran["units"] == 2 and ran["supplied_elemental_mg"] == 200


def test_compound_spelling_is_the_salt_weight(mg) -> None:
    ran = mg("compound", "glycinate", "200mg", "--unit-size", "500mg compound", "--json").json()
    assert ran["unit_size_mg"] == 500
    assert ran["elemental_per_unit_mg"] == pytest.approx(500 * ran["fraction"], abs=0.01)
    assert ran["units"] == 3  # 1418.8 mg of glycinate in 500 mg capsules


@pytest.mark.parametrize(
    "argv",
    [
        ["compound", "glycinate", "200mg", "--unit-size", "120mg elemental", "--unit-is-compound"],
        ["compound", "glycinate", "200mg", "--unit-size", "5 mmol compound"],
        ["compound", "glycinate", "200mg", "--unit-is-compound"],
        ["plan", *PERSON, "--unit-size", "5 mmol compound"],
        ["plan", *PERSON, "--unit-is-compound"],
    ],
    ids=lambda argv: " ".join(argv[-3:]),
)
def test_contradictory_unit_sizes_are_refused(mg, argv: list[str]) -> None:
    ran = mg(*argv)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("mgcalc: error: ") and ran.err.count("\n") == 1


def test_a_count_past_the_limit_is_refused_with_the_range_not_clamped(mg) -> None:
    ran = mg("compound", "glycinate", "200mg", "--unit-size", "1mcg", "--json")
    assert ran.code == 2 and ran.out == ""
    assert "200,000.00 units" in ran.err and "from 1 to 100,000" in ran.err
    batch = mg("compound", "--batch", "-", "--unit-size", "1mcg", "-q", stdin="glycinate 200mg\n")
    assert batch.code == 1 and batch.out == "\n" and "from 1 to 100,000" in batch.err


def test_the_units_note_says_the_exact_count_of_the_exact_unit(mg) -> None:
    ran = mg("compound", "glycinate", "200mg", "--unit-size", "0.003mg")
    assert "66666.67 units of 0.02128 mg" in ran.out and "rounded up to 66667" in ran.out
