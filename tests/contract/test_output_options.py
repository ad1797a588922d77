"""Output options: one shared check on every command.

Options that ask for two different outputs are a usage error (exit 2, one line on
stderr, nothing on stdout); --svg - writes the SVG to stdout; an --svg path that
cannot be written fails before anything is printed.
"""

from __future__ import annotations

import xml.dom.minidom

import pytest

from tests.contract.examples import EXAMPLES

CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]


def options(command: str, argv: list[str]) -> set[str]:
    from mgcalc.cli.app import load_command

    found = load_command(command)
    for word in argv:  # a command group: the subcommand's options
        sub = getattr(found, "commands", {}).get(word)
        if sub is not None:
            found = sub
    return {opt for param in found.params for opt in param.opts}


def refused(ran) -> bool:
    return ran.code == 2 and ran.out == "" and ran.err.count("\n") == 1


CONFLICTS = [
    ("--json", "--format", "csv"),
    ("--format", "ndjson", "--json"),
    ("-q", "--json"),
    ("-q", "--format", "csv"),
    ("--svg", "out.svg", "--json"),
    ("--svg", "out.svg", "-q"),
]


@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_conflicting_output_options_are_a_usage_error(mg, command, argv, stdin) -> None:
    have = options(command, argv)
    tried = 0
    for extra in CONFLICTS:
        if {e for e in extra if e.startswith("-")} <= have:
            ran = mg(command, *argv, *extra, stdin=stdin)
            assert refused(ran), f"{command} {argv} {extra}: {ran}"
            assert "--" in ran.err
            tried += 1
    assert tried or not {"--json", "-q", "--svg"} & have


def test_guide_markdown_and_json_conflict(mg) -> None:
    assert refused(mg("guide", "how-much", "--format", "md", "--json"))
    assert refused(mg("guide", "--format", "md", "-q"))
    assert mg("guide", "how-much", "--format", "md").out.startswith("# ")


SVG_CASES = [case for case in CASES if "--svg" in options(case[0], case[1])]


@pytest.mark.parametrize(("command", "argv", "stdin"), SVG_CASES)
def test_svg_dash_writes_only_svg_to_stdout(mg, command, argv, stdin) -> None:
    ran = mg(command, *argv, "--svg", "-", stdin=stdin)
    assert ran.code in (0, 1), ran.err
    assert ran.out.lstrip().startswith("<svg")
    xml.dom.minidom.parseString(ran.out)


@pytest.mark.parametrize(("command", "argv", "stdin"), SVG_CASES)
def test_unwritable_svg_path_fails_before_any_output(mg, tmp_path, command, argv, stdin) -> None:
    for target in (tmp_path / "missing" / "t.svg", tmp_path):
        ran = mg(command, *argv, "--svg", str(target), stdin=stdin)
        assert refused(ran), ran
        assert "cannot write SVG" in ran.err


def test_svg_to_a_file_still_prints_the_table(mg, tmp_path) -> None:
    target = tmp_path / "t.svg"
    ran = mg("elemental", "citrate", "500mg", "--svg", str(target))
    assert ran.code == 0 and "80.82 mg" in ran.out
    xml.dom.minidom.parseString(target.read_text(encoding="utf-8"))
