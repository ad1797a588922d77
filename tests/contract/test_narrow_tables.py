"""Tables at any width: no number is ever cut, whatever COLUMNS says.

Every command's table at 40, 60 and 80 columns must show every number its wide
table shows, whole; text wraps between words and, when numbers would not fit, the
rows turn into key/value lines. A COLUMNS that is not a positive number is unset.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mgcalc.render.layout import fit_widths, key_value_lines, longest_word, wrap
from mgcalc.render.plain import FRAME
from mgcalc.render.views import Column, View
from tests.contract.examples import EXAMPLES, NOT_DATA

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a figure with its unit on one line: "350 mg", "4.06 mEq/mL" (not split across lines)
WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)* (?:mg|g|kg|mmol|mEq|mL|mg/dL|mmol/L)\b")
WORD = re.compile(r"[A-Za-z]+")
CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]


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


@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_narrow_tables_keep_figures_with_units_and_whole_words(
    mg, monkeypatch, command, argv, stdin
) -> None:
    """No unit goes to the line after its figure ("320" / "mg"), and no word of a
    header is cut ("Food mg" drawn as "Food m"), in a table, a note, a key/value line
    or the guide; and no line is wider than the width unless one word is."""
    wide = table_at(mg, monkeypatch, "400", command, argv, stdin)
    for width in ("40", "60", "80"):
        narrow = table_at(mg, monkeypatch, width, command, argv, stdin)
        split = with_units(wide) - with_units(narrow)
        assert not split, f"COLUMNS={width} split {sorted(split)} from their units:\n{narrow}"
        whole = set(WORD.findall(wide))
        cut = {
            word
            for word in set(WORD.findall(narrow)) - whole
            if any(other.startswith(word) for other in whole)
        }
        assert not cut, f"COLUMNS={width} cut words to {sorted(cut)}:\n{narrow}"
        wide_lines = [
            line
            for line in narrow.splitlines()
            if len(line) > int(width) and longest_word(line) < len(line)
        ]
        assert not wide_lines, f"COLUMNS={width}: lines over the width:\n{narrow}"


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
    widths = fit_widths(view, 40, FRAME)
    assert widths is not None and widths[2] == len("1418.82 mg")
    assert widths[1] >= len("stomach") and sum(widths) + 2 * 2 <= 40
    assert fit_widths(view, 25, FRAME) is None
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


def test_every_result_has_a_view_that_exists() -> None:
    """A result a command can show (it has quiet() and record() or records()) has an
    entry in VIEWS, and the entry names a function that exists."""
    import importlib
    import inspect
    import pkgutil

    import mgcalc.core
    from mgcalc.render.views.base import VIEWS

    results = set()
    for module in pkgutil.walk_packages(mgcalc.core.__path__, "mgcalc.core."):
        for name, value in vars(importlib.import_module(module.name)).items():
            shown = hasattr(value, "quiet") and (
                hasattr(value, "record") or hasattr(value, "records")
            )
            if inspect.isclass(value) and value.__module__ == module.name and shown:
                results.add(name)
    results.discard("GuideResult")  # a page of text: render.guide_page draws it
    assert results and results <= set(VIEWS), results - set(VIEWS)
    for target in VIEWS.values():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(f"mgcalc.render.views.{module}"), function))


def test_wrap_keeps_a_figure_with_its_unit() -> None:
    assert wrap("172% of RDA 320 mg", 15) == ["172% of RDA", "320 mg"]
    assert wrap("4.06 mEq/mL, not 8", 12) == ["4.06 mEq/mL,", "not 8"]
    assert wrap("take 3 tablets", 8) == ["take 3", "tablets"]  # not a unit


def test_wrap_never_cuts_a_word() -> None:
    """A word longer than the line stands whole on its own line; hyphens are not
    break points ("11-20"); spaces at the start are kept, and an empty text is one
    empty line."""
    assert wrap("a magnesiumbisglycinate b", 8) == ["a", "magnesiumbisglycinate", "b"]
    assert wrap("dates 11-20 to 11-27", 8) == ["dates", "11-20 to", "11-27"]
    assert wrap("  #12 nightly", 8) == ["  #12", "nightly"]
    assert wrap("", 10) == [""]
