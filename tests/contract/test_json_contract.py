"""One JSON contract: every command's real output checked against its schema.

The commands and their examples come from tests/contract/examples.py; the schema
from ``mgcalc schema CMD``. Over all outputs of all commands, a key has one type,
a number is never a string, and CSV headers never repeat a column.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import sys
import tempfile
from collections import defaultdict
from functools import cache
from typing import Any

import jsonschema
import pytest

from tests.contract.examples import BATCH, EXAMPLES, NOT_DATA

CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]
NUMERIC_TEXT = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
# the user's own text, whatever it is
ECHOED = {"input", "given", "name", "query", "error", "concentration"}
IDENTIFIERS = {"ndb", "id"}  # codes that happen to be digits (USDA NDB "01001")
# Conflicts being mended by their owners; remove an entry when it lands. Any other
# conflict, and any new place these keys conflict, still fails.
BEING_FIXED: dict[str, str] = {}


def part(document: dict[str, Any], name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}", "$defs": document["$defs"]}


def validate(instance: Any, schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema).validate(instance)


def _stdout(home: str, args: tuple[str, ...], stdin: str) -> str:
    """stdout of ``mgcalc ARGS`` run in-process with HOME as MGCALC_HOME."""
    import os

    from mgcalc.entry import run

    out, err = io.StringIO(), io.StringIO()
    saved, saved_home = sys.stdin, os.environ.get("MGCALC_HOME")
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    os.environ["MGCALC_HOME"] = home
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(list(args))
    finally:
        sys.stdin = saved
        if saved_home is None:
            os.environ.pop("MGCALC_HOME", None)
        else:
            os.environ["MGCALC_HOME"] = saved_home
    assert code in (0, 1), f"mgcalc {' '.join(args)}: exit {code}: {err.getvalue()}"
    return out.getvalue()


# Outputs are computed once per session and shared by the tests, so none may depend
# on the home of the test that happens to ask first: each is made in a home of its own.
_HOMES = tempfile.TemporaryDirectory(prefix="mgcalc-contract-")


def _fresh_home() -> str:
    return tempfile.mkdtemp(dir=_HOMES.name)


@cache
def output(args: tuple[str, ...], stdin: str = "") -> str:
    """stdout of ``mgcalc ARGS`` run in-process in a fresh home, once per session."""
    return _stdout(_fresh_home(), args, stdin)


@cache
def example_outputs(command: str, fmt: tuple[str, ...]) -> dict[tuple[tuple[str, ...], str], str]:
    """stdout of each example of COMMAND (with the FMT options), run in the order
    listed in one fresh home: `cabinet list` shows what `cabinet add` stored, in every
    format, whichever test asks first."""
    home = _fresh_home()
    return {
        (tuple(argv), stdin): _stdout(home, (command, *argv, *fmt), stdin)
        for argv, stdin in EXAMPLES[command]
    }


def run_ok(command: str, argv: list[str], stdin: str, *fmt: str) -> str:
    if (argv, stdin) in EXAMPLES.get(command, []):
        return example_outputs(command, fmt)[(tuple(argv), stdin)]
    return output((command, *argv, *fmt), stdin)


def schema_of(command: str, *extra: str) -> dict[str, Any]:
    document = json.loads(output(("schema", command, *extra)))
    jsonschema.Draft202012Validator.check_schema(document)
    return document


def app_commands() -> set[str]:
    from mgcalc.cli.app import COMMANDS

    return set(COMMANDS) - NOT_DATA


def test_every_command_has_a_schema_and_examples() -> None:
    from mgcalc.cli.outputs import OUTPUTS

    commands = app_commands()
    variants = {name for name in OUTPUTS if name.split("-")[0] in commands}
    assert commands <= variants == set(OUTPUTS), (
        "add each command's records to mgcalc.cli.outputs.OUTPUTS (a group's commands "
        "as 'group-command')"
    )
    assert app_commands() == set(EXAMPLES), "add the command to tests/contract/examples.py"
    with_batch = {c for c in app_commands() if "--batch" in options_of(c)}
    assert set(BATCH) == with_batch, (
        "add batch input for each command with --batch to BATCH in tests/contract/examples.py"
    )
    assert {name for name, records in OUTPUTS.items() if records.batch} == with_batch, (
        "OUTPUTS[name].batch says whether the command has --batch"
    )


def options_of(command: str) -> str:
    from mgcalc.cli.app import load_command

    return " ".join(o for p in load_command(command).params for o in p.opts)


def walk_properties(document: dict[str, Any]):
    for name, definition in document["$defs"].items():
        for key, prop in definition.get("properties", {}).items():
            yield name, key, prop


def json_types(prop: dict[str, Any]) -> set[str]:
    """The non-null JSON types a schema property allows (integer counts as number)."""
    if "$ref" in prop:
        return {"object"}
    if "anyOf" in prop:
        return set().union(*(json_types(option) for option in prop["anyOf"]))
    kinds = prop.get("type", [])
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    found = {"number" if k == "integer" else k for k in kinds} - {"null"}
    if "array" in found and "items" in prop:
        found = (found - {"array"}) | {f"array of {t}" for t in json_types(prop["items"])}
    return found


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_every_field_has_a_description_and_numbers_a_unit(command: str) -> None:
    for record, key, prop in walk_properties(schema_of(command)):
        assert prop.get("description"), f"{record}.{key} has no description"
        if json_types(prop) & {"number", "array of number"}:
            assert prop.get("unit"), f"{record}.{key} is a number without a unit"


def test_schemas_agree_on_every_key() -> None:
    """Statically: across the records of all commands, one key has one type."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for command in sorted(EXAMPLES):
        for record, key, prop in walk_properties(schema_of(command)):
            seen[key][f"{command}:{record}"] = " or ".join(sorted(json_types(prop)))
    conflicts = {
        key: where
        for key, where in seen.items()
        if len(set(where.values())) > 1 and key not in BEING_FIXED
    }
    assert not conflicts, json.dumps(conflicts, indent=1)


