"""The fast path must agree with the Typer app on every argv it accepts."""

import re
import shlex
from importlib import import_module

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgcalc.cli.commandtable import COMMANDS
from mgcalc.cli.fastpath import plan
from mgcalc.render import OutputFormat
from tests.conftest import Ran

ARGVS = [
    ["elemental", "citrate", "500mg"],
    ["elemental", "citrate", "500mg", "--json"],
    ["elemental", "citrate", "500 mg", "--format", "csv"],
    ["elemental", "citrate", "500mg", "--format=ndjson"],
    ["elemental", "Magnesium Glycinate", "1,000 mg", "-n", "2", "--purity", "0.9", "-q"],
    ["elemental", "MgSO4.7H2O", "1g", "-f", "json"],
    ["elemental", "citrat", "500mg"],
    ["elemental", "citrate", "500xyz", "--json"],
    ["elemental", "citrate", "5 mmol"],
    ["compound", "glycinate", "200mg", "--unit-size", "500mg"],
    ["compound", "glycinate", "200mg", "--unit-size", "500mg", "--json"],
    ["compound", "oxide", "8 mmol", "-q"],
    ["convert", "10mmol"],
    ["convert", "20 mEq", "--format", "ndjson"],
    ["convert", "0", "--json"],
    ["elemental", "citrate", "500mg", "--json", "--format", "csv"],
    ["elemental", "citrate"],
    ["check", "--sex", "female", "--age", "34", "--food", "250", "--supplement", "300", "-q"],
    ["check", "--sex", "femal"],
    ["plan", "--sex", "male", "--goal", "sleep", "--json"],
    ["forms", "--sort", "NAME", "-q"],
    ["forms", "--goal", "nope"],
    ["food", "--search", "kale", "--limit", "0"],
    ["guide", "sleep", "--format", "md"],
    ["label", "Magnesium (as citrate) 200 mg 48%", "--servings", "2", "--json"],
    ["sources", "IOM97", "ODS", "-q"],
    ["schema", "nope"],
    ["elemental", "magnesium sulfate", "2g"],
    ["elemental", "carbonate", "1g", "--json"],
    ["compound", "magtein", "144mg", "--format", "csv"],
    ["elemental", "dimagnesium malate", "1g"],
    ["elemental", "sulfate", "2mL", "--concentration", "50%"],
    ["elemental", "sulfate", "2mL", "--concentration=4mEq/mL", "--json"],
    ["compound", "sulfate", "1g", "--concentration", "400mg/5mL", "-q"],
    ["elemental", "sulfate", "2mL"],
    ["elemental", "sulfate", "2g", "--concentration", "50%"],
    ["serum", "2.0mg/dL"],
    ["serum", "0.65", "mmol/L", "--json"],
    ["serum", "2.0"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_fast_and_typer_agree(mg, argv: list[str]) -> None:
    fast = mg(*argv)
    slow = mg(*argv, fast=False)
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)


@pytest.mark.parametrize(
    "argv",
    [
        ["elemental", "citrate", "500mg", "--help"],
        ["elemental", "citrate", "500mg", "-h"],
        ["elemental", "citrate", "500mg", "--format", "xml"],
        ["elemental", "citrate", "500mg", "--json", "--json"],
        ["elemental", "citrate", "500mg", "--count"],
        ["elemental", "citrate", "500mg", "--nope"],
        ["schema", "elemental", "extra"],
        ["elemental", "--", "citrate", "500mg"],
        ["elemental", "citrate", "-5mg"],
        ["elemental"],
        ["profile", "set", "--age", "30"],
        ["food", "--search", "kale", "--limit", "ten"],
        ["schema"],
        ["nosuchcommand"],
        ["--version"],
        [],
    ],
)
def test_fast_path_declines_what_it_does_not_understand(argv: list[str]) -> None:
    assert plan(argv) is None


def test_fast_path_declines_during_shell_completion(monkeypatch) -> None:
    monkeypatch.setenv("_MGCALC_COMPLETE", "bash_complete")
    assert plan(["forms"]) is None


def test_fast_path_passes_typed_values() -> None:
    planned = plan(["food", "--search", "kale", "--limit", "3", "-f", "JSON"])
    assert planned is not None
    _, kwargs = planned
    assert kwargs == {"search_text": "kale", "limit": 3, "fmt": OutputFormat.JSON}
    planned = plan(["check", "--sex", "female", "--food", "100", "--food=almonds 28g"])
    assert planned is not None and planned[1]["food"] == ["100", "almonds 28g"]


def _examples(doc: str) -> list[list[str]]:
    text = " ".join(doc.split())
    found = []
    for part in text.split("Example")[1:]:
        for example in part.partition(":")[2].split(";"):
            words = shlex.split(example)
            if words[:1] == ["mgcalc"]:
                found.append(words[1:])
    return found


def _example_argvs() -> list[list[str]]:
    argvs = []
    for name, spec in sorted(COMMANDS.items()):
        function = getattr(import_module(spec["module"]), spec["function"])
        argvs += [
            argv for argv in _examples(function.__doc__ or "") if argv[:1] == name.split()[:1]
        ]
        argvs.append([*name.split(), "--json"] if "--json" in spec["options"] else name.split())
    return argvs


@pytest.mark.parametrize("argv", _example_argvs(), ids=" ".join)
def test_every_command_agrees_on_both_paths(mg, tmp_path, monkeypatch, argv: list[str]) -> None:
    """Each command's help examples (and a bare run) give the same bytes either way."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MGCALC_HOME", str(tmp_path / "fast"))
    fast = mg(*argv)
    monkeypatch.setenv("MGCALC_HOME", str(tmp_path / "slow"))
    slow = mg(*argv, fast=False)

    def same(ran: Ran, home: str) -> tuple[int, str, str]:
        """where prints the home; the diary stamps entries with the clock."""
        text = (ran.out + "\0" + ran.err).replace(str(tmp_path / home), "HOME")
        if argv[0] == "log":
            text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+|\b\d\d:\d\d\b", "CLOCK", text)
        return (ran.code, *text.split("\0"))

    assert same(fast, "fast") == same(slow, "slow")


TOKENS = st.sampled_from(
    [
        "elemental",
        "compound",
        "convert",
        "forms",
        "food",
        "almonds",
        "--limit",
        "--search",
        "--sort",
        "name",
        "citrate",
        "oxide",
        "500mg",
        "1g",
        "x",
        "--json",
        "-q",
        "--format",
        "csv",
        "ndjson",
        "--count",
        "2",
        "--purity",
        "0.5",
        "--unit-size",
        "-n",
        "-f",
        "--format=json",
        "--quiet",
        "0",
        "-5mg",
        "10 mmol",
    ]
)


@settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # capsys is drained per call
@given(st.lists(TOKENS, min_size=1, max_size=7))
def test_random_argv_agree(mg, argv: list[str]) -> None:
    fast = mg(*argv)
    slow = mg(*argv, fast=False)
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)


_STUB_SCRIPT = """
import io, json, os, sys
from mgcalc.entry import run

def capture(argv, fast):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        code = run(argv, fast=fast)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    return [code, out.getvalue(), err.getvalue()]

argvs, home = json.loads(sys.argv[1]), sys.argv[2]
os.environ["MGCALC_HOME"] = os.path.join(home, "fast")
fast, loaded = [], None
for argv in argvs:
    fast.append(capture(argv, True))
    if loaded is None and "typer" in sys.modules:
        loaded = argv
os.environ["MGCALC_HOME"] = os.path.join(home, "slow")
slow = [capture(argv, False) for argv in argvs]
print(json.dumps({"fast": fast, "slow": slow, "typer_loaded": loaded}))
"""


def test_fast_path_without_typer_agrees_with_typer(tmp_path) -> None:
    """In a fresh process the fast path imports command modules against a stand-in
    for Typer (mgcalc.cli.typerstub): every command's examples give the same bytes as
    the Typer path run afterwards in the same process, and Typer is never loaded."""
    import json
    import os
    import subprocess
    import sys

    examples = _example_argvs()
    accepted = [argv for argv in examples if plan(argv) is not None]
    argvs = accepted + [argv for argv in examples if plan(argv) is None]
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("MGCALC_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-c", _STUB_SCRIPT, json.dumps(argvs), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    # what the fast path accepts runs without Typer (schema too); declined argv load it
    assert len(accepted) > 20 and result["typer_loaded"] not in accepted
    import re

    def timeless(ran: list) -> str:  # the diary stamps records with the time they were made
        return re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+|\b\d\d:\d\d\b", "CLOCK", json.dumps(ran))

    def same(ran: list, home: str) -> str:  # where and profile print the home
        return timeless(ran).replace(str(tmp_path / home), "HOME")

    for argv, fast, slow in zip(argvs, result["fast"], result["slow"], strict=True):
        assert same(fast, "fast") == same(slow, "slow"), argv


def test_json_runs_load_none_of_the_slow_modules(tmp_path) -> None:
    """Typer, pydantic, rich and sqlite3 stay off the paths that do not need them."""
    import os
    import subprocess
    import sys

    script = """
import io, sys
from mgcalc.entry import run
sys.stdout = io.StringIO()
for argv in (["elemental", "citrate", "500 mg", "--json"], ["convert", "10", "mmol", "-q"],
             ["check", "--sex", "female", "--age", "34", "--food", "250", "--json"],
             ["plan", "--sex", "male", "--food", "250", "--json"], ["forms", "--json"],
             ["label", "Magnesium (as citrate) 200 mg 48%", "--json"]):
    assert run(argv) == 0, argv
sys.stdout = sys.__stdout__
print(" ".join(sorted({"typer", "pydantic", "rich", "sqlite3"} & set(sys.modules))))
"""
    env = {**os.environ, "MGCALC_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
