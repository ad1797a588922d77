"""A label is held against the UL of the group its DV basis names (IOM97/ODS, SCF06),
never the adult 350 mg for a product for toddlers."""

import pytest

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.writing import DeclarationResult
from mgcalc.core.reference.lifestage import Person, life_stage


def stage_ul(standard: str, months: int) -> int | None:
    return life_stage(Person("female", months), standard).ul_mg


@pytest.mark.parametrize(
    ("basis", "standard", "months", "status"),
    [
        ("child", "us", 2 * 12, "over"),  # 80 mg against 65 mg
        ("child", "eu", 2 * 12, "not_set"),  # the SCF sets no UL under 4 years
        ("infant", "us", 6, "not_set"),
        ("infant", "eu", 6, "not_set"),
        ("adult", "us", 40 * 12, "within"),
        ("pregnancy", "us", 30 * 12, "within"),
        ("pregnancy", "eu", 30 * 12, "within"),
        ("pre-2016", "eu", 40 * 12, "within"),
    ],
)
def test_label_ul_is_the_dv_groups(basis: str, standard: str, months: int, status: str) -> None:
    rec = LabelResult(parse_label("Magnesium 80 mg"), standard=standard, dv_basis=basis).record()
    assert rec["ul_mg"] == stage_ul(standard, months)
    assert rec["ul_status"] == status
    assert rec["over_ul"] is (status == "over")
    assert rec["ul_group"].startswith("US" if standard == "us" else "EU")
    if rec["ul_mg"] is None:
        assert rec["percent_of_ul"] is None
        assert any("No supplemental UL" in note for note in rec["notes"])


def test_child_label_names_the_group() -> None:
    rec = LabelResult(parse_label("Magnesium 80 mg"), dv_basis="child").record()
    assert "1-3 years" in rec["ul_group"]
    assert any("65 mg (US, 1-3 years)" in w for w in rec["warnings"])


def test_declaration_for_a_child_uses_the_child_ul() -> None:
    rec = DeclarationResult([(resolve("glycinate"), 500.0)], dv_basis="child").record()
    assert rec["ul_mg"] == 65 and rec["over_ul"] is True and rec["ul_status"] == "over"
    infant = DeclarationResult([(resolve("glycinate"), 500.0)], dv_basis="infant").record()
    assert infant["ul_mg"] is None and infant["ul_status"] == "not_set"


@pytest.mark.usefixtures("wide_tables")
def test_cli_table_names_the_group(mg) -> None:
    out = mg("label", "Magnesium 80 mg", "--dv-basis", "child").out
    assert "of 65 mg (US, 1-3 years)" in out and "350" not in out
    assert (
        "none set (US, 0-12 months)" in mg("label", "Magnesium 80 mg", "--dv-basis", "infant").out
    )
