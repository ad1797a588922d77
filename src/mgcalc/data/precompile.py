"""Write (or check) the parsed copies of the package data: ``data/parsed/*.json``.

Each TOML file is parsed here and stored as JSON (parsed by C, not by tomllib's
pure Python) together with the length and CRC-32 of the bytes it was made from;
:func:`mgcalc.data.read_toml` uses a copy only when those match the TOML file as
it is, so an edited TOML file is never read from an old copy, only more slowly
until this is run again. A test fails while any copy is out of date.

It also writes ``parsed/compositions.json``: the Hill formula, molar mass and
magnesium fraction of every formula in the catalogue (forms.toml, and the
``content_as`` of materials.toml), computed here by molmass, with molmass's
version. :func:`mgcalc.core.chemistry.formulas.composition` reads a formula's figures from it
so that naming a catalogue form costs no import of molmass (6-10 ms); the file is
stale, like a copy, as soon as a catalogue formula or molmass's version changes.

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
from mgcalc.data import COMPOSITIONS, PARSED_DIR, parsed_copy, parsed_copy_path, source_stamp


def toml_files() -> list[str]:
    return sorted(name for name in os.listdir(data.DATA_DIR) if name.endswith(".toml"))


def fresh_copy(name: str) -> dict[str, Any]:
    """What the copy of ``name`` must hold: the stamp of its bytes and their parse."""
    with open(os.path.join(data.DATA_DIR, name), "rb") as handle:
        source = handle.read()
    return {"source": source_stamp(source), "data": tomllib.loads(source.decode("utf-8"))}


def catalogue_formulas() -> list[str]:
    """Every formula the catalogue computes a fraction from (none without forms.toml)."""
    names = toml_files()
    formulas = []
    if "forms.toml" in names:
        formulas += [row["formula"] for row in data.parse_toml("forms.toml")["form"]]
    if "materials.toml" in names:
        rows = data.parse_toml("materials.toml")["material"]
        formulas += [row["content_as"] for row in rows if row["content_as"] != "Mg"]
    return sorted(set(formulas))


def fresh_compositions() -> dict[str, Any] | None:
    """What compositions.json must hold: molmass's figures for each catalogue formula."""
    formulas = catalogue_formulas()
    if not formulas:
        return None
    import molmass

    from mgcalc.core.chemistry.formulas import computed

    table = {}
    for formula in formulas:
        made = computed(formula)
        table[formula] = {
            "hill": made.hill,
            "molar_mass": made.molar_mass,
            "magnesium_fraction": made.magnesium_fraction,
        }
    return {"molmass": molmass.__version__, "formulas": table}


def stored_compositions() -> Any:
    try:
        with open(os.path.join(data.DATA_DIR, PARSED_DIR, COMPOSITIONS), "rb") as handle:
            return json.loads(handle.read())
    except (OSError, ValueError):
        return None


def kept_files(names: list[str]) -> set[str]:
    kept = {os.path.basename(parsed_copy_path(name)) for name in names}
    return kept | {COMPOSITIONS} if catalogue_formulas() else kept


def stale() -> list[str]:
    """Copies missing, out of date, or left from a TOML file that is gone."""
    names = toml_files()
    found = [name for name in names if parsed_copy(name) != fresh_copy(name)]
    compositions = fresh_compositions()
    if compositions is not None and stored_compositions() != compositions:
        found.append(f"{PARSED_DIR}/{COMPOSITIONS}")
    kept = kept_files(names)
    folder = os.path.join(data.DATA_DIR, PARSED_DIR)
    if os.path.isdir(folder):
        found += [f"{PARSED_DIR}/{extra}" for extra in sorted(set(os.listdir(folder)) - kept)]
    return found


def write() -> None:
    folder = os.path.join(data.DATA_DIR, PARSED_DIR)
    os.makedirs(folder, exist_ok=True)
    names = toml_files()
    for extra in set(os.listdir(folder)) - kept_files(names):
        os.remove(os.path.join(folder, extra))
    for name in names:
        text = json.dumps(fresh_copy(name), ensure_ascii=False, indent=1)
        with open(parsed_copy_path(name), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text + "\n")
    compositions = fresh_compositions()
    if compositions is not None:
        text = json.dumps(compositions, ensure_ascii=False, indent=1)
        with open(os.path.join(folder, COMPOSITIONS), "w", encoding="utf-8", newline="\n") as out:
            out.write(text + "\n")


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
