"""``evidence`` and ``forms --goal``: verdicts side by side, cautions above rankings."""

import pytest


@pytest.mark.usefixtures("wide_tables")
@pytest.mark.parametrize("goal", ["cramps", "sleep", "muscle-cramps", "insomnia"])
def test_rankings_for_weak_evidence_say_so_above_the_ranking(mg, goal: str) -> None:
    rows = mg("forms", "--goal", goal, "--json").json()
    assert all(r["evidence_caution"] for r in rows)
    assert {r["evidence_verdict"] for r in rows} <= {"weak", "not shown"}
    table = mg("forms", "--goal", goal).out.splitlines()
    caution = next(i for i, line in enumerate(table) if "weak or negative" in line)
    header = next(i for i, line in enumerate(table) if line.split()[:2] == ["#", "Form"])
    assert caution < header


@pytest.mark.parametrize("goal", ["general", "migraine", "energy"])
def test_rankings_without_weak_evidence_carry_no_caution(mg, goal: str) -> None:
    rows = mg("forms", "--goal", goal, "--json").json()
    assert not any(r["evidence_caution"] for r in rows)
    assert "weak or negative" not in mg("forms", "--goal", goal).out


def test_evidence_csv_puts_study_doses_only_on_their_rows(mg) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(mg("evidence", "--format", "csv").out)))
    with_doses = {r["id"] for r in rows if r["study_dose_low_mg"]}
    assert with_doses == {"blood-pressure", "blood-glucose"}
    assert {r["id"] for r in rows} >= {"pre-eclampsia", "migraine", "sleep", "cramps", "anxiety"}


def test_sources_lists_the_mainstream_citations(mg) -> None:
    listed = {row["id"] for row in mg("sources", "--json").json()}
    assert {"MAKRIDES14", "DULEY10", "FDAQHC22", "ADA13", "HOLLAND12", "GARRISON20"} <= listed


def test_plan_for_a_weak_evidence_goal_says_so(mg) -> None:
    notes = mg("plan", "--sex", "female", "--food", "100", "--goal", "cramps", "--json").json()
    assert any("weak or negative" in note for note in notes["notes"])
    general = mg("plan", "--sex", "female", "--food", "100", "--json").json()
    assert not any("weak or negative" in note for note in general["notes"])


@pytest.mark.parametrize(
    "args",
    [
        ("evidence", "--json"),
        ("forms", "--goal", "sleep", "--json"),
        ("plan", "--sex", "female", "--food", "100", "--goal", "cramps", "--json"),
        ("check", "--sex", "female", "--food", "100", "--json"),
        ("guide", "best-form", "--json"),
        ("guide", "sleep"),
    ],
)
def test_commands_without_a_food_lookup_never_read_the_food_table(mg, args) -> None:
    from mgcalc.data.foods import food_rows

    food_rows.cache_clear()
    assert mg(*args).code == 0
    assert food_rows.cache_info().currsize == 0
