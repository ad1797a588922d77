"""Help text wraps to the terminal, never at the docstring's own line breaks."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from mgcalc.cli.app import click_command
from mgcalc.cli.commandtable import COMMANDS


def _commands():
    root = click_command()
    for name in sorted(COMMANDS):
        command = root
        for word in name.split():
            command = command.commands[word]
        yield name, command


@pytest.mark.parametrize(("name", "command"), list(_commands()))
def test_no_paragraph_keeps_a_docstring_line_break(name: str, command) -> None:
    for paragraph in (command.help or "").split("\n\n"):
        assert "\n" not in paragraph or paragraph.startswith("\b"), f"{name}: {paragraph!r}"


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_root_summaries_fill_their_lines(mg, columns: int, monkeypatch) -> None:
    """In the Commands box a summary line ends only where the next word would not fit
    (the serum summary broke after 'an adult reference' with room to spare)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    page = mg("--help").out
    lines = page[page.index("─ Commands ─") :].splitlines()[1:]
    rows = [m for line in lines if (m := re.match(r"^│ (\S*)(\s+)(.*?)\s*│$", line))]
    start = 2 + len(rows[0][1]) + len(rows[0][2])  # the column the summaries start in
    room = len(rows[0][0]) - start - 2  # up to the space before the right border
    for this, after in pairwise(rows):
        if after[1] or not this[3]:
            continue  # the next line starts another command
        first_word = after[3].split()[0]
        assert len(this[3]) + 1 + len(first_word) > room, (this[0], after[0])
