"""Every computed fraction against the percentages published in reference.md."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import catalogue, resolve
from mgcalc.core.errors import FormulaError, UnknownNameError
from tests.conftest import reference_text

# (catalogue id, formula in reference.md, published Mg %, printed decimals)
PUBLISHED = [
    ("oxide", "MgO", 60.3),
    ("hydroxide", "Mg(OH)2", 41.7),
    ("hydroxide-pentahydrate", "Mg(OH)2.5H2O", 16.38),
    ("carbonate-anhydrous", "MgCO3", 28.8),
    ("carbonate-trihydrate", "MgCO3.3H2O", 17.57),
    ("chloride-anhydrous", "MgCl2", 25.5),
    ("chloride-hexahydrate", "MgCl2.6H2O", 11.96),
    ("sulfate-anhydrous", "MgSO4", 20.2),
    ("sulfate-monohydrate", "MgSO4.H2O", 17.6),
    ("sulfate-heptahydrate", "MgSO4.7H2O", 9.86),
    ("citrate", "Mg3(C6H5O7)2", 16.16),
    ("citrate-nonahydrate", "Mg3(C6H5O7)2.9H2O", 11.89),
    ("citrate-dibasic", "MgC6H6O7", 11.34),
    ("glycinate", "Mg(C2H4NO2)2", 14.1),
    ("malate", "MgC4H4O5", 15.5),
    ("malate-trihydrate", "MgC4H4O5.3H2O", 11.6),
    ("lactate-anhydrous", "Mg(C3H5O3)2", 12.0),
    ("lactate-dihydrate", "Mg(C3H5O3)2.2H2O", 10.19),
    ("aspartate-anhydrous", "Mg(C4H6NO4)2", (8.4, 8.5)),
    ("aspartate-dihydrate", "Mg(C4H6NO4)2.2H2O", 7.49),
    ("aspartate-tetrahydrate", "Mg(C4H6NO4)2.4H2O", 6.74),
    ("orotate-anhydrous", "Mg(C5H3N2O4)2", (7.2, 7.3)),
    ("orotate-dihydrate", "Mg(C5H3N2O4)2.2H2O", 6.56),
    ("taurate", "Mg(C2H6NO3S)2", 8.9),
    ("threonate", "Mg(C4H7O5)2", (8.25, 8.3)),
    ("pidolate", "Mg(C5H6NO3)2", 8.66),
    ("gluconate-anhydrous", "Mg(C6H11O7)2", 5.86),
    ("gluconate-monohydrate", "Mg(C6H11O7)2.H2O", 5.62),
    ("gluconate-dihydrate", "Mg(C6H11O7)2.2H2O", 5.39),
    ("fumarate", "MgC4H2O4", 17.57),
    ("succinate", "MgC4H4O4", 17.31),
    ("picolinate", "Mg(C6H4NO2)2", 9.05),
    ("acetyl-taurate", "Mg(C4H8NO4S)2", 6.81),
    ("acetate-anhydrous", "Mg(CH3COO)2", 17.07),
    ("acetate-tetrahydrate", "Mg(CH3COO)2.4H2O", 11.33),
    ("glycerophosphate-anhydrous", "C3H7MgO6P", 12.5),
    ("glycerophosphate-monohydrate", "C3H7MgO6P.H2O", 11.44),
    ("phosphate", "Mg3(PO4)2", 27.7),
    ("ascorbate", "Mg(C6H7O6)2", 6.5),
]


def _tolerance(value: float) -> float:
    """Half a unit in the last printed digit (a published 14.1 means 14.05-14.15)."""
    text = repr(value)
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10**-decimals + 1e-9


@pytest.mark.parametrize(("form_id", "formula", "published"), PUBLISHED)
def test_fraction_matches_published(form_id: str, formula: str, published) -> None:
    form = resolve(form_id)
    assert form.formula == formula
    percent = form.fraction * 100
    if isinstance(published, tuple):
        low, high = published
        assert low - _tolerance(low) <= percent <= high + _tolerance(high)
    else:
        assert abs(percent - published) <= _tolerance(published)


def test_published_table_is_the_one_in_reference_md() -> None:
    text = reference_text()
    for _form_id, _formula, published in PUBLISHED:
        printed = "-".join(map(str, published)) if isinstance(published, tuple) else str(published)
        assert printed in text, printed
    assert re.search(r"citrate, trimagnesium dicitrate anhydrous \| Mg3\(C6H5O7\)2 \| 16\.16", text)


def test_catalogue_covers_every_form_and_has_35_or_more() -> None:
    ids = {form.id for form in catalogue()}
    assert len(ids) >= 35
    assert {row[0] for row in PUBLISHED} <= ids


@pytest.mark.parametrize(
    ("text", "form_id"),
    [
        ("citrate", "citrate"),
        ("Magnesium Citrate", "citrate"),
        ("bisglycinate", "glycinate"),
        ("magnesium bisglycinate", "glycinate"),
        ("epsom-salt", "sulfate-heptahydrate"),
        ("Epsom salt", "sulfate-heptahydrate"),
        ("threonate", "threonate"),
        ("L-threonate", "threonate"),
        ("sulphate", "sulfate-heptahydrate"),
        ("sulphate-anhydrous", "sulfate-anhydrous"),
        ("MgSO4.7H2O", "sulfate-heptahydrate"),
        ("MgSO4·7H2O", "sulfate-heptahydrate"),
        ("MgO", "oxide"),
    ],
)
def test_resolves_names_aliases_and_formulas(text: str, form_id: str) -> None:
    assert resolve(text).id == form_id


def test_unknown_formula_with_magnesium_is_accepted() -> None:
    form = resolve("MgBr2")
    assert form.record is None
    assert form.fraction == pytest.approx(24.305 / 184.113, rel=1e-3)


def test_formula_without_magnesium_is_refused() -> None:
    with pytest.raises(FormulaError, match="contains no magnesium"):
        resolve("NaCl")


def test_bad_formula_points_at_the_character() -> None:
    with pytest.raises(FormulaError, match="unexpected character 'x' at position 4"):
        resolve("MgXx")


def test_unknown_form_suggests() -> None:
    with pytest.raises(UnknownNameError) as caught:
        resolve("citrat")
    assert "did you mean 'citrate'" in str(caught.value)


@pytest.mark.parametrize("form", catalogue(), ids=lambda f: f.id)
def test_every_fraction_in_open_unit_interval(form) -> None:
    assert 0 < form.fraction < 1


@given(st.text(max_size=30))
def test_resolve_raises_only_domain_errors(text: str) -> None:
    try:
        form = resolve(text)
    except (UnknownNameError, FormulaError) as exc:
        assert str(exc)
    else:
        assert 0 < form.fraction <= 1
