"""compare for raw materials: a unit over 1 kg is a drum, priced per kg of magnesium,
with no daily dose or UL reading; the products a person takes keep theirs."""

from __future__ import annotations

import pytest

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.labels.compare import compare, product_from, row_from_option

DRUM = "Drum,citrate-anhydrous,25kg,compound,1,900"


def test_a_drum_is_raw_material_priced_per_kg_of_magnesium() -> None:
    product = product_from(row_from_option(DRUM))
    magnesium_kg = 25 * resolve("citrate-anhydrous").fraction
    assert product.raw_material is True
    assert product.cost_per_kg_mg == pytest.approx(900 / magnesium_kg)
    result = compare([], 300.0, 350, options=[DRUM, "Caps,glycinate,500mg,compound,120,19.99"])
    caps, drum = sorted(result.records(), key=lambda r: r["name"])
    assert drum["raw_material"] is True and drum["cost_per_kg_mg"] == pytest.approx(222.73)
    assert drum["units_per_day"] is None and drum["over_ul"] is None and drum["days"] is None
    assert "raw material" in drum["dose_note"] and "222.73 per kg" in drum["dose_note"]
    assert caps["raw_material"] is False and caps["units_per_day"] == 4


def test_a_person_sized_unit_is_no_raw_material(mg) -> None:
    data = mg("compare", "--product", "Tub,citrate-anhydrous,1kg,compound,1,30", "--json").json()
    assert data[0]["raw_material"] is False and data[0]["units_per_day"] == 1


def test_over_a_thousand_tonnes_is_still_refused(mg) -> None:
    ran = mg("compare", "--product", "Silo,oxide,2000t,compound,1,9", "--json")
    assert ran.code == 1 and "1,000 t" in ran.json()[0]["error"]


def test_a_semicolon_file_reads_decimal_commas(mg) -> None:
    text = (
        "name;form;amount;amount_is;units;price\n"
        "Gentle;glycinate;0,5 g;compound;120;19,99\n"
        "Big;oxide;1.250,5 mg;compound;10;1.234,50\n"
        "Odd;oxide;1.250 mg;compound;10;5\n"
    )
    ran = mg("compare", "-", "--json", stdin=text)
    records = {r.get("name") or r["line"]: r for r in ran.json()}
    assert (
        records["Gentle"]["price_per_pack"] == 19.99
        and records["Gentle"]["elemental_per_unit_mg"] == 70.48
    )
    assert records["Big"]["price_per_pack"] == 1234.5
    assert ran.code == 1 and "reads two ways" in records[4]["error"]
    comma = 'name,form,amount,amount_is,units,price\nA,oxide,500mg,compound,10,"12,50"\n'
    assert "decimal comma" in mg("compare", "-", "--json", stdin=comma).json()[0]["error"]
