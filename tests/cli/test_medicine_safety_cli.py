"""--strict and -q for medicines whose label says avoid, conditions that rule
magnesium out, creatinine clearance; the interactions listing of conditions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--medication", "raltegravir"], "avoid"),
        (["--medication", "Xofluza"], "avoid"),
        (["--condition", "myasthenia-gravis"], "condition"),
        (["--condition", "AV block"], "condition"),
        (["--crcl", "25"], "kidney"),
    ],
)
def test_strict_exits_3_and_quiet_names_why(mg, args, word) -> None:
    ran = mg("check", "--sex", "female", "--age", "40", "--supplement", "200", *args, "-q")
    assert ran.code == 0 and ran.out == f"{word}\n"
    strict = mg("check", "--sex", "female", "--age", "40", "--supplement", "200", *args)
    assert strict.code == 0
    failed = mg("check", "--sex", "female", "--age", "40", "--supplement", "200", *args, "--strict")
    assert failed.code == 3 and "(--strict)" in failed.err.splitlines()[-1]


def test_no_supplement_no_strict_failure(mg) -> None:
    ran = mg("check", "--sex", "female", "--medication", "raltegravir", "--strict", "-q")
    assert ran.code == 0 and ran.out == "within\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--condition", "heart-block"],
        ["--condition", "dialysis"],
        ["--condition", "hypermagnesaemia"],
        ["--crcl", "29.5"],
    ],
)
def test_plan_proposes_no_dose(mg, args) -> None:
    data = mg("plan", "--sex", "male", "--age", "60", "--food", "100", *args, "--json").json()
    assert data["doses"] == [] and data["elemental_per_day_mg"] == 0
    assert data["cautions"] and all(c["sources"] for c in data["cautions"])


def test_crcl_above_the_threshold_is_a_caution_with_its_source(mg) -> None:
    data = mg("plan", "--sex", "male", "--age", "60", "--food", "100", "--crcl", "45", "--json")
    record = data.json()
    assert record["crcl"] == 45 and record["doses"]
    assert [c["kind"] for c in record["cautions"]] == ["crcl"]
    assert "MAGNASPARTATE" in record["sources"]


def test_unknown_condition_lists_the_known_ones(mg) -> None:
    ran = mg("check", "--sex", "male", "--condition", "gout")
    assert ran.code == 2 and "myasthenia-gravis" in ran.err


def test_interactions_lists_conditions_with_their_level(mg) -> None:
    rows = mg("interactions", "--json").json()
    conditions = {r["id"]: r for r in rows if r["kind"] == "condition"}
    assert {"heart-block", "bradycardia", "myasthenia-gravis", "dialysis"} <= set(conditions)
    assert conditions["myasthenia-gravis"]["level"] == "contraindicated"
    assert all(r["sources"] for r in conditions.values())


def test_profile_keeps_conditions_and_crcl(mg) -> None:
    mg(
        "profile",
        "set",
        "--sex",
        "female",
        "--age",
        "70",
        "--condition",
        "bradycardia",
        "--crcl",
        "40",
    )
    data = mg("plan", "--food", "100", "--json").json()
    assert data["conditions"] == ["bradycardia"] and data["crcl"] == 40
    assert data["doses"] == []


@pytest.mark.parametrize(
    ("age", "supplement"),
    [("6", "200"), ("40", "oxide 800mg")],  # a child; Mag-Ox 400 twice daily
)
def test_over_ul_never_advises_splitting_and_names_supervised_use(mg, age, supplement) -> None:
    data = mg("check", "--sex", "male", "--age", age, "--supplement", supplement, "--json").json()
    over = next(c for c in data["cautions"] if c["kind"] == "over_ul")
    assert "split" not in over["text"].lower()
    assert "unsupervised use" in over["text"] and "prescriber may intend more" in over["text"]
    assert "IOM00-DA" in over["sources"]


def test_iv_scale_amount_is_named_outside_the_oral_ul(mg) -> None:
    data = mg("check", "--sex", "male", "--age", "40", "--supplement", "1000", "--json").json()
    kinds = [c["kind"] for c in data["cautions"]]
    assert "iv_scale" in kinds and "MGSO4-INF" in data["sources"]
    usual = mg("check", "--sex", "male", "--age", "40", "--supplement", "oxide 800mg", "--json")
    assert "iv_scale" not in [c["kind"] for c in usual.json()["cautions"]]


@pytest.mark.parametrize(
    ("args", "kind", "present"),
    [
        (["--age", "6", "--food", "0"], "child_at_ul", True),
        (["--age", "2", "--food", "0"], "child_at_ul", True),
        (["--age", "6", "--food", "100"], "child_at_ul", False),  # 30 mg, far from 110
        (
            ["--age", "30", "--pregnant", "--food", "100", "--goal", "blood-pressure"],
            "pregnancy_blood_pressure",
            True,
        ),
        (
            ["--age", "30", "--food", "100", "--goal", "blood-pressure"],
            "pregnancy_blood_pressure",
            False,
        ),
    ],
)
def test_plan_says_see_a_clinician_for_children_at_the_ul_and_bp_in_pregnancy(
    mg, args, kind, present
) -> None:
    data = mg("plan", "--sex", "female", *args, "--json").json()
    assert (kind in [c["kind"] for c in data["cautions"]]) is present


def test_split_plan_cites_the_bfr(mg) -> None:
    data = mg("plan", "--sex", "male", "--age", "40", "--food", "0", "--json").json()
    assert len(data["doses"]) == 2 and "BFR17" in data["sources"]
