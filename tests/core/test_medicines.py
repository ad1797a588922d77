"""Medicines: every name resolves, every entry is sourced, unknown names are cautions,
doses keep the windows in clock time."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import InputError, UnknownNameError
from mgcalc.core.intake.planner import plan
from mgcalc.core.intake.schedule import DAY, keeps_windows, place
from mgcalc.core.reference.interactions import (
    close_names,
    find_medication,
    medication_use,
    parse_clock,
    resolve_medication,
)
from mgcalc.core.reference.lifestage import Person, life_stage
from mgcalc.data.reference import medications, sources

REQUIRED = [
    "levothyroxine",
    "gabapentin",
    "dolutegravir",
    "bictegravir",
    "cabotegravir",
    "raltegravir",
    "elvitegravir",
    "penicillamine",
    "eltrombopag",
    "iron",
    "digoxin",
    "baloxavir",
    "mycophenolate",
    "calcium-channel-blockers",
    "bisphosphonates",
    "tetracyclines",
    "quinolones",
    "loop-diuretics",
    "thiazide-diuretics",
    "potassium-sparing-diuretics",
    "ppis",
    "aminoglycosides",
    "amphotericin-b",
    "cisplatin",
    "calcineurin-inhibitors",
    "egfr-antibodies",
    "foscarnet",
    "pentamidine",
]


def test_every_required_medicine_has_mechanism_action_and_known_source() -> None:
    table = {m.id: m for m in medications()}
    assert set(REQUIRED) <= set(table)
    known = set(sources())
    for medication in table.values():
        assert medication.effect and medication.advice
        assert medication.sources and set(medication.sources) <= known


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Cipro", "ciprofloxacin"),
        ("Levaquin", "levofloxacin"),
        ("Fosamax", "alendronate"),
        ("Actonel", "risedronate"),
        ("Synthroid", "levothyroxine"),
        ("Lasix", "loop-diuretics"),
        ("Nexium", "ppis"),
        ("Prilosec", "ppis"),
        ("Neurontin", "gabapentin"),
        ("Tivicay", "dolutegravir"),
        ("Biktarvy", "bictegravir"),
        ("Isentress", "raltegravir"),
        ("Genvoya", "elvitegravir"),
        ("Vocabria", "cabotegravir"),
        ("Promacta", "eltrombopag"),
        ("Xofluza", "baloxavir"),
        ("CellCept", "mycophenolate"),
        ("Lanoxin", "digoxin"),
        ("Norvasc", "calcium-channel-blockers"),
        ("tacrolimus", "calcineurin-inhibitors"),
        ("cyclosporine", "calcineurin-inhibitors"),
        ("Erbitux", "egfr-antibodies"),
        ("panitumumab", "egfr-antibodies"),
        ("gentamicin", "aminoglycosides"),
        ("ferrous sulfate", "iron"),
        ("  LEVOTHYROXINE ", "levothyroxine"),
    ],
)
def test_generic_and_brand_names_resolve(name: str, entry: str) -> None:
    assert resolve_medication(name).id == entry


def test_suggestions_only_for_close_spellings() -> None:
    assert close_names("levothyroxin") == ["levothyroxine"]
    assert close_names("aspirin") == []
    with pytest.raises(UnknownNameError) as caught:
        resolve_medication("metformin")
    assert "did you mean" not in str(caught.value) and "mgcalc interactions" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "name", "times"),
    [
        ("levothyroxine@07:00", "levothyroxine", (420,)),
        ("gabapentin@20:00,08:00", "gabapentin", (480, 1200)),
        ("Synthroid @ 7.30", "Synthroid", (450,)),
        ("aspirin", "aspirin", ()),
    ],
)
def test_medication_use(text, name, times) -> None:
    use = medication_use(text)
    assert (use.name, use.times) == (name, times)
    assert use.known == (find_medication(name) is not None)


@pytest.mark.parametrize("text", ["levothyroxine@", "levothyroxine@25:00", "@07:00", "x@7"])
def test_bad_medication_times_are_input_errors(text) -> None:
    with pytest.raises(InputError):
        medication_use(text)


def test_levothyroxine_at_seven_keeps_four_hours() -> None:
    use = medication_use("levothyroxine@07:00")
    assert not keeps_windows(parse_clock("10:45"), [use])
    assert keeps_windows(parse_clock("11:00"), [use])
    assert not keeps_windows(parse_clock("03:15"), [use])  # 3 h 45 min before the next dose
    assert place(["with breakfast", "with dinner"], [use]) == [660, 1140]


def test_before_and_after_windows_differ() -> None:
    use = medication_use("dolutegravir@09:00")  # 2 h before, or 6 h after, magnesium
    assert keeps_windows(parse_clock("11:00"), [use])
    assert not keeps_windows(parse_clock("10:45"), [use])
    assert keeps_windows(parse_clock("03:00"), [use]) and not keeps_windows(180 + 15, [use])


times = st.lists(st.integers(min_value=0, max_value=DAY - 1), min_size=1, max_size=3)


@settings(deadline=None)
@given(
    levo=times,
    doxy=times,
    goal=st.sampled_from(["general", "sleep", "muscle-cramps"]),
    food=st.floats(min_value=0, max_value=300),
)
def test_planned_clock_times_always_keep_every_window(levo, doxy, goal, food) -> None:
    uses = [
        medication_use("levothyroxine@" + ",".join(f"{t // 60}:{t % 60:02d}" for t in levo)),
        medication_use("doxycycline@" + ",".join(f"{t // 60}:{t % 60:02d}" for t in doxy)),
    ]
    from mgcalc.core.intake.check import IntakeItem

    stage = life_stage(Person("female", 40 * 12))
    result = plan(stage, resolve("citrate"), [IntakeItem("f", food)], goal=goal, medications=uses)
    for dose in result.doses:
        assert dose.minute is not None and keeps_windows(dose.minute, uses)
    if not result.doses and result.gap_mg > 0:
        assert any("No time of day" in note for note in result.notes)


@pytest.mark.parametrize("medicine", ["raltegravir", "Xofluza"])
def test_plan_proposes_no_dose_where_a_label_advises_against(medicine) -> None:
    from mgcalc.core.intake.check import IntakeItem

    stage = life_stage(Person("male", 40 * 12))
    result = plan(
        stage, resolve("citrate"), [IntakeItem("f", 100)], medications=[medication_use(medicine)]
    )
    assert result.doses == [] and any("advises against" in n for n in result.notes)


def test_long_medication_text_is_refused_quickly() -> None:
    with pytest.raises(InputError):
        medication_use("a@" + "07:00," * 20000)
    with pytest.raises(InputError):
        medication_use("x" * 150)


def test_interactions_command_accepts_a_timed_name(mg) -> None:
    rows = mg("interactions", "--medication", "Synthroid@07:00", "--json").json()
    assert [r["id"] for r in rows] == ["levothyroxine"]
    assert "Synthroid" in rows[0]["names"] and rows[0]["interaction"] == "spacing"


def test_three_times_a_day_medicine_and_ties_go_later() -> None:
    use = medication_use("gabapentin@08:00,14:00,20:00")  # 2 h either side
    # breakfast (08:00) is 2 h from both 06:00 and 10:00: the later is chosen
    assert place(["with breakfast", "with dinner"], [use]) == [600, 1080]


def test_an_unknown_medicine_in_a_list_is_its_own_error_record(mg) -> None:
    """A pharmacist's list of a patient's medicines is answered past one mgcalc does
    not know: error record in place of it, a line on stderr, exit 1 (as compare)."""
    ran = mg(
        "interactions",
        "--medication",
        "Cipro",
        "--medication",
        "warfarin",
        "--medication",
        "levothyroxin",
        "--json",
    )
    rows = json.loads(ran.out)
    assert ran.code == 1
    assert [r.get("id") for r in rows] == ["ciprofloxacin", None, None]
    assert rows[1] == {
        "option": "--medication",
        "index": 2,
        "input": "warfarin",
        "error": rows[1]["error"],
    }
    assert "no magnesium interaction on file for 'warfarin'" in rows[1]["error"]
    assert "did you mean 'levothyroxine'" in rows[2]["error"]
    assert ran.err.count("mgcalc: error: --medication") == 2
    quiet = mg("interactions", "--medication", "warfarin", "--medication", "ppi", "-q")
    assert quiet.code == 1 and quiet.out.splitlines() == ["", "ppis"]
    table = mg("interactions", "--medication", "ppi", "--medication", "warfarin")
    flat = " ".join(table.out.split())
    assert table.code == 1 and "Proton" in table.out and "--medication 2: mgcalc has no" in flat
