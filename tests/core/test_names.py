"""Bare names mean what a pharmacist or the market means; raw materials keep their stated range."""

import pytest

from mgcalc.core.chemistry import calc
from mgcalc.core.chemistry.forms import by_id, catalogue, display_name, is_family_default, resolve
from mgcalc.core.chemistry.quantity import parse_quantity
from mgcalc.core.errors import UnknownNameError
from mgcalc.data.chemistry import (
    BlendPart,
    MaterialRecord,
    bare_names,
    material_records,
    refused_names,
)
from mgcalc.data.reference import sources
from mgcalc.data.validate import problems
from mgcalc.data.validate_names import _content_problems

# bare name -> (form it means, basis of the choice, a source that must back it)
DEFAULTS = {
    "sulfate": ("sulfate-heptahydrate", "pharmacopoeia", "USP-MGSO4-INJ"),
    "chloride": ("chloride-hexahydrate", "pharmacopoeia", "USP-MGCL2"),
    "carbonate": ("carbonate-usp", "pharmacopoeia", "USP-MGCO3"),
    "hydroxide": ("hydroxide", "clinical", "MOM-LABEL"),
    "orotate": ("orotate-dihydrate", "clinical", "MAGNEROT"),
    "aspartate": ("aspartate-dihydrate", "pharmacopoeia", "WAHL14"),
    "gluconate": ("gluconate-dihydrate", "clinical", "DRUGS-MGGLUC"),
    "lactate": ("lactate-dihydrate", "clinical", "MAGTAB-SR"),
    "acetate": ("acetate-tetrahydrate", "pharmacopoeia", "PHEUR-MGACET"),
    "glycerophosphate": ("glycerophosphate-ph-eur", "pharmacopoeia", "PHEUR-MGGLYP"),
    "citrate": ("citrate", "safer", "PHEUR-MGCIT"),
    "malate": ("malate", "safer", "EFSA18-DMM"),
    "threonate": ("threonate", "safer", "MAGTEIN"),  # 8.25% beside Magtein's stated 7.2%
    "traacs": ("glycinate", "market", "ALBION-BUFFERED"),
}


def test_every_bare_name_in_the_data_is_pinned_here() -> None:
    assert {bare.name for bare in bare_names()} == set(DEFAULTS)


@pytest.mark.parametrize(("name", "expected"), DEFAULTS.items(), ids=list(DEFAULTS))
def test_bare_name_resolves_with_its_reason(name: str, expected: tuple[str, str, str]) -> None:
    form_id, basis, source = expected
    for spelling in (name, f"Magnesium {name}", name.upper()):
        form = resolve(spelling)
        assert form.id == form_id
        assert form.assumed is not None
        assert form.assumed.basis == basis and source in form.assumed.sources
        assert form.assumed.given == spelling
        assert f", id {form_id}:" in form.assumed.text()
        assert f"read as {display_name(form_id)}," in form.assumed.text()
        for other in form.assumed.alternatives:
            assert other != form_id and resolve(other).assumed is None
    assert all(s in sources() for s in form.assumed.sources)


@pytest.mark.parametrize("name", [n for n, v in DEFAULTS.items() if v[1] == "safer"])
def test_safer_default_is_the_highest_magnesium_formula_in_its_family(name: str) -> None:
    chosen = resolve(name)
    family = [
        f for f in catalogue(materials=True) if f.record and f.record.family == chosen.record.family
    ]
    formulas = [f for f in family if not f.is_material]
    assert chosen.fraction == max(f.fraction for f in formulas)


def test_sulfate_2g_is_the_heptahydrate_a_pharmacist_means() -> None:
    result = calc.elemental(resolve("magnesium sulfate"), parse_quantity("2g"))
    assert result.elemental_mg == pytest.approx(197.2, abs=0.1)
    assert result.meq == pytest.approx(16.2, abs=0.05)
    assert result.mmol == pytest.approx(2 * 4.06, abs=0.02)  # 4.06 mmol per g (reference.md)


def test_slow_mag_535mg_chloride_is_64mg() -> None:
    assert calc.elemental(resolve("chloride"), parse_quantity("535mg")).elemental_mg == (
        pytest.approx(64.0, abs=0.1)
    )


