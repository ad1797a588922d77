"""The wheel's JSON copies of the package data read back as the TOML they are made from."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from pathlib import Path

import pytest

import mgcalc.data
from mgcalc.data import read_toml

ROOT = Path(__file__).resolve().parents[2]
TOML_FILES = sorted((ROOT / "src/mgcalc/data").glob("*.toml"))


def _hook_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("toml_file", TOML_FILES, ids=lambda path: path.name)
def test_every_json_copy_reads_back_as_its_toml(toml_file: Path) -> None:
    with toml_file.open("rb") as handle:
        parsed = tomllib.load(handle)
    assert json.loads(_hook_module().json_copy(toml_file)) == parsed


def test_read_toml_prefers_the_copy_and_falls_back_to_the_toml(tmp_path, monkeypatch) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "serum.toml").write_text("[bounds]\nmax_mmol_l = 9.0\n", encoding="utf-8")
    monkeypatch.setattr(mgcalc.data, "DATA_DIR", str(tmp_path))
    assert read_toml.__wrapped__("serum.toml") == {"bounds": {"max_mmol_l": 9.0}}
    (tmp_path / "cache" / "serum.json").write_text('{"bounds": {"max_mmol_l": 1.0}}')
    assert read_toml.__wrapped__("serum.toml") == {"bounds": {"max_mmol_l": 1.0}}


def test_the_built_compositions_are_molmass_computation_now() -> None:
    from mgcalc.core.chemistry.formulas import computed

    table = json.loads(_hook_module().compositions_json(ROOT))
    assert len(table) >= 30
    for formula, (hill, mass, fraction) in table.items():
        made = computed(formula)
        assert (hill, mass, fraction) == (made.hill, made.molar_mass, made.magnesium_fraction)


def test_composition_reads_the_built_table_and_computes_the_rest(tmp_path, monkeypatch) -> None:
    from mgcalc.core.chemistry import formulas

    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "compositions.json").write_text('{"MgO": ["MgO", 40.0, 0.6]}')
    monkeypatch.setattr(formulas, "DATA_DIR", str(tmp_path))
    monkeypatch.setattr(formulas, "built_compositions", formulas.built_compositions.__wrapped__)
    assert formulas.composition.__wrapped__("MgO").molar_mass == 40.0
    assert (
        formulas.composition.__wrapped__("MgCl2").molar_mass
        == formulas.computed("MgCl2").molar_mass
    )
