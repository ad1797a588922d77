"""The catalogue's formula figures in data/parsed/compositions.json (issue 11
start-up): a cache of what molmass computes from each catalogue formula, never
typed in. Every figure there must equal molmass's computation now, the cache must
cover every catalogue formula (and nothing else), and a formula outside it is
still computed by molmass."""

from __future__ import annotations

import json

import pytest

from mgcalc.core.chemistry.forms import catalogue, resolve
from mgcalc.core.chemistry.formulas import Composition, composition, computed
from mgcalc.data import catalogue_compositions, form_records, material_records
from mgcalc.data.precompile import catalogue_formulas, fresh_compositions, stored_compositions

CACHED = sorted(catalogue_compositions())


def test_the_cache_covers_exactly_the_catalogue_formulas() -> None:
    formulas = {record.formula for record in form_records()}
    formulas |= {m.content_as for m in material_records() if m.content_as != "Mg"}
    assert set(CACHED) == formulas == set(catalogue_formulas())
    assert len(CACHED) >= 30


@pytest.mark.parametrize("formula", CACHED)
def test_every_cached_figure_is_molmass_computation_now(formula: str) -> None:
    known = catalogue_compositions()[formula]
    made = computed(formula)
    assert (known["hill"], known["molar_mass"], known["magnesium_fraction"]) == (
        made.hill,
        made.molar_mass,
        made.magnesium_fraction,
    )
    assert composition(formula) == made


def test_the_cache_names_the_molmass_that_computed_it() -> None:
    import molmass

    assert stored_compositions() == fresh_compositions()
    assert stored_compositions()["molmass"] == molmass.__version__


def test_catalogue_fractions_are_the_computed_ones() -> None:
    for form in catalogue():
        assert form.fraction == computed(form.formula).magnesium_fraction
        assert form.molar_mass == computed(form.formula).molar_mass


def test_a_formula_outside_the_cache_is_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    formula = "Mg3(C6H5O7)2.14H2O"
    assert formula not in catalogue_compositions()
    form = resolve(formula)
    assert form.fraction == computed(formula).magnesium_fraction
    assert 0.08 < form.fraction < 0.12


def test_without_the_cache_every_figure_is_computed(tmp_path, monkeypatch) -> None:
    """A missing or broken file costs time, never a wrong figure."""
    (tmp_path / "parsed").mkdir()
    (tmp_path / "parsed" / "compositions.json").write_text("{broken", encoding="utf-8")
    monkeypatch.setattr("mgcalc.data.DATA_DIR", str(tmp_path))
    catalogue_compositions.cache_clear()
    composition.cache_clear()
    try:
        assert catalogue_compositions() == {}
        assert composition("MgO") == computed("MgO")
        assert isinstance(composition("MgO"), Composition)
    finally:
        catalogue_compositions.cache_clear()
        composition.cache_clear()


def test_the_stored_file_is_plain_json_numbers() -> None:
    stored = stored_compositions()
    text = json.dumps(stored, allow_nan=False)
    assert json.loads(text) == stored
    for figures in stored["formulas"].values():
        assert 0 < figures["magnesium_fraction"] < 1 and figures["molar_mass"] > 24
