import pytest

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import InputError
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.compare import compare, row_from_option, rows_from_csv
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.rounding import declared_amount, food_percent_dv, supplement_percent_dv
from mgcalc.core.labels.writing import DeclarationResult


@pytest.mark.parametrize(
    ("line", "forms", "figure", "amount", "percent"),
    [
        ("Magnesium (as magnesium citrate) 200 mg", ["citrate"], "elemental", 200, None),
        ("Magnesium 200 mg (as glycinate)", ["glycinate"], "elemental", 200, None),
        (
            "Magnesium (from magnesium bisglycinate) 200mg 48%",
            ["glycinate"],
            "elemental",
            200,
            "48",
        ),
        ("Magnesium citrate 500 mg", ["citrate"], "compound", 500, None),
        ("Magnesium oxide 400mg", ["oxide"], "compound", 400, None),
        (
            "Magnesium (as magnesium bisglycinate, magnesium oxide) 150 mg",
            ["glycinate", "oxide"],
            "elemental",
            150,
            None,
        ),
        # real-world variants: case, spacing, units, punctuation, unicode
        ("MAGNESIUM (AS MAGNESIUM CITRATE)   200 MG.", ["citrate"], "elemental", 200, None),
        ("magnesium (as magnesium glycinate) 120mg", ["glycinate"], "elemental", 120, None),
        (
            "Magnesium (as Magnesium Glycinate) – 1,000 milligrams 238% DV",
            ["glycinate"],
            "elemental",
            1000,
            "238",
        ),
        ("Magnesium 200 mg. (as citrate)", ["citrate"], "elemental", 200, None),
        ("Magnesium* (as citrate) 200 mg 48%†", ["citrate"], "elemental", 200, "48"),
        ("Magnesium (as oxide) 0.2 g", ["oxide"], "elemental", 200, None),
        ("Magnesium (as citrate) 200000 µg", ["citrate"], "elemental", 200, None),
        ("Magnesium (as citrate) 200000 μg", ["citrate"], "elemental", 200, None),
        (
            "Magnesium glycinate 1000 mg (providing 140 mg elemental magnesium)",
            ["glycinate"],
            "elemental",
            140,
            None,
        ),
        ("Elemental magnesium 200mg", [], "elemental", 200, None),
        ("Magnesium 200 mg", [], "elemental", 200, None),
        ("Mg (as glycinate) 120 mg", ["glycinate"], "elemental", 120, None),
        ("Magnesium L-Threonate 2,000.5 mg", ["threonate"], "compound", 2000.5, None),
        ("Epsom salt 1 g", ["sulfate-heptahydrate"], "compound", 1000, None),
        ("Magnesium 200mg 48% DV (as magnesium glycinate)", ["glycinate"], "elemental", 200, "48"),
        (
            "Magnesium (as magnesium citrate and magnesium malate) 100 mg",
            ["citrate", "malate"],
            "elemental",
            100,
            None,
        ),
        ("  Magnesium   (as   taurate)   125   mg  ", ["taurate"], "elemental", 125, None),
        ("Magnesium (as magnesium oxide) 250 mg <1%", ["oxide"], "elemental", 250, "<1"),
    ],
)
def test_label_shapes(line, forms, figure, amount, percent) -> None:
    parsed = parse_label(line)
    assert [f.id for f in parsed.forms] == forms
    assert parsed.figure_is == figure
    assert parsed.amount_mg == amount
    assert parsed.stated_percent_display == (None if percent is None else f"{percent}%")
    if percent is not None and not percent.startswith("<"):
        assert parsed.stated_percent == float(percent)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "empty label line"),
        ("Vitamin C 500 mg", "could not find magnesium"),
        ("Magnesium citrate", "could not find an amount"),
        ("Magnesium unobtainium 100 mg", "could not read the form 'Magnesium unobtainium'"),
    ],
)
def test_unreadable_lines_say_which_part(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_label(line)


def test_compound_line_is_converted_and_warned() -> None:
    record = LabelResult(parse_label("Magnesium citrate 500 mg")).record()
    assert record["elemental_mg"] == pytest.approx(80.82)
    assert record["percent_dv"] == 19 and record["percent_nrv"] == 22
    assert "not of magnesium" in record["warnings"][0]


def test_percent_dv_checked() -> None:
    good = LabelResult(parse_label("Magnesium (as citrate) 200 mg 48%")).record()
    assert good["percent_matches"] is True and good["warnings"] == []
    bad = LabelResult(parse_label("Magnesium (as citrate) 200 mg 50%")).record()
    assert bad["percent_matches"] is False
    assert "matches" in bad["warnings"][0] and "before the 2016 rule" in bad["warnings"][0]


def test_servings_and_units_scale_per_day_and_ul() -> None:
    record = LabelResult(
        parse_label("Magnesium (as glycinate) 100 mg"), units_per_serving=2, servings=2
    ).record()
    assert record["elemental_mg"] == 200 and record["elemental_per_day_mg"] == 400
    assert (
        record["over_ul"] is True and "over the supplemental UL of 350 mg" in record["warnings"][-1]
    )


def test_blend_compound_weight_gives_a_range() -> None:
    record = LabelResult(parse_label("Magnesium oxide, magnesium citrate 500 mg")).record()
    assert record["elemental_mg"] is None
    low, high = record["elemental_low_mg"], record["elemental_high_mg"]
    assert low == pytest.approx(80.82) and high == pytest.approx(301.52)


def test_dv_basis() -> None:
    record = LabelResult(parse_label("Magnesium 40 mg"), dv_basis="child").record()
    assert record["dv_mg"] == 80 and record["percent_dv"] == 50


@pytest.mark.parametrize(
    ("mg", "printed"),
    [
        (8.4, 2),
        (10.49, 2),
        (10.5, 3),
        (197.35, 47),
        (201.6, 48),
        (420, 100),
    ],
)
def test_supplement_percent_dv_boundaries(mg: float, printed: int) -> None:
    """21 CFR 101.36(b)(2)(iii): nearest whole percent."""
    assert supplement_percent_dv(mg, 420) == printed


@pytest.mark.parametrize(
    ("percent", "printed"),
    [
        (1.9, 0),
        (2.0, 2),
        (2.9, 2),
        (3.0, 4),
        (9.9, 10),
        (10.0, 10),
        (10.1, 10),
        (12.4, 10),
        (12.5, 15),
        (50.0, 50),
        (50.1, 50),
        (54.9, 50),
        (55.0, 60),
        (104.0, 100),
    ],
)
def test_food_percent_dv_steps(percent: float, printed: int) -> None:
    """21 CFR 101.9(c)(8)(iii): 2% steps to 10%, 5% steps to 50%, 10% steps above."""
    assert food_percent_dv(percent * 4.2, 420) == printed


@pytest.mark.parametrize(
    ("mg", "declared"), [(197.35, 195), (197.5, 200), (2.4, 0), (2.5, 5), (140.96, 140)]
)
def test_declared_amount_in_5mg_steps(mg: float, declared: int) -> None:
    assert declared_amount(mg) == declared


def test_declaration_text() -> None:
    record = DeclarationResult([(resolve("glycinate"), 1400.0)]).record()
    assert record["declaration"] == "Magnesium (as magnesium bisglycinate) 195 mg 46%"
    assert record["eu_declaration"] == "Magnesium 197 mg (53% NRV)"
    blend = DeclarationResult([(resolve("glycinate"), 1000.0), (resolve("oxide"), 100.0)])
    assert blend.record()["declaration"] == (
        "Magnesium (as magnesium bisglycinate, magnesium oxide) 200 mg 48%"
    )
    food = DeclarationResult([(resolve("oxide"), 100.0)], food_label=True).record()
    assert food["declaration"] == "Magnesium 60 mg 15%"


def test_compare_ranks_by_cost_and_reports_bad_rows() -> None:
    rows = rows_from_csv(
        [
            "name,form,amount,amount_is,units,price,shop\n",
            "A,glycinate,500mg,compound,120,19.99,x\n",
            "B,citrate,200mg,elemental,90,12.00,y\n",
            "C,citrat,1g,compound,60,5,z\n",
            "D,oxide,400mg,elemental,100,-3,w\n",
        ]
    )
    result = compare(rows, 300, 350)
    records = result.records()
    ranked = [r for r in records if "rank" in r]
    assert [r["name"] for r in ranked] == ["B", "A"]
    assert ranked[0]["cost_per_100mg"] == pytest.approx(100 * 12 / (90 * 200), abs=1e-4)
    # 5 capsules (352 mg) would cross the UL of 350: rounded down to 4, and said so
    assert ranked[1]["units_per_day"] == 4 and ranked[1]["extra"] == {"shop": "x"}
    assert "rounded down to 4" in ranked[1]["dose_note"]
    errors = [r for r in records if "error" in r]
    assert [(e["line"], e["error"][:12]) for e in errors] == [
        (4, "unknown form"),
        (5, "price must b"),
    ]


def test_compare_missing_header_columns() -> None:
    with pytest.raises(InputError, match="lacks: amount_is"):
        rows_from_csv(["name,form,amount,units,price\n"])


def test_product_option_needs_six_fields() -> None:
    with pytest.raises(InputError, match="needs 6 fields"):
        row_from_option("A,glycinate,500mg")
