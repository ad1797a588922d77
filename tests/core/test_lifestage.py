import pytest

from mgcalc.core.errors import InputError
from mgcalc.core.reference.lifestage import Person, life_stage, parse_age


@pytest.mark.parametrize(
    ("age", "sex", "label", "rda", "ul"),
    [
        ("0", "female", "0-6 months", 30, None),
        ("6m", "male", "0-6 months", 30, None),
        ("7m", "male", "7-12 months", 75, None),
        ("8m", "female", "7-12 months", 75, None),
        ("11m", "female", "7-12 months", 75, None),
        ("12m", "female", "1-3 years", 80, 65),
        ("1", "male", "1-3 years", 80, 65),
        ("3", "male", "1-3 years", 80, 65),
        ("3.9", "male", "1-3 years", 80, 65),
        ("4", "male", "4-8 years", 130, 110),
        ("8", "female", "4-8 years", 130, 110),
        ("9", "female", "9-13 years", 240, 350),
        ("13", "male", "9-13 years", 240, 350),
        ("14", "male", "14-18 years", 410, 350),
        ("18", "female", "14-18 years", 360, 350),
        ("19", "female", "19-30 years", 310, 350),
        ("30", "male", "19-30 years", 400, 350),
        ("31", "male", "31-50 years", 420, 350),
        ("50.9", "female", "31-50 years", 320, 350),
        ("51", "female", "51+ years", 320, 350),
        ("90", "male", "51+ years", 420, 350),
    ],
)
def test_us_band_boundaries(age: str, sex: str, label: str, rda: int, ul: int | None) -> None:
    stage = life_stage(Person(sex, parse_age(age)), "us")  # type: ignore[arg-type]
    assert (stage.band.label, stage.reference_mg, stage.ul_mg) == (label, rda, ul)


@pytest.mark.parametrize(
    ("age", "sex", "ai", "ul"),
    [
        ("6m", "female", None, None),
        ("7m", "female", 80, None),
        ("11m", "male", 80, None),
        ("1", "male", 170, None),
        ("2.9", "male", 170, None),
        ("3", "male", 230, None),
        ("4", "female", 230, 250),
        ("9", "female", 230, 250),
        ("10", "female", 250, 250),
        ("10", "male", 300, 250),
        ("17", "male", 300, 250),
        ("18", "male", 350, 250),
        ("18", "female", 300, 250),
    ],
)
def test_eu_band_boundaries(age: str, sex: str, ai: int | None, ul: int | None) -> None:
    stage = life_stage(Person(sex, parse_age(age)), "eu")  # type: ignore[arg-type]
    assert (stage.reference_mg, stage.ul_mg, stage.reference_type) == (ai, ul, "AI")


@pytest.mark.parametrize(
    ("age", "pregnant", "expected"),
    [
        ("16", True, 400),
        ("25", True, 350),
        ("40", True, 360),
        ("16", False, 360),
        ("25", False, 310),
        ("40", False, 320),
    ],
)
def test_pregnancy_and_lactation_by_age(age: str, pregnant: bool, expected: int) -> None:
    person = Person("female", parse_age(age), pregnant=pregnant, lactating=not pregnant)
    assert life_stage(person).reference_mg == expected
    assert life_stage(person).ul_mg == 350


def test_pregnancy_under_14_uses_youngest_band_and_says_so() -> None:
    stage = life_stage(Person("female", parse_age("13"), pregnant=True))
    assert stage.band.label == "14-18 years" and stage.reference_mg == 400
    assert any("youngest pregnancy band" in note for note in stage.notes)


def test_pregnancy_beyond_the_tables_is_refused() -> None:
    with pytest.raises(InputError, match="only for ages 14-50 years"):
        life_stage(Person("female", parse_age("51"), pregnant=True))


def test_no_age_assumes_adult_and_says_so() -> None:
    stage = life_stage(Person("male"))
    assert stage.band.label == "31-50 years" and stage.age_assumed
    assert stage.label == "male, 31-50 years" and "adult assumed" in stage.heading
    assert any("adult aged 31-50 is assumed" in note for note in stage.notes)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sex": "female", "pregnant": True, "lactating": True}, "contradict"),
        ({"sex": "male", "pregnant": True}, "only with --sex female"),
        ({"sex": "male", "lactating": True}, "only with --sex female"),
    ],
)
def test_contradictions_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Person(**kwargs)


@pytest.mark.parametrize("text", ["131", "200", "-1", "abc", "3x", ""])
def test_bad_ages(text: str) -> None:
    with pytest.raises(InputError):
        parse_age(text)


@pytest.mark.parametrize(
    ("text", "months"),
    [("8m", 8), ("8 months", 8), ("2.5", 30), ("2y", 24), ("130", 1560), ("0.5", 6)],
)
def test_ages(text: str, months: int) -> None:
    assert parse_age(text) == months
