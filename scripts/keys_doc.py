"""Write docs/keys.md: every JSON key mgcalc prints, with its type, unit, meaning and the
commands that print it, read from the schemas (``mgcalc schema``), never typed by hand.

    python scripts/keys_doc.py            rewrite docs/keys.md
    python scripts/keys_doc.py --check    exit 1 if docs/keys.md is stale

tests/contract/test_keys_doc.py runs the check.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from mgcalc import CONTRACT_VERSION
from mgcalc.cli.outputs import OUTPUTS, record_types
from mgcalc.render.schema import Output, command_schema

PAGE = Path(__file__).resolve().parents[1] / "docs" / "keys.md"


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return "object"
    if "anyOf" in prop:
        return " or ".join(sorted({_type(option) for option in prop["anyOf"]}))
    kinds = prop.get("type", "")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    names = []
    for kind in kinds:
        if kind == "array" and "items" in prop:
            names.append(f"array of {_type(prop['items'])}")
        else:
            names.append(kind)
    return " or ".join(names)


def render() -> str:
    keys: dict[str, dict[str, Any]] = {}
    commands: dict[str, set[str]] = defaultdict(set)
    for name, declared in OUTPUTS.items():
        output = Output(
            record_types(declared.single), record_types(declared.listing), declared.batch
        )
        if not output.records:
            continue
        document = command_schema(name, output)
        for definition in document["$defs"].values():
            for key, prop in definition.get("properties", {}).items():
                keys.setdefault(key, prop)
                if "-" in name or name not in {n.split("-")[0] for n in OUTPUTS if "-" in n}:
                    commands[key].add(name.replace("-", " "))
    lines = [
        "# Every JSON key",
        "",
        f"Contract v{CONTRACT_VERSION}. Generated from the schemas by `python scripts/keys_doc.py`",
        "(do not edit by hand): each key mgcalc prints, with its JSON type, its unit and",
        "its meaning, the same in every command that prints it. See [contract.md](contract.md).",
        "",
        "| key | type | unit | meaning | commands |",
        "|---|---|---|---|---|",
    ]
    for key in sorted(keys):
        prop = keys[key]
        meaning = prop.get("description", "").replace("|", "\\|")
        where = ", ".join(f"`{c}`" for c in sorted(commands[key]))
        lines.append(f"| `{key}` | {_type(prop)} | {prop.get('unit', '')} | {meaning} | {where} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text:
            print("docs/keys.md is stale: run python scripts/update_docs.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