@pytest.mark.parametrize(
    ("text", "form_id", "percent"),
    [
        ("sulfate-anhydrous", "sulfate-anhydrous", 20.19),
        ("MgSO4.7H2O", "sulfate-heptahydrate", 9.86),
        ("MgSO4.H2O", "sulfate-monohydrate", 17.56),
        ("chloride-anhydrous", "chloride-anhydrous", 25.53),
        ("MgCl2.6H2O", "chloride-hexahydrate", 11.96),
        ("Mg(OH)2", "hydroxide", 41.68),
        ("carbonate-anhydrous", "carbonate-anhydrous", 28.83),
        ("lactate-anhydrous", "lactate-anhydrous", 12.0),
        ("citrate-nonahydrate", "citrate-nonahydrate", 11.89),
    ],
)
def test_explicit_ids_and_formulas_assume_nothing(text: str, form_id: str, percent: float) -> None:
    form = resolve(text)
    assert (form.id, form.assumed) == (form_id, None)
    assert form.fraction * 100 == pytest.approx(percent, abs=0.01)


@pytest.mark.parametrize(
    ("text", "as_written", "hydrate"),
    [
        ("MgSO4", "sulfate-anhydrous", "sulfate-heptahydrate"),
        ("MgCl2", "chloride-anhydrous", "chloride-hexahydrate"),
        ("MgCO3", "carbonate-anhydrous", "carbonate-usp"),
        ("Mg(C3H5O3)2", "lactate-anhydrous", "lactate-dihydrate"),
    ],
)
def test_bare_formula_of_a_medicine_hydrate_names_both_readings(
    text: str, as_written: str, hydrate: str
) -> None:
    """Read as written, never silently: the hydrate medicines hold is the other reading,
    and a medicine's strength takes the hydrate."""
    from mgcalc.core.chemistry.readings import in_medicine

    form = resolve(text)
    assert form.id == as_written and form.assumed is not None
    assert (form.assumed.basis, form.assumed.other) == ("formula", hydrate)
    medicine = in_medicine(form)
    assert medicine.id == hydrate and medicine.assumed is not None
    assert medicine.assumed.other == as_written and medicine.assumed.sources
    assert in_medicine(resolve(hydrate)).id == hydrate


def test_bare_formula_figures_for_both_readings() -> None:
    result = calc.elemental(resolve("MgSO4"), parse_quantity("1g"))
    rec = result.record()
    assert rec["elemental_mg"] == pytest.approx(201.92)
    assert rec["other_reading"] is not None
    assert rec["other_reading"]["elemental_mg"] == pytest.approx(98.61)
    assert "two readings" in rec["warnings"][0] and "sulfate-heptahydrate" in rec["warnings"][0]
    assert calc.elemental(resolve("sulfate"), parse_quantity("1g")).record()["warnings"] == []


def test_family_default_is_what_the_ranking_lists() -> None:
    defaults = {f.id for f in catalogue(materials=True) if is_family_default(f)}
    assert {"sulfate-heptahydrate", "carbonate-usp", "glycinate"} <= defaults
    assert not {"sulfate-anhydrous", "chloride-anhydrous", "carbonate-anhydrous"} & defaults


def test_usp_carbonate_is_the_mgo_range_converted_by_formula() -> None:
    form = resolve("carbonate")
    mg_in_mgo = by_id("oxide").fraction
    assert form.fraction_low == pytest.approx(0.400 * mg_in_mgo)
    assert form.fraction_high == pytest.approx(0.435 * mg_in_mgo)
    assert form.fraction == pytest.approx(0.4175 * mg_in_mgo)
    assert form.fraction < resolve("MgCO3").fraction  # never the mineral's 28.8%


def test_magtein_is_the_makers_144mg_per_2g() -> None:
    result = calc.elemental(resolve("Magtein"), parse_quantity("2 g"))
    assert result.elemental_mg == pytest.approx(144)
    record = result.record()
    assert (record["elemental_low_mg"], record["elemental_high_mg"]) == (140.0, 160.0)
    assert resolve("threonate").fraction > resolve("magtein").fraction  # alias no longer the salt


