"""Start-up of the commands that compute for a person or a food (issue 11): each
loads what its answer needs and nothing else. Checked by the modules a fresh
process loads, not by time: ``food`` by name reads no calculator, no form
catalogue and no diary, ``check`` and the diary's days never load the planner,
and the days no catalogue;
``log add`` of a form and a food reads no label and no reference values, and
``cabinet add`` reads its label line without the life-stage tables. Records are
built per kind (foods, label values, intake tables), and TypedDicts come from
typing: typing_extensions costs as much as a module of records."""

from __future__ import annotations

import pytest

from tests.cli.fresh import run_fresh

FOOD = [["food", "almonds", "1oz"]]
CHECK = [["check", "--sex", "female", "--age", "34", "--food", "250", "--supplement", "300"]]
DAYS = [["log", "day", "--sex", "female", "--age", "34"], ["log", "week", "--sex", "female"]]
COMPARE = [["compare", "--product", "A,citrate,500mg,compound,60,12.50"]]
LABEL = [["label", "Magnesium (as citrate) 200 mg 48%"]]
WRITERS = [
    ["plan", "--sex", "male", "--age", "45", "--food", "250", "--form", "citrate"],
    ["log", "add", "glycinate 400mg", "--food", "almonds 1oz", "-q"],
    ["cabinet", "add", "morning", "Magnesium (as magnesium citrate) 150 mg"],
    ["elemental", "citrate", "500mg"],
]


def loaded(argvs: list[list[str]], home: str) -> set[str]:
    """The modules one fresh process loads running ``argvs`` (each must succeed)."""
    codes, modules = run_fresh(argvs, MGCALC_HOME=home, COLUMNS="100")
    assert codes == [0] * len(argvs)
    return modules


@pytest.mark.parametrize(
    ("argvs", "unneeded"),
    [
        (FOOD, {"molmass", "sqlite3", "mgcalc.core.calc", "mgcalc.cli.batch"}),
        (FOOD, {"mgcalc.core.forms", "mgcalc.data.records", "mgcalc.data.knowledge_records"}),
        (FOOD, {"typing_extensions"}),
        (CHECK, {"molmass", "mgcalc.core.plan", "mgcalc.core.dosing"}),
        (CHECK, {"mgcalc.data.label_records", "mgcalc.data.knowledge_records"}),
        (DAYS, {"molmass", "mgcalc.core.forms", "mgcalc.core.plan"}),
        (WRITERS, {"typer", "pydantic"}),
        (WRITERS[1:2], {"mgcalc.core.labels", "mgcalc.core.cautions", "rich"}),
        (WRITERS[2:3], {"mgcalc.core.lifestage", "mgcalc.core.intake"}),
        (WRITERS[2:3], {"mgcalc.data.reference_records"}),
        (LABEL, {"mgcalc.cli.batch_input", "csv", "mgcalc.cli.batch"}),
        (COMPARE, {"mgcalc.core.labels", "mgcalc.core.labels.assess"}),
    ],
    ids=[
        "food",
        "food-no-catalogue",
        "food-no-typing-extensions",
        "check",
        "check-no-label-or-goal-records",
        "days",
        "writers",
        "log-add",
        "cabinet-add",
        "cabinet-add-no-intake-records",
        "label-reads-no-batch-input",
        "compare-reads-no-label",
    ],
)
def test_commands_load_only_what_they_need(tmp_path, argvs, unneeded: set[str]) -> None:
    assert unneeded & loaded(argvs, str(tmp_path)) == set()
