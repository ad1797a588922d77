"""Every command has help that reads cleanly and shows an example (after sqlite-utils'
test that every command is documented). Commands come from the generated table, so
a command added later is checked without editing this file."""

import re

import pytest

from mgcalc.cli.app import click_command
from mgcalc.cli.commandtable import COMMANDS


def _command(name: str):
    command = click_command()
    for word in name.split():
        command = command.commands[word]
    return command


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(mg, name: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    ran = mg(*name.split(), "--help")
    assert ran.code == 0 and ran.err == ""
    text = " ".join(ran.out.split())
    assert re.search(rf"Examples?: mgcalc {re.escape(name)}\b", text), f"{name}: no example"
    assert _command(name).short_help or _command(name).help


GROUPS = sorted({"", *(" ".join(name.split()[:-1]) for name in COMMANDS)})


def _long_options(command) -> list[str]:
    return [o for p in command.params for o in p.opts if o.startswith("--")] + ["--help"]


def _words(text: str) -> set[str]:
    return {w.strip("│,[]") for w in text.split()}


@pytest.mark.parametrize("name", sorted(COMMANDS) + GROUPS[1:])
@pytest.mark.parametrize("columns", [40, 100])
def test_help_fits_the_terminal_and_reads_cleanly(mg, name: str, columns: int, monkeypatch):
    """Narrow or wide, help never cuts an option name or a word ('--pregn…',
    'Repeatab…'), no line is wider than the terminal, and there is no type clutter."""
    monkeypatch.setenv("COLUMNS", str(columns))
    ran = mg(*name.split(), "--help")
    assert ran.code == 0 and ran.err == ""
    assert "…" not in ran.out, f"{name} at {columns}: cut text"
    assert max(len(line.rstrip()) for line in ran.out.splitlines()) <= columns
    words = _words(ran.out)
    for option in _long_options(_command(name)):
        assert option in words, f"{name} at {columns}: {option} missing or cut"
    for clutter in ("<bool>", "<str>", "<int>", "<list[", "[[", "{"):
        assert clutter not in ran.out, f"{name}: {clutter!r} in help"


@pytest.mark.parametrize("columns", [60, 79, 80, 120])
@pytest.mark.parametrize("name", ["", "check", "plan", "label", "compare", "cabinet add"])
def test_help_of_the_widest_commands_fits_at_every_width(mg, name, columns, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = mg(*name.split(), "--help").out
    assert "…" not in out and max(len(line.rstrip()) for line in out.splitlines()) <= columns
    words = _words(out)
    assert all(option in words for option in _long_options(_command(name)))
    if name == "":  # a group's summaries are sentences, not "Elemental..."
        assert "Elemental magnesium between mg, mmol and mEq." in " ".join(out.split())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_parameter_has_help_and_states_its_default_once(name: str) -> None:
    from typer import _click as click

    command = _command(name)
    ctx = click.Context(command, info_name=name)
    for param in command.params:
        assert (param.help or "").strip(), f"{name} {param.name}: no help"
        record = param.get_help_record(ctx)
        if record is not None:
            assert record[1].lower().count("default") <= 1, f"{name} {param.name}: {record[1]}"


def test_root_help_lists_every_command(mg, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    out = mg("--help").out
    for name in {name.split()[0] for name in COMMANDS}:
        assert re.search(rf"^\W*{re.escape(name)}\s", out, re.MULTILINE), name


@pytest.mark.parametrize("columns", [None, 40, 79, 80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS) + GROUPS)
def test_help_into_a_pipe_starts_with_usage_and_has_no_trailing_spaces(
    mg, name: str, columns: int | None, monkeypatch
) -> None:
    """Not a terminal (the captured stdout is a pipe's stand-in): no blank first line
    padded with spaces, no line ending in spaces; still the same words and boxes."""
    if columns is not None:
        monkeypatch.setenv("COLUMNS", str(columns))
    out = mg(*name.split(), "--help").out
    first = out.splitlines()[0]
    assert first.startswith(f"Usage: mgcalc {name}".rstrip()), repr(first)
    assert not [line for line in out.splitlines() if line != line.rstrip()]
    assert out.endswith("\n") and not out.endswith("\n\n")
