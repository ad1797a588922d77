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


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_reads_cleanly(mg, name: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    usage_and_table = mg(*name.split(), "--help").out
    for clutter in ("<bool>", "<str>", "<int>", "<list[", "[[", "{"):
        assert clutter not in usage_and_table, f"{name}: {clutter!r} in help"


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
