"""The writer's compliance rules: the least content, small amounts, the EU daily dose,
purity, overage, tolerances and assays (each against the paragraph it cites)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import catalogue, from_record, resolve
from mgcalc.core.errors import InputError
from mgcalc.core.figures import counted, mass, mass_range, mass_span
from mgcalc.core.labels.basis import content_basis, parse_label_purity
from mgcalc.core.labels.claims import check_assay, parse_overage, windows
from mgcalc.core.labels.rounding import compliant_amount, plain_number
from mgcalc.core.labels.writing import DeclarationResult
from mgcalc.data.chemistry import material_records
from mgcalc.data.labels import compliance, daily_values, label_rounding

FORMS = catalogue() + [from_record(record) for record in material_records()]


def write(form: str, compound: float, **options: object) -> dict[str, object]:
    return dict(DeclarationResult([(resolve(form), compound)], **options).record())  # type: ignore[arg-type]


def test_usp_carbonate_declares_from_the_specification_minimum() -> None:
    """500 mg at 40.0% MgO (the USP minimum) holds 120.6 mg: at most 120 mg, never the
    nominal 125 mg."""
    record = write("carbonate-usp", 500.0)
    low = 500 * 0.400 * resolve("MgO").fraction
    assert record["declaration_basis"] == ["spec_minimum"]
    assert record["declaration_basis_mg"] == pytest.approx(low, abs=0.01)
    assert record["declared_mg"] == 120 and record["meets_declared_amount"] is True
    assert record["rounded_declaration"] is None  # 125 is not an alternative: 120.6 < 122.5
    assert "USP-MGCO3" in record["sources"]
    assert "stated minimum" in " ".join(record["warnings"])  # type: ignore[arg-type]


def test_a_dried_basis_minimum_is_brought_to_the_powder_as_weighed() -> None:
    basis = content_basis(resolve("glycerophosphate-ph-eur"))
    assert basis.kind == "spec_minimum"
    assert basis.fraction == pytest.approx(0.110 * (1 - 0.12))
    assert set(basis.sources) == {"PHEUR-MGGLYP", "HOMMEL-MGGLYP"}


def test_citrate_malate_declares_from_twelve_percent() -> None:
    assert content_basis(resolve("citrate-malate")).fraction == pytest.approx(0.12)


def test_a_buffered_blend_declares_from_its_leanest_part() -> None:
    basis = content_basis(resolve("buffered-glycinate"))
    assert basis.kind == "leanest_part"
    assert basis.fraction == pytest.approx(resolve("glycinate").fraction)


@pytest.mark.parametrize(("bare", "least"), [("citrate", "citrate-nonahydrate")])
def test_a_bare_hydrate_name_declares_from_the_least_magnesium(bare: str, least: str) -> None:
    """A bare `citrate` reads as the anhydrous salt (never understates intake); on a label
    that would overstate a nonahydrate raw material by a third."""
    basis = content_basis(resolve(bare))
    assert basis.kind == "least_hydrate"
    assert basis.fraction == pytest.approx(resolve(least).fraction)
    explicit = content_basis(resolve("citrate-anhydrous"))
    assert explicit.kind == "formula" and explicit.fraction == resolve("citrate").fraction


def test_purity_scales_or_replaces_the_figure() -> None:
    salt, magnesium = parse_label_purity("98%"), parse_label_purity("11.9%Mg")
    assert (salt.value, salt.is_magnesium) == (0.98, False)
    assert (magnesium.value, magnesium.is_magnesium) == (pytest.approx(0.119), True)
    glycinate = resolve("glycinate")
    assert content_basis(glycinate, salt).fraction == pytest.approx(0.98 * glycinate.fraction)
    assayed = content_basis(resolve("citrate"), magnesium)
    assert assayed.kind == "assay" and assayed.fraction == pytest.approx(0.119)
    with pytest.raises(InputError, match=r"holds at most 16\.16%"):
        content_basis(resolve("citrate"), parse_label_purity("20%Mg"))


def test_an_assayed_bare_name_is_not_flagged_as_assumed() -> None:
    record = DeclarationResult(
        [(resolve("citrate"), 1000.0)], purities=(parse_label_purity("12.1%Mg"),)
    ).record()
    assert record["declared_mg"] == 120
    assert not any("read as" in warning for warning in record["warnings"])


def test_infant_small_amount_uses_a_finer_step() -> None:
    """4 mg of oxide, 2.41 mg, is 3% of the 75 mg infant DV: not "0 mg 3%"."""
    record = write("oxide", 4.0, dv_basis="infant")
    assert record["declaration"] == "Magnesium (as magnesium oxide) 2 mg 3%"
    assert record["declared_step_mg"] == 1
    assert "101.9(c)(8)(iii)" in " ".join(record["warnings"])  # type: ignore[arg-type]


@pytest.mark.parametrize("content", [8.4, 8.45, 8.99, 9.0, 9.5, 9.99, 10.0])
def test_an_adult_line_never_declares_an_amount_under_two_percent(content: float) -> None:
    amount, step = compliant_amount(content, 420)
    assert amount <= content + 1e-9
    assert 100 * amount / 420 >= label_rounding().declare_from_percent_dv - 1e-9
    assert step == (5 if content >= 10 else 1 if content >= 9 else 0.1)


@settings(deadline=None, max_examples=150)
@given(
    form=st.sampled_from(FORMS),
    compound=st.floats(min_value=1, max_value=5000),
    units=st.integers(min_value=1, max_value=4),
    basis=st.sampled_from(sorted(daily_values())),
    overage=st.sampled_from([0.0, 0.05, 0.3]),
)
def test_the_declaration_never_states_more_than_the_least_content(
    form, compound, units, basis, overage
) -> None:
    record = DeclarationResult(
        [(form, compound)], basis, units_per_serving=units, overage=overage
    ).record()
    if not record["declared"]:
        return
    held = record["declaration_basis_mg"]
    assert record["declared_mg"] * (1 + overage) <= held + 0.01
    dv = daily_values()[basis].mg
    assert record["percent_dv"] == math.floor(100 * record["declared_mg"] / dv + 0.5 + 1e-9)
    assert record["percent_dv"] >= 2 or 100 * record["declared_mg"] / dv >= 1.5
    assert record["declaration"].endswith(f" {record['percent_dv']}%")


def test_eu_states_the_daily_dose_and_the_serving_beside_it() -> None:
    record = write("citrate-anhydrous", 1000.0, servings=2, standard="eu")
    assert record["eu_declaration"] == "Magnesium 323 mg (86% NRV)"
    assert record["eu_serving_declaration"] == "Magnesium 162 mg (43% NRV)"
    assert record["percent_nrv"] == 86 and record["percent_nrv_serving"] == 43
    assert record["eu_significant"] is True and "EU2002-46" in record["sources"]


def test_under_fifteen_percent_nrv_a_day_is_flagged_under_eu() -> None:
    eu = write("oxide", 80.0, standard="eu")  # 48.2 mg a day: 13% NRV
    assert eu["eu_significant"] is False
    assert any("Annex XIII Part A point 2" in w for w in eu["warnings"])  # type: ignore[union-attr]
    us = write("oxide", 80.0)
    assert us["eu_significant"] is False
    assert not any("Annex XIII" in w for w in us["warnings"])  # type: ignore[union-attr]


def test_overage_plans_the_fill_for_the_claim() -> None:
    record = write("glycinate", 700.0, overage=0.05)  # 98.67 mg: 95 * 1.05 = 99.75 > 98.67
    assert record["declared_mg"] == 90 and record["fill_mg"] == pytest.approx(94.5)
    assert record["fill_compound_mg"] == pytest.approx(94.5 / resolve("glycinate").fraction, 0.01)
    assert parse_overage("5%") == pytest.approx(0.05) and parse_overage("0") == 0
    with pytest.raises(InputError, match="--overage"):
        parse_overage("150%")


def test_tolerance_windows_cite_their_figures() -> None:
    rule = compliance()
    assert (rule.us_floor_percent, rule.eu_low_percent, rule.eu_high_percent) == (100, -20, 45)
    assert windows(95, 98.7) == (95.0, pytest.approx(78.96), pytest.approx(143.12))


@pytest.mark.parametrize(
    ("found", "us_ok", "eu_ok"), [(96.0, True, True), (94.0, False, True), (150.0, True, False)]
)
def test_an_assay_is_checked_against_both_windows(found: float, us_ok: bool, eu_ok: bool) -> None:
    check = check_assay(found, 95, found, 98.7)
    assert (check.us_ok, check.eu_ok) == (us_ok, eu_ok)
    record = write("glycinate", 700.0, assay_mg=found)
    assert (record["assay_meets_us"], record["assay_within_eu"]) == (us_ok, eu_ok)
    assert bool(record["warnings"][1:]) is not (us_ok and eu_ok)  # type: ignore[index]


@pytest.mark.parametrize(
    ("mg", "text"),
    [
        (603.0368069, "603.04 mg"),
        (251_770.0, "251.77 g"),
        (6_030_368_069.279999733, "6.03 t"),
        (0.004, "0.004 mg"),
    ],
)
def test_masses_in_messages_read_as_people_write_them(mg: float, text: str) -> None:
    assert mass(mg) == text


def test_ranges_are_in_the_unit_of_the_figure_beside_them() -> None:
    assert mass_range(251_770.0, 241_214.72, 262_321.01) == "251.77 g (241.21-262.32 g)"
    assert mass_span(78.96, 143.12) == "78.96-143.12 mg"
    assert counted(1, "serving") == "1 serving" and counted(2, "serving") == "2 servings"
    assert plain_number(6030368069.28) == "6030368069.28"


def test_a_huge_daily_amount_reads_in_tonnes_with_its_serving_count() -> None:
    record = write("oxide", 1_000_000.0, units_per_serving=100, servings=100)
    over = [w for w in record["warnings"] if "over the supplemental UL" in w]  # type: ignore[union-attr]
    assert over == [over[0]] and over[0].startswith("6.03 t a day (100 servings)")
    one = write("oxide", 1000.0)
    assert any("a day (1 serving) is over" in w for w in one["warnings"])  # type: ignore[union-attr]
