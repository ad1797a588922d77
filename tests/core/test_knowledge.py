"""Knowledge: sources resolve, the guide quotes the data, rankings are justified."""

import re
from pathlib import Path

import pytest

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import UnknownNameError
from mgcalc.core.knowledge.guide import GuideResult, find_topic, placeholders, render_topic
from mgcalc.core.knowledge.guide_figures import figures
from mgcalc.core.knowledge.ranking import rank_forms
from mgcalc.data import DATA_DIR
from mgcalc.data.chemistry import form_records
from mgcalc.data.knowledge import evidence, goals, stacking, topics
from mgcalc.data.reference import kidney_caution, medications, sources, standards

FAQ = [
    "what-is",
    "how-it-works",
    "best-form",
    "how-much",
    "when",
    "side-effects",
    "food",
    "who-is-at-risk",
    "cycling",
    "combining",
    "long-term-safety",
    "branded-vs-generic",
    "loading-phase",
    "medications",
    "sleep",
]


def test_every_source_id_resolves() -> None:
    known = set(sources())
    used = set()
    for form in form_records():
        used |= {form.formula_source, *form.absorption_sources, *form.gi_sources}
    for goal in goals().values():
        used |= set(goal.sources)
        for reason in (*goal.prefer, *goal.avoid):
            used |= set(reason.sources)
    for topic in topics():
        used |= set(topic.sources)
    for item in (*medications(), *stacking(), kidney_caution()):
        used |= set(item.sources)
    used |= {o.source for o in evidence()["outcome"]}
    for standard in standards().values():
        used |= set(standard.sources)
    assert used <= known, used - known


def test_all_fifteen_faq_topics_and_mechanisms_and_pk() -> None:
    ids = [t.id for t in topics()]
    assert set(FAQ) <= set(ids)
    assert {"mechanisms", "pharmacokinetics"} <= set(ids)
    mechanisms = render_topic(find_topic("mechanisms"))
    for word in ("ATP", "NMDA", "Muscle", "Cardiovascular", "Insulin"):
        assert word in mechanisms


def test_guide_types_no_figures_of_its_own() -> None:
    """Amounts, percentages and hours in the guide come from placeholders only."""
    raw = Path(DATA_DIR, "guide.toml").read_text(encoding="utf-8")
    body_text = re.sub(r"\{\w+\}", "", raw)
    assert not re.search(r"\d\s*(mg|%|hours?|minutes)\b", body_text)


@pytest.mark.parametrize("topic", [t.id for t in topics()])
def test_every_topic_renders_with_known_figures(topic: str) -> None:
    found = find_topic(topic)
    assert placeholders(found.body) <= set(figures())
    assert "{" not in render_topic(found)


def test_guide_quotes_the_same_ul_as_the_data() -> None:
    us_ul = standards()["us"].ul[-1].mg
    eu_ul = standards()["eu"].ul[-1].mg
    text = render_topic(find_topic("how-much"))
    assert f"{us_ul} mg a day (US; {eu_ul} mg in the EU)" in text
    assert figures()["rda_men"] == str(standards()["us"].band[7].male)


def test_guide_listing_and_unknown_topic() -> None:
    assert "best-form" in GuideResult(None).markdown()
    assert find_topic("dosage").id == "how-much"
    with pytest.raises(UnknownNameError, match="did you mean 'sleep'"):
        find_topic("slep")


def test_general_ranking_recommends_glycinate_and_citrate_and_not_oxide() -> None:
    ranking = rank_forms("general").records()
    assert {r["id"] for r in ranking[:2]} == {"glycinate", "citrate"}
    assert ranking[-1]["id"] == "oxide" and "poorly absorbed" in ranking[-1]["why"]


@pytest.mark.parametrize(
    ("goal", "first"),
    [
        ("sleep", "glycinate"),
        ("energy", "malate"),
        ("constipation", "oxide"),
        ("sensitive-stomach", "glycinate"),
    ],
)
def test_goal_leaders(goal: str, first: str) -> None:
    assert rank_forms(goal).records()[0]["id"] == first


@pytest.mark.parametrize("goal", list(goals()))
def test_every_ranking_is_justified_and_stable(goal: str) -> None:
    once, twice = rank_forms(goal).records(), rank_forms(goal).records()
    assert once == twice
    assert all(row["why"] and row["sources"] for row in once)
    assert [r["rank"] for r in once] == list(range(1, len(once) + 1))


def test_sensitive_stomach_puts_diarrhoea_forms_last() -> None:
    ids = [r["id"] for r in rank_forms("sensitive-stomach").records()]
    for name in ("oxide", "carbonate", "chloride", "gluconate"):
        bad = resolve(name).id  # the form the bare name means (carbonate-usp, ...)
        assert ids.index(bad) > ids.index("glycinate")
        assert ids.index(bad) >= len(ids) - 6


def test_evidence_grades_match_reference() -> None:
    grades = {o.outcome: o.grade for o in evidence()["outcome"]}
    assert grades["Pre-eclampsia and eclampsia, magnesium sulfate in hospital"] == "A"
    assert grades["Pre-eclampsia risk, oral supplements"] == "-"  # the seed's A is not oral
    assert grades["Blood pressure"] == grades["Blood glucose"] == "B"
    assert grades["PMS-related anxiety"] == "C"
    assert grades["HDL cholesterol"] == grades["Muscle cramps not caused by deficiency"] == "D"
    assert (evidence()["dose_range"]["low_mg"], evidence()["dose_range"]["high_mg"]) == (250, 600)


@pytest.mark.parametrize("goal", list(goals()))
def test_goal_summaries_render_from_data(goal: str) -> None:
    from mgcalc.core.knowledge.ranking import get_goal, goal_summary

    text = goal_summary(get_goal(goal))
    assert "{" not in text
    if goal in ("blood-pressure", "blood-sugar"):
        dose = evidence()["dose_range"]
        assert f"{dose['low_mg']}-{dose['high_mg']} mg" in text


@pytest.mark.parametrize(
    ("topic", "untouched"),
    [
        ("when", ("standards", "rank_forms", "medications", "stacking")),
        ("how-much", ("rank_forms", "medications", "stacking")),
        ("best-form", ("standards", "medications", "stacking")),
        ("combining", ("standards", "rank_forms")),
    ],
)
def test_a_topic_computes_only_the_figures_it_needs(monkeypatch, topic, untouched) -> None:
    """guide start-up: the forms ranking (molmass for every formula) and the medication
    and stacking lists are computed only for topics that quote them or a later group."""
    import mgcalc.core.knowledge.guide_figures as guide_figures

    def refuse(*args: object) -> None:
        raise AssertionError(f"guide {topic} computed figures it does not quote")

    for name in untouched:
        monkeypatch.setattr(guide_figures, name, refuse)
    text = render_topic(find_topic(topic))
    assert text and "{" not in text


def test_fixed_figure_groups_declare_their_keys() -> None:
    from mgcalc.core.knowledge.guide_figures import FIXED_KEYS

    for group, keys in FIXED_KEYS.items():
        assert set(group()) == keys, group.__name__
