"""An unknown choice is one error line that lists the valid choices, and completion
offers exactly those choices (one vocabulary per option, refused and offered alike)."""

import pytest
import typer

from mgcalc.cli.app import every_command, load_command
from mgcalc.cli.outputs import OUTPUTS
from mgcalc.core.knowledge.goals import goal_ids
from mgcalc.core.reference.lifestage import SEXES
from mgcalc.data.knowledge import topics
from mgcalc.data.labels import daily_values
from mgcalc.data.reference import standards
from mgcalc.render import OutputFormat


def _schemas() -> list[str]:
    return sorted(OUTPUTS)


CASES = [
    (["check", "--sex", "x"], "sex", lambda: SEXES),
    (["check", "--sex", "female", "--standard", "uk"], "standard", lambda: list(standards())),
    (["plan", "--sex", "male", "--food", "0", "--goal", "slep"], "goal", goal_ids),
    (["forms", "--goal", "slep"], "goal", goal_ids),
    (["guide", "slep"], "guide topic", lambda: [t.id for t in topics()]),
    (
        ["label", "--form", "glycinate", "--compound", "100mg", "--dv-basis", "kid"],
        "DV basis",
        lambda: list(daily_values()),
    ),
    (["schema", "elementl"], "schema name", _schemas),
    (["elemental", "citrate", "5mg", "--format", "xml"], "format", lambda: list(OutputFormat)),
    (["forms", "--sort", "size"], "sort", lambda: ["fraction", "name", "id", "absorption"]),
    (["guide", "--format", "rst"], "format", lambda: ["table", "md", "json", "csv", "ndjson"]),
]


@pytest.mark.parametrize(
    ("argv", "kind", "choices"), CASES, ids=lambda v: getattr(v, "__name__", str(v)[:30])
)
def test_unknown_choice_lists_the_valid_ones(mg, argv, kind, choices) -> None:
    ran = mg(*argv)
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith(f"mgcalc: error: unknown {kind} ") and ran.err.count("\n") == 1
    listed = ran.err.rsplit("valid choices: ", 1)[1].strip()
    assert listed.split(", ") == [str(getattr(c, "value", c)) for c in choices()]


def _param(command: str, name: str):
    cmd = load_command(command)
    return cmd, next(p for p in cmd.params if p.name == name)


def _offered(command, name: str, incomplete: str = "") -> list[str]:
    cmd, param = _param(command, name) if isinstance(command, str) else (command, None)
    if param is None:
        param = next(p for p in cmd.params if p.name == name)
    ctx = typer.Context(cmd, info_name=cmd.name)
    return [item.value for item in param.shell_complete(ctx, incomplete)]


@pytest.mark.parametrize(
    ("command", "name", "choices"),
    [
        ("check", "sex", lambda: SEXES),
        ("check", "standard", lambda: list(standards())),
        ("plan", "standard", lambda: list(standards())),
        ("label", "standard", lambda: list(standards())),
        ("plan", "goal", goal_ids),
        ("forms", "goal", goal_ids),
        ("guide", "topic", lambda: [t.id for t in topics()]),
        ("label", "dv_basis", lambda: list(daily_values())),
        ("schema", "command_words", _schemas),
    ],
)
def test_completion_offers_the_same_choices(command: str, name: str, choices) -> None:
    assert sorted(_offered(command, name)) == sorted(choices())


def test_every_choice_option_completes_to_the_choices_its_help_names() -> None:
    """``--format table|json|csv|ndjson``, ``--sort ...``: completion offers exactly
    the values the help line names (the same list the error gives, above)."""
    checked = 0
    for words, command in every_command().items():
        for param in command.params:
            offered = _offered(command, param.name) if param.metavar else []
            if offered and "|" in param.metavar:
                assert sorted(offered) == sorted(param.metavar.split("|")), (words, param.name)
                checked += 1
    assert checked >= 20  # every data command's --format, forms --sort, guide --format


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["food", "--search", "kale", "--limit", "ten"],
            "--limit must be a whole number, got 'ten'",
        ),
        (["label", "Magnesium 100 mg", "--servings", "2.5"], "--servings must be a whole number"),
    ],
)
def test_a_number_option_given_text_is_one_plain_error(mg, argv, message) -> None:
    ran = mg(*argv)
    assert ran.code == 2 and ran.out == ""
    assert ran.err == f"mgcalc: error: {message}" + ran.err[len("mgcalc: error: ") + len(message) :]
    assert ran.err.count("\n") == 1 and "Input should be" not in ran.err


@pytest.mark.parametrize("given", ["2.0", " 2 ", "+2", "02"])
def test_a_whole_number_option_reads_what_a_spreadsheet_writes(mg, given: str) -> None:
    ran = mg("food", "--search", "kale", "--limit", given, "--json")
    assert (
        ran.code == 0
        and ran.json() == mg("food", "--search", "kale", "--limit", "2", "--json").json()
    )


@pytest.mark.parametrize("given", ["2.5", "1e1", "2.", "0x10", "١٢"])
def test_a_whole_number_option_refuses_anything_else(mg, given: str) -> None:
    ran = mg("food", "--search", "kale", "--limit", given)
    assert (ran.code, ran.out) == (2, "")
    assert ran.err == f"mgcalc: error: --limit must be a whole number, got '{given}'\n"
