"""A unit so small that one intake would need more units than a person takes at once
(the count grammar's MAX_SERVINGS) proposes no dose, with the reason, in plan and
compare alike: 1 mcg for 1 mg must not become 155,000 tablets."""

from __future__ import annotations

import json

import pytest

from mgcalc.core.chemistry.counts import MAX_SERVINGS

PLAN = ("plan", "--sex", "female", "--age", "30", "--food", "0", "--form", "citrate")


@pytest.mark.parametrize(("size", "proposed"), [("8mg", True), ("7mg", False), ("1mcg", False)])
def test_plan_units_per_dose_stop_at_the_grammar_maximum(mg, size: str, proposed: bool) -> None:
    record = json.loads(mg(*PLAN, "--unit-size", size, "--json").out)
    units = [dose["units"] for dose in record["doses"]]
    assert bool(units) is proposed
    assert all(u <= MAX_SERVINGS for u in units)
    if not proposed:
        assert any(f"more than the {MAX_SERVINGS}" in note for note in record["notes"])


def test_plan_quiet_says_why_on_stderr(mg) -> None:
    ran = mg(*PLAN, "--form", "oxide", "--unit-size", "1mcg", "-q")
    assert (ran.code, ran.out) == (0, "0\n")
    assert any(
        line.startswith("mgcalc: note: ") and "155,000 units" in line
        for line in ran.err.splitlines()
    )


def test_compare_proposes_no_dose_of_tiny_units(mg) -> None:
    ran = mg(
        "compare",
        "--product",
        "Tiny,citrate,1mcg,elemental,120,9.99",
        "--product",
        "Big,citrate,100mg,elemental,120,9.99",
        "--json",
    )
    rows = {row["name"]: row for row in json.loads(ran.out)}
    assert rows["Big"]["units_per_day"] == 3
    tiny = rows["Tiny"]
    assert tiny["units_per_day"] is None and tiny["cost_per_day"] is None
    assert f"more than the {MAX_SERVINGS}" in tiny["dose_note"]
    assert tiny["cost_per_100mg"] > 0
