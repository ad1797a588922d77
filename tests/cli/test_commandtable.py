"""The generated command table matches the Typer app, command for command."""

from mgcalc.cli import tablegen
from mgcalc.cli.app import click_command
from mgcalc.cli.commandtable import COMMANDS
from mgcalc.cli.schematable import OUTPUTS


def _leaves(group, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            names |= _leaves(command, f"{prefix}{name} ")
        else:
            names.add(f"{prefix}{name}")
    return names


def test_table_is_current() -> None:
    assert tablegen.current() == COMMANDS, "run: python -m mgcalc.cli.tablegen"


def test_schema_table_is_current() -> None:
    """What ``mgcalc schema`` reads is what the command modules register."""
    assert tablegen.current_outputs() == OUTPUTS, "run: python -m mgcalc.cli.tablegen"


def test_every_registered_command_is_in_the_table() -> None:
    assert _leaves(click_command()) == set(COMMANDS)


def test_every_command_function_is_importable_from_its_entry() -> None:
    from importlib import import_module

    for name, spec in COMMANDS.items():
        function = getattr(import_module(spec["module"]), spec["function"])
        assert callable(function), name
