"""One UL rule everywhere: a figure is held against the UL at the top of any stated
range, so plan and compare never propose what check calls over (core.upper_limit)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import catalogue, resolve
from mgcalc.core.intake.for_person import plan_for
from mgcalc.core.intake.stack import products_to_drop
from mgcalc.core.intake.supplements import supplement_item
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.compare import compare, row_from_option
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.writing import DeclarationResult
from mgcalc.core.reference import upper_limit
from mgcalc.core.reference.lifestage import Person, life_stage

RANGED = [form for form in catalogue(materials=True) if form.has_range]
ADULT = {"sex": "female", "age": "30"}


def checked_by_check(text: str, ul: int) -> str:
    """What check says of a supplement as the user would type it."""
    return upper_limit.status(supplement_item(text).elemental_mg, ul)


def test_there_are_ranged_forms_to_test() -> None:
    assert {"carbonate-usp", "magtein"} <= {form.id for form in RANGED}


@pytest.mark.parametrize(
    ("form", "unit", "units"),
    [("carbonate", "670mg", 1), ("magtein", "2300mg", 1), ("magtein", "1000mg", 4)],
)
def test_plan_whole_units_keep_the_top_within_the_ul(form: str, unit: str, units: int) -> None:
    result = plan_for(**ADULT, food=["0"], form=form, unit_size=f"{unit} compound")
    rec = result.record()
    assert rec["units"] == units
    assert rec["elemental_per_day_high_mg"] is not None and rec["elemental_per_day_high_mg"] <= 350
    low, high = rec["elemental_per_day_low_mg"], rec["elemental_per_day_high_mg"]
    assert low < rec["elemental_per_day_mg"] < high
    assert checked_by_check(f"{form} {unit} x{units}", 350) == "within"
    # one more unit is what check calls over: the plan stopped at the last whole unit
    assert checked_by_check(f"{form} {unit} x{units + 1}", 350) == "over"
    assert any("held against the UL" in note for note in rec["notes"])


@example(resolve("carbonate-usp"), 670.0, "female", 30)
@example(resolve("magtein"), 2300.0, "female", 30)
@example(resolve("magtein"), 4861.0, "male", 6)  # one unit is over the UL of 110 mg
@given(
    form=st.sampled_from(RANGED),
    unit=st.one_of(st.none(), st.integers(1_000, 500_000).map(lambda n: n / 100)),
    sex=st.sampled_from(["female", "male"]),
    age=st.integers(1, 90),
)
def test_plan_is_never_over_by_checks_logic(form, unit, sex, age) -> None:
    size = None if unit is None else f"{unit:g}mg compound"
    result = plan_for(sex=sex, age=str(age), food=["0"], form=form.id, unit_size=size)
    ul = result.stage.ul_mg
    if ul is None:
        assert result.doses == []
        return
    rec = result.record()
    if unit is not None:
        units = rec["units"] or 0
        if units:  # as the user types it: 'magtein 2300mg x2' (check counts up to x20)
            text = f"{unit:g}mg x{units}" if units <= 20 else f"{rec['compound_mg']:g}mg"
            assert checked_by_check(f"{form.id} {text}", ul) != "over"
    for dose in rec["doses"]:  # each dose as the user would weigh it, then all of them
        assert checked_by_check(f"{form.id} {dose['compound_mg']:g}mg", ul) != "over"
    if rec["compound_mg"]:
        assert checked_by_check(f"{form.id} {rec['compound_mg']:g}mg", ul) != "over"


def test_compare_counts_the_top_as_check_does() -> None:
    product = "Magt,magtein,2300mg,compound,90,40"
    (rec,) = compare([(1, product, row_from_option(product))], 330, 350).records()
    assert rec["units_per_day"] == 1 and rec["over_ul"] is False
    assert rec["elemental_per_day_high_mg"] == pytest.approx(184.0)
    assert checked_by_check("magtein 2300mg x1", 350) == "within"
    # two units are over by check: compare never proposes them, and says why
    assert checked_by_check("magtein 2300mg x2", 350) == "over"
    assert "up to 368 mg" in rec["dose_note"]


def test_compare_over_ul_uses_the_top() -> None:
    # one carbonate unit of 1360 mg: 342.4 mg nominal, 356.3 mg at the top -> over
    product = "C,carbonate,1360mg,compound,90,10"
    (rec,) = compare([(1, product, row_from_option(product))], 300, 350).records()
    assert rec["over_ul"] is True
    assert checked_by_check("carbonate 1360mg", 350) == "over"


def test_label_over_ul_uses_the_top_of_a_range() -> None:
    rec = LabelResult(parse_label("Magnesium 300-400 mg")).record()
    assert rec["over_ul"] is True  # 400 mg, as check counts 'Magnesium 300-400 mg'
    assert checked_by_check("Magnesium 300-400 mg", 350) == "over"


def test_label_writing_over_ul_uses_the_top() -> None:
    rec = DeclarationResult([(resolve("carbonate-usp"), 1360.0)]).record()
    assert rec["over_ul"] is True
    assert any("up to 356" in w for w in rec["warnings"])


@pytest.mark.parametrize(
    ("mg", "ul", "status"),
    [
        (350.0, 350, "within"),
        (350.004, 350, "within"),
        (350.006, 350, "over"),
        (5, None, "not_set"),
    ],
)
def test_status_is_at_the_shown_precision(mg: float, ul: int | None, status: str) -> None:
    assert upper_limit.status(mg, ul) == status
    assert upper_limit.is_over(mg, ul) is (status == "over")


@pytest.mark.parametrize(("top", "ul", "units"), [(175.76, 350, 1), (175, 350, 2), (400, 350, 0)])
def test_whole_units_within(top: float, ul: int, units: int) -> None:
    assert upper_limit.whole_units_within(top, ul) == units


def test_stack_fix_agrees_with_the_rule() -> None:
    assert products_to_drop([("a", 175.0), ("b", 175.004)], 350) is None
    assert products_to_drop([("a", 175.0), ("b", 175.01)], 350) is not None


def test_check_and_plan_share_the_stage_ul() -> None:
    stage = life_stage(Person("female", 30 * 12))
    result = plan_for(**ADULT, food=["0"], form="magtein")
    assert result.stage.ul_mg == stage.ul_mg == 350


@pytest.mark.parametrize(
    "line",
    [
        "Magnesium 100-200 mg",
        "Magnesium citrate 500-1000 mg",
        "Magtein 2000 mg",
        "Magnesium 25% DV",
    ],
)
def test_label_quiet_is_one_number_checks_figure(line: str) -> None:
    result = LabelResult(parse_label(line))
    counted = supplement_item(line).elemental_mg
    assert float(result.quiet()) == pytest.approx(counted, abs=0.005)


def test_label_stated_mg_of_a_range_is_its_top() -> None:
    rec = LabelResult(parse_label("Magnesium 100-200 mg")).record()
    assert rec["stated_mg"] == 200 and (rec["stated_low_mg"], rec["stated_high_mg"]) == (100, 200)
    assert rec["stated_mg"] == supplement_item("Magnesium 100-200 mg").elemental_mg
