"""Writing labels: 21 CFR and EU rounding, compliance direction, and the round trip
writer -> reader (the writer never prints a line its own reader flags)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import catalogue, from_record, resolve
from mgcalc.core.errors import InputError
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.rounding import declared_floor, eu_amount, is_declared
from mgcalc.core.labels.writing import DeclarationResult
from mgcalc.data.chemistry import material_records
from mgcalc.data.labels import label_rounding

FORMS = catalogue() + [from_record(record) for record in material_records()]


def test_rounding_data_is_pinned_to_its_sources() -> None:
    rounding = label_rounding()
    assert (rounding.amount_increment_mg, rounding.amount_source) == (5, "FDAQA")
    assert (rounding.eu_significant_figures, rounding.eu_source) == (3, "EC2012TOL")
    assert rounding.declare_from_percent_dv == 2


@pytest.mark.parametrize(
    ("mg", "eu"),
    [(198.05, 198), (197.35, 197), (1234.0, 1230), (12.345, 12.3), (0.9876, 0.988), (99.95, 100)],
)
def test_eu_amount_three_significant_figures(mg: float, eu: float) -> None:
    assert eu_amount(mg) == eu


@pytest.mark.parametrize(("mg", "declared"), [(8.39, False), (8.4, True), (420, True)])
def test_two_percent_of_the_rdi_decides_declaration(mg: float, declared: bool) -> None:
    assert is_declared(mg, 420) is declared


def test_under_two_percent_is_not_declared() -> None:
    record = DeclarationResult([(resolve("glycinate"), 20.0)]).record()
    assert record["declaration"] is None and record["declared"] is False
    assert record["percent_dv"] is None and "101.36(b)(2)(i)" in record["warnings"][0]
    assert record["eu_declaration"] == "Magnesium 2.82 mg (1% NRV)"


def test_the_declaration_is_the_compliant_line_and_rounding_up_an_alternative() -> None:
    """98.99 mg of glycinate declared "100 mg 24%" (more than it holds): the declaration
    is the step it holds, its %DV from that amount; 100 mg is an explained alternative."""
    record = DeclarationResult([(resolve("glycinate"), 1405.0)]).record()
    assert record["elemental_mg"] == pytest.approx(198.05, abs=0.01)
    assert record["declared_mg"] == 195 == declared_floor(198.05)
    assert record["meets_declared_amount"] is True
    assert record["declaration"] == "Magnesium (as magnesium bisglycinate) 195 mg 46%"
    assert record["percent_dv_from"] == "declared"
    assert record["rounded_declared_mg"] == 200
    assert record["rounded_declaration"] == "Magnesium (as magnesium bisglycinate) 200 mg 48%"
    assert record["overage_mg"] == pytest.approx(1.95, abs=0.01)
    assert record["overage_compound_mg"] == pytest.approx(
        1.95 / resolve("glycinate").fraction, abs=0.05
    )
    assert "101.9(g)(4)(i)" in record["warnings"][0]


def test_rounding_down_needs_nothing() -> None:
    record = DeclarationResult([(resolve("glycinate"), 1400.0)]).record()
    assert record["meets_declared_amount"] is True and record["rounded_declaration"] is None
    assert record["percent_dv"] == 46 and record["percent_dv_display"] == "46%"
    assert record["overage_mg"] is None and not record["warnings"]


def test_units_and_servings_scale_the_declaration() -> None:
    citrate = resolve("citrate-anhydrous")
    one = DeclarationResult([(citrate, 500.0)]).record()
    two = DeclarationResult([(citrate, 500.0)], units_per_serving=2, servings=3).record()
    assert two["elemental_mg"] == pytest.approx(2 * one["elemental_mg"], abs=0.01)
    assert two["declared_mg"] == 160 and one["declared_mg"] == 80
    assert two["elemental_per_day_mg"] == pytest.approx(6 * one["elemental_mg"], abs=0.02)
    assert two["over_ul"] is True and "over the supplemental UL" in two["warnings"][-1]


def test_unknown_dv_basis_lists_the_choices() -> None:
    with pytest.raises(InputError, match="valid choices: adult, infant, child"):
        DeclarationResult([(resolve("citrate"), 500.0)], dv_basis="kids")


def _read_back(line: str, **options: object) -> dict[str, object]:
    return dict(LabelResult(parse_label(line), **options).record())  # type: ignore[arg-type]


@settings(deadline=None)
@given(
    form=st.sampled_from(FORMS),
    second=st.none() | st.sampled_from(FORMS),
    compound=st.floats(min_value=5, max_value=6000),
    units=st.integers(min_value=1, max_value=4),
    food=st.booleans(),
    basis=st.sampled_from(["adult", "child", "pregnancy"]),
)
def test_writer_output_reads_back_without_a_flag(
    form, second, compound, units, food, basis
) -> None:
    parts = [(form, compound)] + ([(second, compound / 3)] if second is not None else [])
    record = DeclarationResult(parts, basis, food, units_per_serving=units).record()
    lines = [record["declaration"], record["rounded_declaration"]]
    for line in filter(None, lines):
        read = _read_back(line, dv_basis=basis)
        assert read["figure_is"] == "elemental"
        assert read["percent_matches"] is True, (line, read["warnings"])
        assert not [w for w in read["warnings"] if "states" in w or "holds" in w]
        assert read["elemental_mg"] == float(line.split(" mg")[0].rsplit(" ", 1)[1])
        assert sorted(read["forms"]) == sorted({f.id for f, _ in parts} if not food else []) or {
            resolve(f).fraction for f in read["forms"]
        } == {f.fraction for f, _ in parts}
    eu = _read_back(record["eu_declaration"])
    assert eu["stated_percent_basis"] == "nrv" and eu["percent_matches"] is True
    assert eu["stated_mg"] == pytest.approx(record["eu_declared_mg"], abs=0.01)


@pytest.mark.parametrize(
    ("name", "explicit"), [("citrate", "citrate-nonahydrate"), ("sulfate", "sulfate-heptahydrate")]
)
def test_a_bare_name_read_as_one_hydrate_is_named_in_the_declaration(
    name: str, explicit: str
) -> None:
    """The writer says which hydrate it declared from (the reader and `elemental` did;
    the writer said nothing), and cites the choice; an explicit id needs no warning."""
    bare = resolve(name)
    assert bare.assumed is not None
    record = DeclarationResult([(bare, 500.0)]).record()
    assert any(bare.assumed.text() in warning for warning in record["warnings"])
    assert set(bare.assumed.sources) <= set(record["sources"])
    plain = DeclarationResult([(resolve(explicit), 500.0)]).record()
    assert not any("read as" in warning for warning in plain["warnings"])


_BRAND_WORDS = ("magtein", "traacs", "albion", "chelazome", "sucrosomial", "aquamin")


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_the_declared_source_name_is_a_chemical_name_that_reads_back(form) -> None:
    """`label --form magtein` declared "(as magnesium magtein)": the source name must read
    as a label would, keep the catalogue's case (L-threonate) and resolve back to a form
    of the same content."""
    from mgcalc.core.labels.writing import label_name

    name = label_name(form)
    words = name.split()
    lowered = [w.lower().strip("®™") for w in words]
    assert name.lower().count("magnesium") == 1, name
    if "magnesium" in lowered:  # no brand word after 'magnesium' ("magnesium magtein")
        assert not set(lowered[lowered.index("magnesium") + 1 :]) & set(_BRAND_WORDS), name
    for word in words[1:]:
        if word.lower() == "magnesium":
            continue
        match = [w for w in form.name.replace(",", " ").split() if w.lower() == word.lower()]
        assert not match or word in match, (name, form.name)  # the catalogue's case is kept
    line = f"Magnesium (as {name}) 150 mg"
    read = parse_label(line)
    assert [f.fraction for f in read.forms] == [form.fraction], (line, read.forms)
    record = DeclarationResult([(form, 2000.0)]).record()
    assert f"(as {name})" in (record["declaration"] or "")


def test_magtein_is_declared_under_its_brand_and_salt_name() -> None:
    record = DeclarationResult([(resolve("magtein"), 2000.0)]).record()
    assert record["declaration"].startswith("Magnesium (as Magtein® magnesium L-threonate) ")
    assert "magnesium magtein" not in " ".join(record["warnings"])
    threonate = DeclarationResult([(resolve("threonate"), 2000.0)]).record()
    assert "(as magnesium L-threonate)" in threonate["declaration"]
