"""Panels pasted one cell a line, servings, and compound rows followed by the magnesium
they provide: read into the rows a printed panel has."""

from __future__ import annotations

import pytest

from mgcalc.core.errors import InputError
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.cells import join_cells
from mgcalc.core.labels.panel import serving_size
from mgcalc.core.labels.reading import parse_label


def read(text: str) -> dict:
    return dict(LabelResult(parse_label(text), line_per_serving=True).record())


CELLS = """Supplement Facts
Serving Size 2 Capsules
Amount Per Serving
% Daily Value
Magnesium (as magnesium citrate)
200 mg
48%
Zinc (as zinc citrate)
15 mg
136%"""


def test_cells_join_into_rows_and_headers_are_set_aside() -> None:
    joined = join_cells(CELLS.splitlines())
    assert "Magnesium (as magnesium citrate) 200 mg 48% DV" in joined.rows
    assert "Zinc (as zinc citrate) 15 mg 136% DV" in joined.rows
    assert joined.headers == ["Supplement Facts", "Amount Per Serving", "% Daily Value"]
    assert joined.basis == "dv"


def test_a_panel_pasted_cell_by_cell_reads_as_its_row() -> None:
    record = read(CELLS)
    assert record["elemental_mg"] == 200 and record["units_per_serving"] == 2
    assert record["elemental_per_unit_mg"] == 100 and record["percent_matches"] is True
    assert record["magnesium_row"] == "Magnesium (as magnesium citrate) 200 mg 48% DV"
    assert any(line.startswith("Zinc") for line in record["ignored"])


def test_an_nrv_column_marks_its_numbers_even_without_a_percent_sign() -> None:
    text = "Ingredient\nAmount\nNRV %\nMagnesium (as citrate)\n375mg\n100"
    record = read(text)
    assert record["stated_percent_basis"] == "nrv" and record["percent_matches"] is True


@pytest.mark.parametrize(
    ("header", "basis"),
    [
        ("% NRV*", "nrv"),
        ("%RI", "nrv"),
        ("Nährstoffbezugswert", "nrv"),
        ("% VNR", "nrv"),
        ("% valeur nutritionnelle de référence", "nrv"),
        ("% referentie-inname", "nrv"),
        ("% Daily Value*", "dv"),
    ],
)
def test_a_percent_column_header_names_its_reference(header: str, basis: str) -> None:
    record = read(f"Amount\n{header}\nMagnesium\n375 mg\n100%")
    assert record["stated_percent_basis"] == basis


@pytest.mark.parametrize(
    ("size", "units"),
    [
        ("3 Capsules", 3),
        ("3 veg capsules", 3),
        ("Two (2) Tablets", 2),
        ("1 scoop (3.1 g)", 1),
        ("2.5 gm (1/2 rounded tsp)", 1),
        ("3g (1 level teaspoon)", 1),
        ("1 Tablet", 1),
    ],
)
def test_serving_sizes(size: str, units: int) -> None:
    assert serving_size(size)[0] == units


def test_a_fraction_of_a_unit_is_no_serving_size() -> None:
    with pytest.raises(InputError, match="whole number from 1 to 100, got '1/2'"):
        serving_size("1/2 Tablet")


def test_a_serving_size_on_two_lines() -> None:
    record = read("Serving Size\n3 Capsules\nMagnesium (as glycinate)\n300 mg")
    assert record["units_per_serving"] == 3 and record["elemental_per_unit_mg"] == 100


def test_a_weighed_serving_is_one_serving_and_says_so() -> None:
    record = read("Serving Size 1 scoop (3.1 g)\nMagnesium (as citrate) 300 mg 71%")
    assert record["units_per_serving"] == 1 and record["elemental_mg"] == 300
    assert any("weighed or measured" in note for note in record["notes"])


@pytest.mark.parametrize(
    "header",
    ["Per daily dose (2 tablets)", "Typical values per 2 tablets", "je Tagesdosis (2 Tabletten)"],
)
def test_a_per_dose_header_sets_the_serving(header: str) -> None:
    record = read(f"{header}\nMagnesium 300 mg")
    assert record["units_per_serving"] == 2 and record["elemental_per_unit_mg"] == 150


def test_a_lead_in_line_says_what_the_row_is_for() -> None:
    record = read("Each vegetable capsule contains:\nMagnesium (as citrate) 150 mg")
    assert record["elemental_mg"] == 150 and record["units_per_serving"] == 1
    assert any("Each vegetable capsule contains" in note for note in record["notes"])


@pytest.mark.parametrize(
    "provides",
    [
        "(providing elemental magnesium 89 mg, 24% NRV)",
        "(equiv. magnesium 89 mg)",
        "equivalent to 89 mg magnesium",
        "of which magnesium 89 mg",
        "yielding 89 mg elemental magnesium",
        "davon 89 mg Magnesium",
        "89 mg elemental magnesium per capsule",
    ],
)
def test_a_compound_row_and_the_magnesium_it_provides(provides: str) -> None:
    record = read(f"Magnesium taurate 1000 mg\n{provides}")
    assert record["figure_is"] == "elemental" and record["elemental_mg"] == 89
    assert record["compound_mg"] == 1000 and record["forms"] == ["taurate"]
    assert record["compound_supplies_high_mg"] * 1.02 >= 89
    assert not any("magnesium rows" in w for w in record["warnings"])


def test_a_provided_figure_the_compound_cannot_hold_is_flagged() -> None:
    record = read("Magnesium taurate 1000 mg\n(providing elemental magnesium 200 mg)")
    assert record["elemental_mg"] == 200
    assert any("holds at most about 89" in w for w in record["warnings"])
