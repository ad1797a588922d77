"""Build hook: the wheel carries JSON copies of the package data, made from it.

tomllib is pure Python, and molmass builds its element table on import: parsing the
catalogue's TOML and its formulas costs a command more than the rest of its work. The
TOML stays the one source of truth in the repository; a wheel built from it
(``pip install .``) also carries ``mgcalc/data/cache/*.json``, written here:

- one JSON copy of each TOML file, which :func:`mgcalc.data.read_toml` reads;
- ``compositions.json``: the molar mass and magnesium fraction of every catalogue
  formula, computed by mgcalc's own :func:`~mgcalc.core.chemistry.formulas.computed`
  (molmass), which :func:`~mgcalc.core.chemistry.formulas.composition` reads.

An editable install has no copies: it parses the TOML and computes every formula.
Nothing generated is committed.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DATA = Path("src/mgcalc/data")


def json_copy(toml_file: Path) -> str:
    """The JSON text of one package data file (TOML tables and arrays map one to one)."""
    with toml_file.open("rb") as handle:
        return json.dumps(tomllib.load(handle), ensure_ascii=False, separators=(",", ":"))


def compositions_json(root: Path) -> str:
    """Every formula the catalogue names (forms, and what materials state content as),
    as ``{formula: [hill, molar_mass, magnesium_fraction]}``."""
    sys.path.insert(0, str(root / "src"))
    try:
        from mgcalc.core.chemistry.formulas import computed
    finally:
        sys.path.pop(0)
    with (root / DATA / "forms.toml").open("rb") as handle:
        formulas = [form["formula"] for form in tomllib.load(handle)["form"]]
    with (root / DATA / "materials.toml").open("rb") as handle:
        materials = tomllib.load(handle)["material"]
    formulas += [m["content_as"] for m in materials if m.get("content_as", "Mg") != "Mg"]
    table = {}
    for formula in dict.fromkeys(formulas):
        made = computed(formula)
        table[formula] = [made.hill, made.molar_mass, made.magnesium_fraction]
    return json.dumps(table, separators=(",", ":"))


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        self._scratch = Path(tempfile.mkdtemp(prefix="mgcalc-build-"))
        for toml_file in sorted((Path(self.root) / DATA).glob("*.toml")):
            copy = self._scratch / f"{toml_file.stem}.json"
            copy.write_text(json_copy(toml_file), encoding="utf-8")
            build_data["force_include"][str(copy)] = f"mgcalc/data/cache/{copy.name}"
        copy = self._scratch / "compositions.json"
        copy.write_text(compositions_json(Path(self.root)), encoding="utf-8")
        build_data["force_include"][str(copy)] = f"mgcalc/data/cache/{copy.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
