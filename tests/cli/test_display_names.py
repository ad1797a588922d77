"""Sentences and table cells name a form as a person knows it, never by catalogue id.

JSON keeps the ids (scripts join on them); what a person reads says
"magnesium L-threonate (Magtein, branded)", not "magtein" or "magtein's".
"""

from __future__ import annotations

import re

import pytest

from mgcalc.core.chemistry.forms import display_name

MAGTEIN = "Magnesium L-threonate (Magtein, branded)"
RAW_ID = re.compile(r"\bmagtein(?:'s)?\b(?! 2000mg)")  # the id, not the input echoed


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one table row per line: cells are not wrapped


def test_display_name_reads_the_catalogue() -> None:
    assert display_name("magtein", sentence=False) == MAGTEIN
    assert display_name("magtein") == "magnesium L-threonate (Magtein, branded)"
    assert display_name("glycinate+oxide") == (
        "magnesium bisglycinate (glycinate) + magnesium oxide"
    )
    assert display_name("MgSO4") == "MgSO4"  # a formula is its own name


def test_label_form_cell_shows_the_name_and_json_keeps_the_id(mg) -> None:
    table = mg("label", "Magnesium (as Magtein) 144 mg").out
    [cell] = [line for line in table.splitlines() if line.strip().startswith("Form(s)")]
    assert MAGTEIN in cell and not RAW_ID.search(cell)
    assert mg("label", "Magnesium (as Magtein) 144 mg", "--json").json()["forms"] == ["magtein"]


def test_label_writing_and_reading_warnings_name_the_material(mg) -> None:
    written = mg("label", "--form", "magtein", "--compound", "2000mg", "--json").json()
    read = mg("label", "Magtein 2000 mg", "--json").json()
    for warnings in (written["warnings"], read["warnings"]):
        text = " ".join(warnings)
        assert "magnesium L-threonate (Magtein, branded)" in text
        assert not RAW_ID.search(text), text


def test_check_shows_names_where_it_explains_a_figure(mg) -> None:
    args = ("check", "--sex", "female", "--age", "34", "--food", "200")
    args += ("--supplement", "magtein 2000mg", "--supplement", "Magnesium (as Magtein) 144 mg")
    record = mg(*args, "--json").json()
    note = record["supplements"][0]["figure_note"]
    assert "magnesium L-threonate (Magtein, branded)" in note and not RAW_ID.search(note)
    table = mg(*args).out
    rows = [line for line in table.splitlines() if "compound weight" in line or "label fig" in line]
    assert len(rows) == 2 and all("Magtein, branded" in row for row in rows), rows


def test_plan_names_the_form_and_the_medicine_as_given(mg) -> None:
    args = ("plan", "--sex", "male", "--age", "45", "--food", "150", "--form", "magtein")
    ran = mg(*args, "--medication", "Cipro@08:00")
    assert ran.code == 0, ran.err
    assert "of magnesium L-threonate (Magtein, branded)" in ran.out
    notes = [d["note"] for d in mg(*args, "--medication", "Cipro@08:00", "--json").json()["doses"]]
    assert notes and all(n.startswith("Cipro at 08:00:") for n in notes), notes


def test_cabinet_show_names_the_forms(mg) -> None:
    assert mg("cabinet", "add", "brain", "Magnesium (as Magtein) 144 mg").code == 0
    table = mg("cabinet", "show", "brain").out
    [cell] = [line for line in table.splitlines() if line.strip().startswith("Forms")]
    assert MAGTEIN in cell