def observe(value: Any, where: str, seen: dict[str, dict[str, str]]) -> None:
    """Note key -> JSON type over a real output, and check numbers are numbers."""
    if isinstance(value, list):
        for item in value:
            observe(item, where, seen)
        return
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        if key == "extra" or item is None:
            continue
        if isinstance(item, bool):
            kind = "bool"
        elif isinstance(item, int | float):
            kind = "number"
        elif isinstance(item, list):
            if not item:
                continue  # an empty list fits any list type
            kind = "list of " + ",".join(sorted({json_kind(i) for i in item}))
        else:
            kind = json_kind(item)
        seen[key].setdefault(kind, where)
        exempt = ECHOED | IDENTIFIERS | set(BEING_FIXED)
        if isinstance(item, str) and key not in exempt and not key.endswith("_display"):
            assert not NUMERIC_TEXT.fullmatch(item.strip()), (
                f"{where}: {key}={item!r} is a number written as a string; give the "
                "number, and a separate display field if a symbol is needed"
            )
        if key == "life_stage":
            assert re.fullmatch(r"(female|male)(, pregnant|, lactating)?, [^()]+", item), (
                f"{where}: life_stage holds the stage only, got {item!r}"
            )
        observe(item, where, seen)


def json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    return "number" if isinstance(value, int | float) else type(value).__name__


def batch_args(command: str) -> list[tuple[str, list[str], str]]:
    return [(command, ["--batch", "-"], BATCH[command])] if command in BATCH else []


def every_output() -> list[tuple[str, Any]]:
    """(where, parsed record or document) over JSON and NDJSON of every example."""
    found = []
    for command, argv, stdin in CASES + [c for name in BATCH for c in batch_args(name)]:
        where = f"mgcalc {command} {' '.join(argv)}"
        found.append((where + " --json", json.loads(run_ok(command, argv, stdin, "--json"))))
        for line in run_ok(command, argv, stdin, "-f", "ndjson").splitlines():
            found.append((where + " -f ndjson", json.loads(line)))
    return found


@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_json_and_ndjson_outputs_match_the_schema(command, argv, stdin) -> None:
    document = schema_of(command)
    whole = json.loads(run_ok(command, argv, stdin, "--json"))
    validate(whole, document)
    lines = run_ok(command, argv, stdin, "--format", "ndjson").splitlines()
    assert len(lines) == (len(whole) if isinstance(whole, list) else 1)
    for line in lines:
        validate(json.loads(line), part(document, "record"))


@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_csv_has_one_column_per_key_and_the_schema_knows_it(command, argv, stdin) -> None:
    keys = {key for _, key, _ in walk_properties(schema_of(command))}
    rows = list(csv.reader(io.StringIO(run_ok(command, argv, stdin, "-f", "csv"))))
    assert len(rows[0]) == len(set(rows[0])), f"duplicate CSV columns: {rows[0]}"
    assert set(rows[0]) <= keys
    assert all(len(row) == len(rows[0]) for row in rows[1:])


@pytest.mark.parametrize("command", sorted(BATCH))
def test_batch_records_match_the_schema(command: str) -> None:
    one = schema_of(command, "--batch")
    stdin = BATCH[command]
    args = ["--batch", "-"]
    lines = run_ok(command, args, stdin, "-f", "ndjson").splitlines()
    data = [t for t in stdin.splitlines() if t and not t.startswith("#")]
    header = data[0].startswith(("sex,", "name,"))
    assert len(lines) == len(data) - header
    for line in lines:
        validate(json.loads(line), one)
    validate(json.loads(run_ok(command, args, stdin, "--json")), schema_of(command))
    rows = list(csv.reader(io.StringIO(run_ok(command, args, stdin, "-f", "csv"))))
    assert len(rows[0]) == len(set(rows[0])), f"duplicate CSV columns: {rows[0]}"
    assert set(rows[0]) <= {key for _, key, _ in walk_properties(one)}


def test_one_key_has_one_type_and_numbers_are_numbers_in_every_output() -> None:
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for where, value in every_output():
        observe(value, where, seen)
    assert len(seen) > 50
    conflicts = {
        key: kinds for key, kinds in seen.items() if len(kinds) > 1 and key not in BEING_FIXED
    }
    assert not conflicts, json.dumps(conflicts, indent=1)


def test_schema_of_an_unknown_command_or_batch_is_a_usage_error(mg) -> None:
    ran = mg("schema", "elementl")
    assert ran.code == 2 and "elemental" in ran.err
    ran = mg("schema", "forms", "--batch")
    assert ran.code == 2 and ran.err.startswith("mgcalc: error:")
