"""One count grammar: every place a person gives a count reads it the same way.

check --supplement (``x0.5``, ``2 capsules of``, ``twice a day``), the diary (``log add``
with a product or FORM AMOUNT), the cabinet's and label's whole-number options and the
calculators' ``--count`` all go through counts.parse_count: half doses where a person
takes them, and 0, negative, NaN or absurd counts refused with the range in the message.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.chemistry.counts import MAX_SERVINGS, multiplier, parse_count
from mgcalc.core.errors import QuantityError

PERSON = ("--sex", "female", "--age", "34", "--food", "250")
RANGE = re.compile(r"must be (?:a|a whole) number from [\d.]+ to [\d,]+, got '")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        *[("2", 2), ("0.5", 0.5), (".5", 0.5), ("20", 20), ("２", 2)],
        *[("1/2", 0.5), ("½", 0.5), ("1½", 1.5), ("3/4", 0.75), ("¼", 0.25)],
    ],
)
def test_counts_people_write(text: str, value: float) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize(
    "text", ["0", "-1", "nan", "inf", "1e9", "21", "0.05", "1,5", "", "x", "1/0", "0/2", "41/2"]
)
def test_counts_refused_with_the_range(text: str) -> None:
    with pytest.raises(QuantityError, match=f"from 0.1 to {MAX_SERVINGS}, got '{re.escape(text)}'"):
        parse_count(text)


def test_whole_counts_refuse_fractions_with_the_same_sentence() -> None:
    assert parse_count("3", "--count", whole=True, most=100) == 3
    with pytest.raises(
        QuantityError, match=r"--count must be a whole number from 1 to 100, got '2\.5'"
    ):
        parse_count("2.5", "--count", whole=True, most=100)


@pytest.mark.parametrize(
    ("word", "value"),
    [("x2", 2), ("X0.5", 0.5), ("×3", 3), ("*2", 2), ("2x", 2), ("nightly", None)],
)
def test_multiplier_words(word: str, value: float | None) -> None:
    assert multiplier(word) == value


@pytest.mark.parametrize("word", ["x0", "x-1", "xnan", "x1e9", "0x"])
def test_a_word_shaped_like_a_count_is_one_and_is_refused(word: str) -> None:
    with pytest.raises(QuantityError, match=r"from 0\.1 to 20"):
        multiplier(word)


def _supplement_mg(mg, text: str) -> float:
    ran = mg("check", *PERSON, "--supplement", text, "--json")
    assert ran.code == 0, ran.err
    return float(ran.json()["supplement_mg"])


def test_half_a_dose_reads_the_same_in_check_and_in_the_diary(mg) -> None:
    """``check --supplement "glycinate 400mg x0.5"`` was refused while the diary took it."""
    half = _supplement_mg(mg, "glycinate 400mg x0.5")
    whole = mg("elemental", "glycinate", "200mg", "--json").json()["elemental_mg"]
    assert half == pytest.approx(whole, abs=0.01)
    for phrase in ("0.5 tablets of glycinate 400mg", "½ tablet of glycinate 400mg"):
        assert _supplement_mg(mg, phrase) == half
    assert _supplement_mg(mg, "glycinate 400mg x1/2") == half
    logged = mg("log", "add", "glycinate 400mg x0.5", "--json")
    assert logged.code == 0 and logged.json()[0]["elemental_mg"] == pytest.approx(half, abs=0.01)


def test_the_diary_reads_the_phrasings_check_reads(mg) -> None:
    """``2 capsules of ...`` and ``... twice a day`` were refused by ``log add``."""
    double = _supplement_mg(mg, "glycinate 400mg x2")
    for phrase in ("2 capsules of glycinate 400mg", "glycinate 400mg twice a day"):
        assert _supplement_mg(mg, phrase) == pytest.approx(double)
        ran = mg("log", "add", phrase, "--json")
        assert ran.code == 0, ran.err
        [entry] = ran.json()
        assert (entry["item"], entry["count"]) == ("glycinate 400mg", 2)
        assert entry["elemental_mg"] == pytest.approx(double, abs=0.01)
    added = mg("cabinet", "add", "nightly", "Magnesium (as magnesium glycinate) 200 mg")
    assert added.code == 0, added.err
    [entry] = mg("log", "add", "nightly", "twice", "a", "day", "--json").json()
    assert (entry["item"], entry["count"], entry["elemental_mg"]) == ("nightly", 2, 400)


@pytest.mark.parametrize("bad", ["0", "-1", "nan", "1e9"])
def test_a_bad_count_is_refused_alike_everywhere(mg, bad: str) -> None:
    runs = {
        "check x": mg("check", *PERSON, "--supplement", f"glycinate 400mg x{bad}"),
        "check capsules": mg("check", *PERSON, "--supplement", f"{bad} capsules of citrate 1g"),
        "log": mg("log", "add", "glycinate", "400mg", f"x{bad}"),
        "label": mg("label", "Magnesium citrate 100 mg", "--units-per-serving", bad),
        "cabinet": mg("cabinet", "add", "b", "Magnesium 100 mg", "--price", "3", "--count", bad),
        "elemental": mg("elemental", "citrate", "500mg", "--count", bad),
    }
    for name, ran in runs.items():
        assert ran.code == 2 and ran.out == "", name
        assert ran.err.startswith("mgcalc: error: ") and ran.err.count("\n") == 1, name
        assert RANGE.search(ran.err) and f"got '{bad}'" in ran.err, (name, ran.err)


def test_compare_units_per_pack_is_a_count_too(mg) -> None:
    ran = mg("compare", "--product", "B,glycinate,120mg,elemental,0.5,15", "--json")
    [error] = ran.json()
    assert ran.code == 1 and error["option"] == "--product"
    assert error["error"] == "units must be a whole number from 1 to 1,000,000, got '0.5'"


@pytest.mark.usefixtures("wide_tables")
def test_the_diary_table_shows_a_supplement_count(mg) -> None:
    out = mg("log", "add", "glycinate 400mg x0.5", "300").out
    assert "glycinate 400mg x0.5" in out
    assert re.search(r"\b300\s+300 mg", out)  # a count of one is not written


@given(st.text(max_size=60) | st.from_regex(r"[x×*]?[-+]?[\d.,/½¼]{0,12}[x×]?", fullmatch=True))
def test_a_count_is_in_range_or_refused_with_the_range(text: str) -> None:
    """Whatever is typed: a value within 0.1-20, or a QuantityError naming that range
    (never another exception, never NaN)."""
    for read in (parse_count, multiplier):
        try:
            value = read(text)
        except QuantityError as refused:
            assert "from 0.1 to 20, got '" in str(refused)
            continue
        assert value is None or 0.1 <= value <= MAX_SERVINGS


@pytest.mark.parametrize(
    ("panel", "got"),
    [
        ("Serving Size 1/2 Tablet\nMagnesium (as citrate) 200 mg", "1/2"),
        ("Serving Size 0 Capsules\nMagnesium 200 mg", "0"),
        ("0 capsules provide 200 mg magnesium", "0"),
    ],
)
def test_a_pasted_serving_size_is_a_whole_count(mg, panel: str, got: str) -> None:
    """'Serving Size 1/2 Tablet' was read as 1 unit (its '1'); 0 had its own sentence."""
    ran = mg("label", "-", stdin=panel)
    assert ran.code == 2
    assert f"the serving size must be a whole number from 1 to 100, got '{got}'" in ran.err
    two = mg("label", "-", "--json", stdin="Serving Size 2 Capsules\nMagnesium 200 mg").json()
    assert two["units_per_serving"] == 2


def test_a_number_before_a_product_counts_its_servings(mg) -> None:
    """'log add 2 nightly' logged 2 mg of magnesium beside one serving; it is two
    servings, as '2 capsules of ...' is two capsules (and 300 is no count)."""
    assert mg("cabinet", "add", "nightly", "Magnesium (as magnesium glycinate) 200 mg").code == 0
    for words, count in ((["2", "nightly"], 2), (["½", "nightly"], 0.5)):
        [entry] = mg("log", "add", *words, "--json").json()
        assert (entry["item"], entry["count"], entry["elemental_mg"]) == (
            "nightly",
            count,
            200 * count,
        )
    # 300 is no count of servings: it is 300 mg of magnesium beside one serving, as the
    # help says of a bare number
    beside = mg("log", "add", "300", "nightly", "--json").json()
    assert [(e["item"], e["count"], e["elemental_mg"]) for e in beside] == [
        ("300", 1, 300),
        ("nightly", 1, 200),
    ]
    both = mg("log", "add", "nightly", "300mg", "--json").json()
    assert [(e["item"], e["elemental_mg"]) for e in both] == [("nightly", 200), ("300mg", 300)]
