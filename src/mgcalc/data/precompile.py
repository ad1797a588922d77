"""Write (or check) the parsed copies of the package data: ``data/parsed/*.json``.

Each TOML file is parsed here and stored as JSON (parsed by C, not by tomllib's
pure Python) together with the length and CRC-32 of the bytes it was made from;
:func:`mgcalc.data.read_toml` uses a copy only when those match the TOML file as
it is, so an edited TOML file is never read from an old copy, only more slowly
until this is run again. A test fails while any copy is out of date.

``python -m mgcalc.data.precompile`` rewrites them; ``--check`` lists the stale
ones and exits 1.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from typing import Any

from mgcalc import data
from mgcalc.data import PARSED_DIR, parsed_copy, parsed_copy_path, source_stamp


def toml_files() -> list[str]:
    return sorted(name for name in os.listdir(data.DATA_DIR) if name.endswith(".toml"))


def fresh_copy(name: str) -> dict[str, Any]:
    """What the copy of ``name`` must hold: the stamp of its bytes and their parse."""
    with open(os.path.join(data.DATA_DIR, name), "rb") as handle:
        source = handle.read()
    return {"source": source_stamp(source), "data": tomllib.loads(source.decode("utf-8"))}


def stale() -> list[str]:
    """Copies missing, out of date, or left from a TOML file that is gone."""
    names = toml_files()
    found = [name for name in names if parsed_copy(name) != fresh_copy(name)]
    kept = {os.path.basename(parsed_copy_path(name)) for name in names}
    folder = os.path.join(data.DATA_DIR, PARSED_DIR)
    if os.path.isdir(folder):
        found += [f"{PARSED_DIR}/{extra}" for extra in sorted(set(os.listdir(folder)) - kept)]
    return found


def write() -> None:
    folder = os.path.join(data.DATA_DIR, PARSED_DIR)
    os.makedirs(folder, exist_ok=True)
    names = toml_files()
    kept = {os.path.basename(parsed_copy_path(name)) for name in names}
    for extra in set(os.listdir(folder)) - kept:
        os.remove(os.path.join(folder, extra))
    for name in names:
        text = json.dumps(fresh_copy(name), ensure_ascii=False, indent=1)
        with open(parsed_copy_path(name), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text + "\n")


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        found = stale()
        for name in found:
            print(f"mgcalc data: parsed copy of {name} is out of date", file=sys.stderr)
        if found:
            print("mgcalc data: run python -m mgcalc.data.precompile", file=sys.stderr)
        return 1 if found else 0
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
