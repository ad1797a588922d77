"""What every command costs at start-up in core/ and data/ (issue 11), checked by
the modules a fresh process loads, not by time: naming a catalogue form reads its
figures from the molmass-computed cache (no molmass, which brings dataclasses and
inspect with it), and only a formula outside the catalogue loads molmass; record
classes come from mgcalc.recordclass, so no command needs dataclasses for them."""

from __future__ import annotations

import pytest

from tests.cli.test_lean_paths import CHECK, COMPARE, DAYS, FOOD, LABEL, WRITERS, loaded

PLAN = WRITERS[:1]
CABINET = WRITERS[2:3]
ELEMENTAL = [["elemental", "citrate", "500mg", "--json"], ["compound", "oxide", "200mg"]]
CATALOGUE = [["forms", "--json"], ["forms", "--goal", "sleep", "--format", "csv"]]


@pytest.mark.parametrize(
    "argvs",
    [PLAN, CABINET, ELEMENTAL, CATALOGUE, COMPARE, LABEL, DAYS],
    ids=["plan", "cabinet-add", "calculators", "forms", "compare", "label", "log-days"],
)
def test_catalogue_forms_load_no_molmass(tmp_path, argvs: list[list[str]]) -> None:
    assert {"molmass", "molmass.elements"} & loaded(argvs, str(tmp_path)) == set()


def test_a_formula_outside_the_catalogue_loads_molmass(tmp_path) -> None:
    argvs = [["elemental", "Mg3(C6H5O7)2.14H2O", "500mg", "--json"]]
    assert "molmass" in loaded(argvs, str(tmp_path))


OTHERS = [
    ["serum", "2.0mg/dL"],
    ["interactions", "--medication", "ppis"],
    ["sources", "IOM97"],
    ["guide", "best-form"],
    ["log", "days", "14", "--sex", "female", "--json"],
]


def test_commands_in_a_pipe_load_no_dataclasses(tmp_path) -> None:
    """Record classes, TypedDicts and replace() need no dataclasses module (nor the
    inspect, ast and dis it imports, ~10 ms); molmass, which needs them, is not loaded
    for catalogue forms. Every command of the lean tests, in one process."""
    argvs = [*FOOD, *CHECK, *DAYS, *COMPARE, *LABEL, *WRITERS, *ELEMENTAL, *CATALOGUE, *OTHERS]
    assert {"dataclasses", "inspect", "molmass"} & loaded(argvs, str(tmp_path)) == set()


def test_numbers_are_written_without_decimal(tmp_path) -> None:
    """Tables write numbers without decimal, and food measures read '1/2 cup' with
    fractions only when a measure has a fraction (serum's rounding needs decimal)."""
    argvs = [*FOOD, *CHECK, *DAYS, *LABEL, *WRITERS, *ELEMENTAL, *OTHERS[1:]]
    assert {"decimal", "fractions"} & loaded(argvs, str(tmp_path)) == set()
