"""Over-the-counter products by name: a FORM with a count, from its label."""

import pytest

from mgcalc.core.chemistry.products import find_product, product_units
from mgcalc.data.products import products


@pytest.mark.parametrize(
    ("words", "elemental", "units"),
    [
        (["mag-ox-400", "2"], 482.6, 2),  # two tablets of 241.3 mg (DM-MGO400)
        (["Mag-Ox", "400", "1", "tablet"], 241.3, 1),
        (["mag-tab-sr", "2", "caplets"], 168.0, 2),
        (["slow-mag", "2"], 143.0, 2),
        (["phillips-milk-of-magnesia", "30mL"], 1000.0, 2),  # 500 mg a 15 mL
        (["phillips", "2", "tbsp"], 1000.0, 2),
        (["magnesium", "citrate", "solution", "300mL"], 2900.0, 10),
        (["epsom", "salt", "2", "tsp"], 990.0, 2),
    ],
)
def test_a_product_counts_its_labels_units(mg, words, elemental, units) -> None:
    data = mg("elemental", *words, "--json").json()
    assert data["elemental_mg"] == pytest.approx(elemental)
    assert data["product_units"] == pytest.approx(units)
    assert data["product"] and data["elemental_per_unit_mg"] > 0
    assert set(find_product(data["product"]).sources) <= set(data["sources"])


def test_a_weight_of_epsom_salt_is_the_heptahydrate(mg) -> None:
    data = mg("elemental", "epsom", "salt", "10g", "--json").json()
    assert data["form"] == "sulfate-heptahydrate" and data["product"] is None
    assert data["elemental_mg"] == pytest.approx(986.11)


def test_more_than_the_label_allows_is_a_caution(mg) -> None:
    ran = mg("elemental", "mag-ox-400", "3", "-q")
    assert ran.out == "723.9\n"
    assert "more than its label allows in 24 hours (2 tablets" in ran.err


def test_compound_counts_whole_tablets_or_the_volume(mg) -> None:
    assert mg("compound", "mag-ox-400", "500mg", "-q").out == "3\n"
    assert mg("compound", "phillips", "500mg", "-q").out == "15\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["elemental", "epsom salt", "500"], "a bare number counts level teaspoons"),
        (["elemental", "mag-ox-400", "10mL"], "counted in tablets, not measured by volume"),
        (["elemental", "mag-ox-400", "2", "--concentration", "50%"], "its label states"),
        (["check", "--sex", "male", "--supplement", "slow-mag 2"], "is a product"),
        (["elemental", "MgSO4 7H2O", "1g"], "did you mean 'MgSO4.7H2O'?"),
        (["elemental", "sulfate", "2 amps"], "give the volume and the strength"),
    ],
)
def test_what_a_product_or_a_container_is_not(mg, args, message) -> None:
    ran = mg(*args)
    assert ran.code == 2 and ran.err.startswith("mgcalc: error: ") and message in ran.err


def test_forms_lists_the_products_with_their_labels(mg) -> None:
    rows = mg("forms", "--products", "--json").json()
    assert {row["id"] for row in rows} == {item.id for item in products()}
    assert all(row["sources"] and row["elemental_per_unit_mg"] > 0 for row in rows)
    assert mg("forms", "--products", "-q").out.split() == [item.id for item in products()]
    assert "forms --products" in " ".join(mg("forms").out.split())


def test_a_liquid_takes_a_volume_a_tablet_does_not() -> None:
    mom = find_product("Phillips' Milk of Magnesia")
    assert mom is not None and product_units(mom, "45 mL") == pytest.approx(3)
    assert product_units(mom, "1200mg") is None  # a weight: of the salt


def test_batch_quiet_keeps_the_cautions_of_products_and_bare_formulas(mg) -> None:
    ran = mg("elemental", "--batch", "-", "-q", stdin="mag-ox-400 2\nMgSO4 1g\nmag-ox-400 3\n")
    assert ran.code == 0 and ran.out.split() == ["482.6", "201.92", "723.9"]
    assert "line 2: 'MgSO4' has two readings" in ran.err
    assert "line 3: 3 tablets of mag-ox-400 is more than its label allows" in ran.err
