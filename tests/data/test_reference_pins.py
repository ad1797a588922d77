"""Every cell of the reference tables pinned to the reference (tests/fixtures/reference.md)."""

import re

import pytest

from mgcalc.data.labels import daily_values, nrv
from mgcalc.data.reference import standards
from tests.conftest import reference_text

US_ROWS = {  # reference.md row label -> intakes.toml band label
    "0-6 months": "0-6 months",
    "7-12 months": "7-12 months",
    "1-3 years": "1-3 years",
    "4-8 years": "4-8 years",
    "9-13 years": "9-13 years",
    "14-18 years": "14-18 years",
    "19-30 years": "19-30 years",
    "31-50 years": "31-50 years",
    "51+ years": "51+ years",
}


def _us_table(text: str) -> dict[str, list[str]]:
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] in US_ROWS:
            rows[cells[0]] = cells[1:]
    return rows


def _cell(value: str) -> tuple[int | None, str | None]:
    match = re.match(r"(\d+)(?: \((AI)\))?", value)
    return (int(match[1]), match[2]) if match else (None, None)


def test_us_rda_table_matches_every_cell() -> None:
    table = _us_table(reference_text())
    assert len(table) == 9
    bands = {band.label: band for band in standards()["us"].band}
    for label, cells in table.items():
        band = bands[US_ROWS[label]]
        male, male_ai = _cell(cells[0])
        female, _ = _cell(cells[1])
        pregnancy, _ = _cell(cells[2])
        lactation, _ = _cell(cells[3])
        assert (band.male, band.female, band.pregnancy, band.lactation) == (
            male,
            female,
            pregnancy,
            lactation,
        ), label
        assert band.type == ("AI" if male_ai else "RDA"), label


def test_us_ul_matches_reference() -> None:
    text = reference_text()
    assert "0-12 months: not established" in text
    assert (
        "1-3 y: 65 mg; 4-8 y: 110 mg; 9 y and older, pregnancy and lactation\nincluded: 350 mg"
        in text
    )
    uls = [(ul.from_months, ul.below_months, ul.mg) for ul in standards()["us"].ul]
    assert uls == [(0, 12, None), (12, 48, 65), (48, 108, 110), (108, None, 350)]


def test_eu_adequate_intakes_match_reference() -> None:
    text = " ".join(reference_text().split())
    assert (
        "EFSA15 adequate intakes (AI), mg/day: 7-11 months 80; 1-<3 y 170; 3-<10 y 230; "
        "10-<18 y boys 300, girls 250; adults men 350, women 300; pregnancy and lactation "
        "300."
    ) in text
    bands = [
        (b.from_months, b.male, b.female, b.pregnancy, b.lactation) for b in standards()["eu"].band
    ]
    assert bands == [
        (0, None, None, None, None),
        (7, 80, 80, None, None),
        (12, 170, 170, None, None),
        (36, 230, 230, None, None),
        (120, 300, 250, 300, 300),
        (216, 350, 300, 300, 300),
    ]
    assert all(b.type == "AI" for b in standards()["eu"].band)


def test_eu_ul_matches_reference() -> None:
    text = " ".join(reference_text().split())
    assert "250 mg/day from age 4, pregnancy and lactation included; not set for 1-3 y" in text
    uls = [(ul.from_months, ul.mg) for ul in standards()["eu"].ul]
    assert uls == [(0, None), (48, 250)]


@pytest.mark.parametrize(
    ("dv_id", "mg", "phrase"),
    [
        ("adult", 420, "420 mg for adults and children 4 years and over"),
        ("infant", 75, "75 mg for\ninfants through 12 months"),
        ("child", 80, "80 mg for children 1-3 years"),
        ("pregnancy", 400, "400 mg for pregnant and\nlactating women"),
        ("pre-2016", 400, "The pre-2016 DV was 400 mg"),
    ],
)
def test_daily_values_match_reference(dv_id: str, mg: int, phrase: str) -> None:
    assert phrase in reference_text()
    assert daily_values()[dv_id].mg == mg


def test_nrv_matches_reference() -> None:
    assert "EU1169 Nutrient Reference Value (labels): 375 mg" in reference_text()
    assert nrv().mg == 375
