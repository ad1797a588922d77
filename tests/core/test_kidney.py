"""--egfr in KDIGO categories, and what check and plan say for each."""

import pytest

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import InputError
from mgcalc.core.intake.check import IntakeItem, check
from mgcalc.core.intake.planner import plan
from mgcalc.core.reference.kidney import egfr_category, parse_egfr
from mgcalc.core.reference.lifestage import Person, life_stage


@pytest.mark.parametrize(
    ("egfr", "category"),
    [
        (120, "G1"),
        (90, "G1"),
        (89.9, "G2"),
        (60, "G2"),
        (59, "G3a"),
        (45, "G3a"),
        (44, "G3b"),
        (30, "G3b"),
        (29.9, "G4"),
        (15, "G4"),
        (14, "G5"),
        (3, "G5"),
    ],
)
def test_kdigo_categories(egfr: float, category: str) -> None:
    # KDIGO 2012 Table 5 (KDIGO12): G1 >=90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 <15
    assert egfr_category(egfr).id == category
    assert "KDIGO12" in egfr_category(egfr).sources


@pytest.mark.parametrize("text", ["0", "-5", "abc", "250", "1e3", ""])
def test_bad_egfr(text: str) -> None:
    with pytest.raises(InputError):
        parse_egfr(text)


def test_egfr_units_accepted() -> None:
    assert parse_egfr("45 mL/min/1.73 m²") == 45 and parse_egfr("52.5") == 52.5


def adult():
    return life_stage(Person("male", 40 * 12))


@pytest.mark.parametrize(
    ("egfr", "doses", "kinds"),
    [
        (95, True, []),
        (70, True, []),
        (50, True, ["egfr"]),
        (35, True, ["egfr"]),
        (25, False, ["egfr"]),
        (10, False, ["egfr"]),
    ],
)
def test_plan_by_category(egfr: float, doses: bool, kinds: list[str]) -> None:
    result = plan(adult(), resolve("glycinate"), [IntakeItem("f", 100)], egfr=egfr)
    assert bool(result.doses) is doses
    assert [c.kind for c in result.cautions if c.kind == "egfr"] == kinds
    if not doses:
        assert any("proposes no dose" in n for n in result.notes)


def test_check_with_low_egfr_is_a_strict_breach() -> None:
    result = check(adult(), [], ["100"], egfr=20)
    assert result.limit_breach() and "KDIGO G4" in (result.limit_breach() or "")
    assert result.quiet() == "kidney"
    assert check(adult(), [], [], egfr=20).limit_breach() is None
    assert check(adult(), [], ["100"], egfr=50).limit_breach() is None
