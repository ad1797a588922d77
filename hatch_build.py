"""Build hook: the wheel carries a JSON copy of every package data TOML file.

tomllib is pure Python: parsing the catalogue's TOML costs a command more than the
rest of its work. The TOML stays the one source of truth in the repository; a
wheel built from it (``pip install .``) also carries ``mgcalc/data/cache/*.json``,
written here from the same files, and :func:`mgcalc.data.read_toml` reads those when
they are present. An editable install has no copies and parses the TOML. Nothing
generated is committed.
"""

from __future__ import annotations

import json
import shutil
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


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        self._scratch = Path(tempfile.mkdtemp(prefix="mgcalc-build-"))
        for toml_file in sorted((Path(self.root) / DATA).glob("*.toml")):
            copy = self._scratch / f"{toml_file.stem}.json"
            copy.write_text(json_copy(toml_file), encoding="utf-8")
            build_data["force_include"][str(copy)] = f"mgcalc/data/cache/{copy.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
