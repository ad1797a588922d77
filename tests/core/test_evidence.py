"""Evidence: the seed's grades stay, each beside the mainstream verdict and its source."""

import pytest

from mgcalc.core.knowledge.goals import resolve_goal
from mgcalc.core.reference.evidence import EvidenceResult, is_weak, outcome_for
from mgcalc.data.knowledge import evidence
from mgcalc.data.reference import sources


def by_id() -> dict[str, dict]:
    return {r["id"]: dict(r) for r in EvidenceResult().records()}


@pytest.mark.parametrize(
    ("outcome", "grade", "verdict", "cited"),
    [
        ("pre-eclampsia", "A", "probably effective", {"DULEY10"}),
        ("pre-eclampsia-oral", "-", "not shown", {"MAKRIDES14"}),
        ("blood-pressure", "B", "inconclusive", {"FDAQHC22"}),
        ("blood-glucose", "B", "inconclusive", {"ADA25", "ADA13"}),
        ("migraine", "-", "probably effective", {"HOLLAND12"}),
        ("anxiety", "C", "weak", {"BOYLE17"}),
        ("sleep", "-", "weak", {"MAH21"}),
        ("cramps", "D", "not shown", {"GARRISON20"}),
    ],
)
def test_each_outcome_carries_both_verdicts(
    outcome: str, grade: str, verdict: str, cited: set[str]
) -> None:
    row = by_id()[outcome]
    assert (row["grade"], row["mainstream_verdict"]) == (grade, verdict)
    assert set(row["mainstream_sources"]) == cited
    assert {"SEED", *cited} == set(row["sources"])
    assert all(source in sources() for source in row["sources"])
    for source in cited:  # the citation names what the verdict quotes
        assert len(sources()[source].citation) > 80


def test_the_issue_s_wording_is_what_the_sources_say() -> None:
    rows = by_id()
    assert "Magnesium sulfate, a medicine" in rows["pre-eclampsia"]["mainstream"]
    assert "did not reduce" in rows["pre-eclampsia-oral"]["mainstream"]
    assert "diets with adequate magnesium" in rows["blood-pressure"]["mainstream"]
    assert "risk of high blood pressure" in rows["blood-pressure"]["mainstream"]
    assert "2025" in rows["blood-glucose"]["mainstream"]


def test_a_grade_names_the_route_it_is_about() -> None:
    rows = by_id()
    assert rows["pre-eclampsia"]["route"].startswith("intravenous")
    oral = [r for r in rows.values() if r["route"] == "oral supplements"]
    assert "pre-eclampsia-oral" in {r["id"] for r in oral}
    assert all(r["grade"] != "A" for r in oral)
    assert "'inconsistent and inconclusive'" in rows["blood-pressure"]["mainstream"]
    assert "inconsistent and inconclusive" in sources()["FDAQHC22"].citation
    assert "probably effective" in sources()["HOLLAND12"].citation
    assert "Level B" in rows["migraine"]["mainstream"]


def test_study_doses_only_where_the_studies_used_them() -> None:
    dose = evidence()["dose_range"]
    for outcome, row in by_id().items():
        if outcome in ("blood-pressure", "blood-glucose"):
            assert (row["study_dose_low_mg"], row["study_dose_high_mg"]) == (
                dose["low_mg"],
                dose["high_mg"],
            )
        else:
            assert row["study_dose_low_mg"] is row["study_dose_high_mg"] is None


@pytest.mark.parametrize(
    ("goal", "weak"),
    [("cramps", True), ("sleep", True), ("bp", True), ("migraine", False), ("general", None)],
)
def test_goals_link_to_their_evidence(goal: str, weak: bool | None) -> None:
    outcome = outcome_for(resolve_goal(goal))
    assert (None if outcome is None else is_weak(outcome)) is weak
