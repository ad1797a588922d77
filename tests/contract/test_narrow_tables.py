"""Tables at any width: no number is ever cut, whatever COLUMNS says.

Every command's table at 40, 60 and 80 columns must show every number its wide
table shows, whole; text wraps between words and, when numbers would not fit, the
rows turn into key/value lines. A COLUMNS that is not a positive number is unset.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mgcalc.render.layout import fit_widths, key_value_lines
from mgcalc.render.views import Column, View
from tests.contract.examples import EXAMPLES, NOT_DATA

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a figure with its unit on one line: "350 mg", "4.06 mEq/mL" (not split across lines)
WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)* (?:mg|g|kg|mmol|mEq|mL|mg/dL|mmol/L)\b")
WORD = re.compile(r"[A-Za-z]+")
CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]
# the guide is prose drawn as rich.markdown draws it (tests/render), which breaks
# lines at any space; tables, notes and key/value lines keep a figure with its unit
TABLE_CASES = [case for case in CASES if case[0] != "guide"]


def numbers(text: str) -> Counter[str]:
    return Counter(NUMBER.findall(text))


def with_units(text: str) -> Counter[str]:
    return Counter(WITH_UNIT.findall(text))


def table_at(mg, monkeypatch, width: str, command: str, argv: list[str], stdin: str) -> str:
    monkeypatch.setenv("COLUMNS", width)
    ran = mg(command, *argv, stdin=stdin)
    assert ran.code in (0, 1), ran.err
    return ran.out


def test_every_command_has_examples() -> None:
    from mgcalc.cli.app import COMMANDS

    assert set(COMMANDS) - NOT_DATA == set(EXAMPLES)


@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_narrow_tables_keep_every_number_whole(mg, monkeypatch, command, argv, stdin) -> None:
    wide = numbers(table_at(mg, monkeypatch, "400", command, argv, stdin))
    for width in ("40", "60", "80"):
        narrow = table_at(mg, monkeypatch, width, command, argv, stdin)
        missing = wide - numbers(narrow)
        assert not missing, f"COLUMNS={width} lost {sorted(missing)}:\n{narrow}"


@pytest.mark.parametrize(("command", "argv", "stdin"), TABLE_CASES)
def test_narrow_tables_keep_figures_with_units_and_whole_words(
    mg, monkeypatch, command, argv, stdin
) -> None:
    """No unit goes to the line after its figure ("320" / "mg"), and no word of a
    header is cut ("Food mg" drawn as "Food m"), in a table, a note or a key/value line."""
    wide = table_at(mg, monkeypatch, "400", command, argv, stdin)
    for width in ("40", "60", "80"):
        narrow = table_at(mg, monkeypatch, width, command, argv, stdin)
        split = with_units(wide) - with_units(narrow)
        assert not split, f"COLUMNS={width} split {sorted(split)} from their units:\n{narrow}"
        whole = set(WORD.findall(wide))
        # a word wider than the terminal (a long path) is folded, as rich folds it
        folded = [token for token in wide.split() if len(token) > int(width)]
        cut = {
            word
            for word in set(WORD.findall(narrow)) - whole
            if any(other.startswith(word) for other in whole)
            and not any(word in token for token in folded)
        }
        assert not cut, f"COLUMNS={width} cut words to {sorted(cut)}:\n{narrow}"


@pytest.mark.parametrize("columns", ["0", "-5", "abc", " ", "1e3", "99999999999999999999"])
def test_columns_that_are_not_a_width_count_as_unset(mg, monkeypatch, columns) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    unset = mg("elemental", "citrate", "500mg")
    monkeypatch.setenv("COLUMNS", columns)
    ran = mg("elemental", "citrate", "500mg")
    assert (ran.code, ran.out, ran.err) == (0, unset.out, "")
    assert "80.82 mg" in ran.out


def test_text_columns_wrap_before_the_table_turns_vertical() -> None:
    view = View(
        "t",
        [Column("Name"), Column("Note"), Column("Dose", True)],
        [["glycinate", "gentle on the stomach and calming before sleep", "1418.82 mg"]],
    )
    widths = fit_widths(view, 40)
    assert widths is not None and widths[2] == len("1418.82 mg")
    assert widths[1] >= len("stomach") and sum(widths) + 3 * 3 - 1 <= 40
    assert fit_widths(view, 25) is None
    lines = key_value_lines(view, 25)
    assert "Dose  1418.82 mg" in lines
    assert all(len(line) <= 25 for line in lines)


@pytest.mark.parametrize("columns", ["0", "-5", "abc"])
def test_help_ignores_columns_that_are_not_a_width(mg, monkeypatch, columns) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    unset = mg("elemental", "--help")
    monkeypatch.setenv("COLUMNS", columns)
    ran = mg("elemental", "--help")
    assert ran.code == 0 and ran.out == unset.out and "FORM" in ran.out


def test_view_for_knows_every_views_module() -> None:
    """view_for imports views modules lazily from VIEW_MODULES: a module left out of
    it would leave its results without a table."""
    import pkgutil

    import mgcalc.render.views as views
    from mgcalc.render.views.base import VIEW_MODULES

    modules = {m.name for m in pkgutil.iter_modules(views.__path__)} - {"base"}
    assert set(VIEW_MODULES) == modules and len(VIEW_MODULES) == len(modules)


def test_wrap_keeps_a_figure_with_its_unit() -> None:
    from mgcalc.render import wrap

    assert wrap("172% of RDA 320 mg", 15, glue=True) == ["172% of RDA ", "320 mg"]
    assert wrap("4.06 mEq/mL, not 8", 12, glue=True) == ["4.06 mEq/mL,", "not 8"]
    assert wrap("take 3 tablets", 8, glue=True) == ["take 3 ", "tablets"]  # not a unit
    assert wrap("172% of RDA 320 mg", 15) == ["172% of RDA 320", "mg"]  # rich's own rule
