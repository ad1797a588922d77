"""Each medicine's own windows, from its own label, in both directions, for every
dose time: the table a pharmacist would check by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.intake.schedule import place
from mgcalc.core.reference.interactions import medication_use, parse_clock
from mgcalc.core.reference.windows import keeps_windows, magnesium_dose_conflicts, windows
from mgcalc.data.reference import medications


def ok(at: str, *meds: str) -> bool:
    return keeps_windows(parse_clock(at), [medication_use(m) for m in meds])


@pytest.mark.parametrize(
    ("medicine", "at", "fits"),
    [
        # moxifloxacin label: at least 4 h before or 8 h after magnesium
        ("moxifloxacin@08:00", "10:00", False),  # only 2 h after the dose
        ("moxifloxacin@08:00", "12:00", True),
        ("moxifloxacin@08:00", "23:59", True),  # 8 h 01 min before the next dose
        ("moxifloxacin@08:00", "00:30", False),  # 7 h 30 min before the next dose
        # ciprofloxacin label: 2 h before or 6 h after
        ("ciprofloxacin@21:00", "17:00", False),  # 4 h before: the old shared rule's answer
        ("ciprofloxacin@21:00", "15:00", True),
        ("ciprofloxacin@21:00", "23:00", True),
        ("ciprofloxacin@09:00,21:00", "11:00", True),
        ("ciprofloxacin@09:00,21:00", "16:00", False),  # 5 h before the evening dose
        # levofloxacin label: 2 h either side
        ("levofloxacin@08:00", "06:00", True),
        ("levofloxacin@08:00", "07:00", False),
        # alendronate: 30 min after, and the day's first intake
        ("alendronate@07:00", "07:15", False),
        ("alendronate@07:00", "07:30", True),
        ("alendronate@07:00", "06:30", False),  # before it, after waking
        ("alendronate@07:00", "23:00", True),  # the evening before is fine
        # ibandronate: 60 min
        ("ibandronate@07:00", "07:45", False),
        ("ibandronate@07:00", "08:00", True),
        # cabotegravir: magnesium 2 h before or 4 h after
        ("cabotegravir@10:00", "08:00", True),
        ("cabotegravir@10:00", "13:00", False),
        ("cabotegravir@10:00", "14:00", True),
        # erlotinib: magnesium 4 h before or 2 h after
        ("erlotinib@10:00", "07:00", False),
        ("erlotinib@10:00", "06:00", True),
        ("erlotinib@10:00", "12:00", True),
        # gabapentin three times a day: every dose counts
        ("gabapentin@08:00,14:00,20:00", "11:00", True),
        ("gabapentin@08:00,14:00,20:00", "13:00", False),
    ],
)
def test_each_medicine_keeps_its_own_window(medicine: str, at: str, fits: bool) -> None:
    assert ok(at, medicine) is fits


def test_conflicts_say_which_dose_and_what_the_label_asks() -> None:
    uses = [medication_use("moxifloxacin@08:00"), medication_use("levothyroxine@07:00")]
    found = magnesium_dose_conflicts(parse_clock("10:00"), uses)
    assert [c.medication.id for c in found] == ["moxifloxacin", "levothyroxine"]
    assert "2 h after the dose at 08:00" in found[0].sentence()
    assert "at least 4 h" in found[0].sentence()


def test_a_medicine_that_says_avoid_conflicts_at_every_time() -> None:
    found = magnesium_dose_conflicts(parse_clock("15:00"), [medication_use("raltegravir")])
    assert len(found) == 1 and found[0].taken is None and "any time" in found[0].reason


def test_untimed_and_unknown_medicines_are_not_placed() -> None:
    uses = [medication_use("moxifloxacin"), medication_use("warfarin@08:00")]
    assert magnesium_dose_conflicts(parse_clock("08:00"), uses) == []


@pytest.mark.parametrize(
    ("medicines", "clocks"),
    [
        (["moxifloxacin@08:00"], [12 * 60, 19 * 60]),
        (["ciprofloxacin@09:00,21:00"], [11 * 60, 23 * 60]),
        (["alendronate@07:00"], [8 * 60, 19 * 60]),
    ],
)
def test_the_planner_places_doses_outside_every_window(
    medicines: list[str], clocks: list[int]
) -> None:
    uses = [medication_use(m) for m in medicines]
    assert place(["with breakfast", "with dinner"], uses) == clocks


def test_no_time_fits_is_said_not_guessed() -> None:
    uses = [medication_use("moxifloxacin@08:00,20:00")]  # only 12:00 keeps both doses
    assert place(["with breakfast", "with dinner"], uses) == [12 * 60, None]


@given(
    st.sampled_from([m.id for m in medications() if m.interaction == "spacing"]),
    st.integers(0, 24 * 60 - 1),
    st.integers(0, 24 * 60 - 1),
)
def test_a_conflict_is_exactly_a_time_inside_a_window(med: str, taken: int, at: int) -> None:
    """Property: magnesium conflicts iff it is closer after a dose than the label's
    'medicine before' window, or closer before the next dose than its 'after' one."""
    use = medication_use(f"{med}@{taken // 60:02d}:{taken % 60:02d}")
    assert use.medication is not None
    after_dose, before_dose = windows(use.medication)
    since = (at - taken) % (24 * 60)
    inside = since < after_dose or (24 * 60 - since) < before_dose
    inside = inside or (since == 0)
    if use.medication.first_of_day:
        inside = inside or 6 * 60 <= at < taken
    assert bool(magnesium_dose_conflicts(at, [use])) is inside
