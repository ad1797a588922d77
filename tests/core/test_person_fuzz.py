"""check_for and plan_for (the entry points batch rows and diary days call) take any
text: every outcome is a result or an MgcalcError, never another exception, and no
plan crosses the UL or plans a dose the kidney sources advise against."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.errors import MgcalcError
from mgcalc.core.intake.for_person import check_for, plan_for

texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "300",
            "0",
            "glycinate 400mg x2",
            "Magnesium (as magnesium citrate) 200 mg 48%",
            "2 capsules of oxide 400mg",
            "levothyroxine@07:00",
            "Tivicay@25:00",
            "Cipro",
            "isentress",
            "45",
            "29.9",
            "-1",
            "1e308",
            "nan",
        ]
    ),
)


@settings(deadline=None)
@given(
    sex=st.sampled_from(["female", "male", "f", "x"]),
    age=st.one_of(st.none(), st.sampled_from(["0", "8m", "5", "12", "34", "80"]), texts),
    pregnant=st.booleans(),
    food=st.lists(texts, max_size=2),
    supplement=st.lists(texts, max_size=3),
    medication=st.lists(texts, max_size=2),
    egfr=st.one_of(st.none(), texts),
    kidney=st.booleans(),
    standard=st.sampled_from(["us", "eu", " EU ", "uk"]),
)
def test_any_person_text_is_a_result_or_a_clean_error(
    sex, age, pregnant, food, supplement, medication, egfr, kidney, standard
) -> None:
    person = {
        "sex": sex,
        "age": age,
        "pregnant": pregnant,
        "standard": standard,
        "medication": medication,
        "egfr": egfr,
        "kidney_disease": kidney,
    }
    try:
        checked = check_for(**person, food=food, supplement=supplement)
    except MgcalcError:
        pass
    else:
        record = checked.record()
        assert record["over_ul"] == (record["ul_status"] == "over")
        assert all(c["text"] for c in record["cautions"])
    try:
        planned = plan_for(**person, food=food or ["0"])
    except MgcalcError:
        return
    ul = planned.stage.ul_mg
    if planned.doses:
        assert ul is not None and planned.supplement_mg <= ul + 1e-9
        assert not planned.kidney.no_supplement
        assert all(
            u.medication is None or u.medication.interaction != "avoid" for u in planned.medications
        )