def test_buffered_glycinate_is_computed_from_the_stated_blend() -> None:
    expected = 0.82 * by_id("glycinate").fraction + 0.18 * by_id("oxide").fraction
    assert resolve("buffered glycinate").fraction == pytest.approx(expected)
    assert 0.18 < expected < 0.23


@pytest.mark.parametrize(
    ("text", "use"),
    [("dimagnesium malate", ["malate"]), ("dimagnesium-citrate", ["citrate", "citrate-dibasic"])],
)
def test_wrong_aliases_now_refuse_with_the_reason(text: str, use: list[str]) -> None:
    with pytest.raises(UnknownNameError) as caught:
        resolve(text)
    message = str(caught.value)
    assert all(f"'{u}'" in message for u in use)
    assert any(r.reason in message for r in refused_names())


def test_compound_range_needs_more_at_the_low_content() -> None:
    record = calc.compound(resolve("carbonate"), parse_quantity("100mg")).record()
    assert record["compound_low_mg"] < record["compound_mg"] < record["compound_high_mg"]
    assert record["compound_high_mg"] == pytest.approx(
        100 / resolve("carbonate").fraction_low, 0.01
    )


@pytest.mark.parametrize(
    ("text", "form_id"),
    [
        ("Magnésium glycinate", "glycinate"),
        ("MAGNÉSIUM BISGLYCINATE", "glycinate"),
        ("citrato de magnesio", "citrate"),
        ("Magnesio citrato", "citrate"),
        ("glycinate de magnésium", "glycinate"),
        ("Magnesiumoxid", "oxide"),
        ("óxido de magnesio", "oxide"),
    ],
)
def test_accented_and_other_language_names(text: str, form_id: str) -> None:
    assert resolve(text).id == form_id


@pytest.mark.parametrize("formula", ["[25Mg]O", "[24Mg]Cl2", "[26Mg]SO4.7H2O"])
def test_isotope_formulas_contain_magnesium(formula: str) -> None:
    form = resolve(formula)
    assert 0 < form.fraction < 1
    plain = resolve(formula.replace("[25Mg]", "Mg").replace("[24Mg]", "Mg").replace("[26Mg]", "Mg"))
    assert form.fraction == pytest.approx(plain.fraction, rel=0.08)  # 24-26 vs 24.305


def test_package_data_valid() -> None:
    assert problems() == []


def _material(**changes: object) -> MaterialRecord:

    return material_records()[0]._replace(**changes)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"content_low": None, "content_high": None}, "needs content_percent"),
        ({"content_percent": 50.0}, "within content_low"),
        ({"content_high": None, "content_percent": 41.0}, "needs both"),
        ({"content_low": 0.0}, "(0, 100]"),
        ({"blend": (BlendPart("oxide", 50.0),)}, "states no percentages"),
    ],
)
def test_validator_rejects_bad_material_content(changes: dict, problem: str) -> None:
    found = _content_problems(_material(**changes), {"oxide", "glycinate"})
    assert any(problem in p for p in found), found


def test_validator_rejects_bad_blends() -> None:
    blend = (BlendPart("oxide", 50.0), BlendPart("nosuch", 40.0))
    found = _content_problems(
        _material(content_low=None, content_high=None, content_percent=None, blend=blend),
        {"oxide"},
    )
    assert any("add up to 100" in p for p in found)
    assert any("unknown form 'nosuch'" in p for p in found)


@pytest.mark.parametrize("text", ["Magnésium", "magnesio", "magnesium", "  Magnesium  "])
def test_the_element_alone_is_a_helpful_error(text: str) -> None:
    with pytest.raises(UnknownNameError, match="names the element, not a form"):
        resolve(text)


def test_isotope_explain_uses_the_isotope_mass() -> None:
    from mgcalc.core.explain import explain

    steps = explain(calc.elemental(resolve("[25Mg]O"), parse_quantity("1g")))
    assert any(step.startswith("Mg fraction = 24.986 / 40.985") for step in steps)
