"""Every command path has a schema (``mgcalc schema log export``), and the real output of
each group command, run as a user would in one diary, validates against it."""

from __future__ import annotations

import json

import jsonschema

from mgcalc import CONTRACT_VERSION
from mgcalc.cli.commands import COMMANDS, Group

NIGHTLY = "Magnesium (as magnesium glycinate) 200 mg"
# (command path, argv after it), in the order a user would run them
RUNS = [
    ("profile set", ["--sex", "female", "--age", "34", "--egfr", "80"]),
    ("profile show", []),
    ("cabinet add", ["nightly", NIGHTLY, "--price", "9.5", "--count", "60"]),
    ("cabinet show", ["nightly"]),
    ("cabinet list", []),
    ("log add", ["nightly", "citrate 500mg", "--date", "2026-03-02", "--time", "08:30"]),
    ("log none", ["--date", "2026-03-01"]),
    ("log export", []),
    ("log day", ["2026-03-02"]),
    ("log days", ["3", "--end", "2026-03-02"]),
    ("log week", ["--end", "2026-03-02"]),
    ("log undo", []),
    ("log remove", ["1"]),
    ("cabinet remove", ["nightly"]),
]


def _schema(mg, path: str) -> dict:
    ran = mg("schema", *path.split())
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_every_command_path_has_a_schema_with_the_contract_version(mg) -> None:
    listed = set(mg("schema").out.splitlines())
    paths = {
        f"{name} {sub}" if sub else name
        for name, entry in COMMANDS.items()
        for sub in (entry.commands if isinstance(entry, Group) else [""])
    } - {"schema"}
    assert paths <= listed, sorted(paths - listed)
    for path in ("log export", "log days", "log add", "profile clear", "elemental"):
        document = _schema(mg, path)
        assert document["$id"].startswith(f"urn:mgcalc:contract:v{CONTRACT_VERSION}:")
        assert document["title"] == f"mgcalc {path}"


def test_real_group_outputs_validate_against_their_path_schema(mg) -> None:
    for path, argv in RUNS:
        ran = mg(*path.split(), *argv, "--json")
        assert ran.code == 0, f"{path}: {ran.err}"
        jsonschema.Draft202012Validator(_schema(mg, path)).validate(json.loads(ran.out))
    cleared = mg("profile", "clear")
    assert cleared.code == 0 and _schema(mg, "profile clear")["not"] == {}


def test_version_json_names_the_contract(mg) -> None:
    for argv in (["--version", "--json"], ["--json", "--version"]):
        ran = mg(*argv)
        assert ran.code == 0 and json.loads(ran.out)["contract"] == CONTRACT_VERSION
    assert mg("--version").out.startswith("mgcalc ")
