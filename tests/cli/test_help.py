"""Every command has help that reads cleanly and shows an example (after sqlite-utils'
test that every command is documented). Commands come from the app's own table, so
a command added later is checked without editing this file."""

import re

import pytest
import typer

from mgcalc.cli.app import every_command
from mgcalc.cli.commands import COMMANDS

EVERY = every_command()
LEAVES = sorted(name for name, command in EVERY.items() if not hasattr(command, "commands"))
GROUPS = sorted(name for name, command in EVERY.items() if hasattr(command, "commands"))


@pytest.mark.parametrize("name", ["", *EVERY])
def test_every_command_and_group_answers_help_with_exit_0(mg, name: str) -> None:
    for flag in ("--help", "-h"):
        ran = mg(*name.split(), flag)
        assert (ran.code, ran.err) == (0, ""), (name, flag, ran.err)
        assert ran.out.startswith(f"Usage: mgcalc {name}".rstrip() + " "), ran.out[:80]


@pytest.mark.parametrize("name", ["", *GROUPS, "elemental", "compound", "convert"])
def test_no_arguments_where_they_are_needed_prints_help_with_exit_0(mg, name: str) -> None:
    ran = mg(*name.split())
    assert (ran.code, ran.err) == (0, "")
    assert ran.out == mg(*name.split(), "--help").out


@pytest.mark.parametrize("name", LEAVES)
def test_every_command_has_help_with_an_example(mg, name: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    ran = mg(*name.split(), "--help")
    assert ran.code == 0 and ran.err == ""
    text = " ".join(ran.out.split())
    assert re.search(rf"Examples?: mgcalc {re.escape(name)}\b", text), f"{name}: no example"


@pytest.mark.parametrize("group", ["", *GROUPS])
def test_a_group_lists_each_command_with_its_own_summary(mg, group: str, monkeypatch) -> None:
    """The summaries ``mgcalc --help`` and ``mgcalc log --help`` show (kept in the
    table of commands, so that help imports no command) are each command's own
    first paragraph."""
    monkeypatch.setenv("COLUMNS", "120")
    listed = " ".join(mg(*group.split(), "--help").out.split())
    table = COMMANDS if not group else COMMANDS[group].commands
    for name, entry in table.items():
        own = EVERY[f"{group} {name}".strip()].help.split("\n\n")[0]
        assert " ".join(own.split()) == entry.summary, name
        assert f" {name} {entry.summary}" in listed, name


def _long_options(command) -> list[str]:
    return [o for p in command.params for o in p.opts if o.startswith("--")] + ["--help"]


def _words(text: str) -> set[str]:
    return {w.strip(",[]") for w in text.split()}


@pytest.mark.parametrize("name", LEAVES + GROUPS)
@pytest.mark.parametrize("columns", [40, 100])
def test_help_fits_the_terminal_and_reads_cleanly(mg, name: str, columns: int, monkeypatch):
    """Narrow or wide, help never cuts an option name or a word, no line is wider
    than the terminal, and there is no type clutter (``<str>``, ``[[FILE]]``)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    ran = mg(*name.split(), "--help")
    assert ran.code == 0 and ran.err == ""
    assert "…" not in ran.out, name
    assert max(len(line) for line in ran.out.splitlines()) <= columns
    words = _words(ran.out)
    for option in _long_options(EVERY[name]):
        assert option in words, f"{name} at {columns}: {option} missing or cut"
    for clutter in ("<bool>", "<str>", "<int>", "<float>", "<list[", "[[", "{"):
        assert clutter not in ran.out, f"{name}: {clutter!r} in help"
    split = [line for line in ran.out.splitlines() if re.search(r"\w-$", line)]
    assert split == [], f"{name} at {columns}: a hyphenated word split across lines"


@pytest.mark.parametrize("columns", [60, 79, 80, 120])
@pytest.mark.parametrize("name", ["", "check", "plan", "label", "compare", "cabinet add"])
def test_help_of_the_widest_commands_fits_at_every_width(mg, name, columns, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = mg(*name.split(), "--help").out
    assert max(len(line) for line in out.splitlines()) <= columns
    if name:
        words = _words(out)
        assert all(option in words for option in _long_options(EVERY[name]))
    else:  # a group's summaries are whole sentences, not "Elemental..."
        assert "Elemental magnesium between mg, mmol and mEq." in " ".join(out.split())


@pytest.mark.parametrize("name", LEAVES)
def test_every_parameter_has_help_and_states_its_default_once(name: str) -> None:
    command = EVERY[name]
    ctx = typer.Context(command, info_name=name)
    for param in command.params:
        assert (param.help or "").strip(), f"{name} {param.name}: no help"
        record = param.get_help_record(ctx)
        if record is not None:
            assert record[1].lower().count("default") <= 1, f"{name} {param.name}: {record[1]}"


@pytest.mark.parametrize("columns", [None, 40, 79, 80, 120])
@pytest.mark.parametrize("name", ["", *LEAVES, *GROUPS])
def test_help_into_a_pipe_starts_with_usage_and_has_no_trailing_spaces(
    mg, name: str, columns: int | None, monkeypatch
) -> None:
    """Not a terminal (the captured stdout is a pipe's stand-in): the page starts
    with its Usage line, no line ends in spaces, and one newline ends it."""
    if columns is not None:
        monkeypatch.setenv("COLUMNS", str(columns))
    out = mg(*name.split(), "--help").out
    first = out.splitlines()[0]
    assert first.startswith(f"Usage: mgcalc {name}".rstrip()), repr(first)
    assert not [line for line in out.splitlines() if line != line.rstrip()]
    assert out.endswith("\n") and not out.endswith("\n\n")
