"""Commas in a label's numbers: a decimal comma (EU) is read as one and said so; a
comma that reads both ways (``1,500 mg``) is settled by the line or refused naming
both readings, never guessed (labels.text.comma_kind, labels.commas)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.core.errors import InputError
from mgcalc.core.intake.supplements import supplement_item
from mgcalc.core.labels.reading import parse_label
from mgcalc.core.labels.text import comma_kind
from mgcalc.data.labels import daily_values, nrv


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("200", None),
        ("0,375", "decimal"),
        ("0,850", "decimal"),
        ("1,5", "decimal"),
        ("37,5", "decimal"),
        ("200,25", "decimal"),
        ("1,2345", "decimal"),
        ("1000,500", "decimal"),
        ("1,500", "either"),
        ("999,999", "either"),
        ("1,000,000", "thousands"),
        ("1,000.5", "thousands"),
    ],
)
def test_comma_kind(number: str, kind: str | None) -> None:
    assert comma_kind(number) == kind


@pytest.mark.parametrize(
    ("line", "mg"),
    [
        ("Magnesium 0,375 g", 375),
        ("Magnesium 1,5 g", 1500),
        ("Magnesium 56,3 mg 15% NRV", 56.3),
        ("Magnesium (as citrate) 0,25 g 67% NRV", 250),
        ("Magnesium 1,000 mg 238% DV", 1000),  # the stated % settles a thousands comma
        ("Magnesium 1,000 mg 267% NRV", 1000),
        ("Magnesium 1,500 g", 1500),  # 1500 g is over a label's 1 kg: a decimal comma
        ("Magnesium 1,000,000 mcg", 1000),
        ("Magnesium citrate 1,000.0 mg", 1000),
    ],
)
def test_commas_read(line: str, mg: float) -> None:
    assert parse_label(line).amount_mg == pytest.approx(mg)


@pytest.mark.parametrize(
    "line",
    [
        "Magnesium 1,500 mg",
        "Magnesium glycinate 1,000 mg",
        "Magnesium 1,000 mg 27% NRV",  # fits neither 1000 mg (267%) nor 1 mg (0%)
    ],
)
def test_a_comma_that_reads_both_ways_is_refused_with_both(line: str) -> None:
    with pytest.raises(InputError, match=r"reads two ways: .* or .*decimal comma") as raised:
        parse_label(line)
    assert "write '" in (raised.value.suggestion or "")


@pytest.mark.parametrize(
    ("line", "elemental", "compound", "why"),
    [
        # 1 mg of any salt cannot hold 200 mg of magnesium; 1000 mg of glycinate cannot
        # either, which the line's own warning says
        ("Magnesium 200 mg (from 1,000 mg magnesium glycinate)", 200, 1000, "1 mg of the salt"),
        ("Magnesium 100 mg (from 1,000 mg magnesium citrate)", 100, 1000, "1 mg of the salt"),
        ("Magnesium 1,000 mg (from 500 mg magnesium citrate)", 1, 500, "500 mg of the salt"),
    ],
)
def test_a_salt_weight_settles_a_comma(
    line: str, elemental: float, compound: float, why: str
) -> None:
    parsed = parse_label(line)
    assert (parsed.amount_mg, parsed.compound_mg) == (elemental, compound)
    assert any(why in note and "cannot hold" in note for note in parsed.notes), parsed.notes


_DECIMALS = st.one_of(
    st.tuples(st.just("0"), st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
    st.tuples(
        st.from_regex(r"[1-9][0-9]{0,3}", fullmatch=True),
        st.from_regex(r"[0-9]{1,2}", fullmatch=True),
    ),
    st.tuples(
        st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True),
        st.from_regex(r"[0-9]{4,5}", fullmatch=True),
    ),
)


@given(_DECIMALS, st.sampled_from(["mg", "g", "mcg"]))
def test_an_unambiguous_decimal_comma_reads_as_its_decimal(
    parts: tuple[str, str], unit: str
) -> None:
    whole, fraction = parts
    value = float(f"{whole}.{fraction}") * {"mg": 1, "g": 1000, "mcg": 0.001}[unit]
    line = f"Magnesium {whole},{fraction} {unit}"
    try:
        parsed = parse_label(line)
    except InputError as exc:  # only the range may refuse it
        assert not 0.001 <= value <= 1_000_000 or value == 0, exc
        return
    assert parsed.amount_mg == pytest.approx(value)
    if value:
        assert any("decimal comma" in note for note in parsed.notes)


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(["", " 48%", " 100% NRV"]))
def test_a_thousands_shaped_comma_is_settled_or_refused(head: int, tail: int, percent: str) -> None:
    """``d,ddd mg`` never reads silently: a stated % that fits one reading settles it
    (and says so); otherwise the line is refused with both readings."""
    line = f"Magnesium {head},{tail:03d} mg{percent}"
    thousands, decimal = head * 1000 + tail, float(f"{head}.{tail:03d}")
    try:
        parsed = parse_label(line)
    except InputError as exc:
        assert "reads two ways" in str(exc) and f"{thousands} mg" in str(exc)
        return
    assert percent, "no stated percent: the line must be refused"
    assert parsed.amount_mg in (thousands, decimal)
    assert any("comma" in note and "the stated" in note for note in parsed.notes)
    stated = float(percent.split("%")[0])
    references = [nrv().mg] if "NRV" in percent else [dv.mg for dv in daily_values().values()]
    assert any(abs(100 * parsed.amount_mg / ref - stated) <= 2 + stated / 10 for ref in references)


@pytest.mark.parametrize(
    ("text", "mg"),
    [
        ("Magnesium 0,375 g", 375),
        ("200,5", 200.5),
        ("0,375 g", 375),
        ("glycinate 1,5 g x2", 2 * 1500 * 0.141),
        ("Magnesium (as citrate) 1,000 mg 238% DV", 1000),
    ],
)
def test_check_supplement_reads_commas_as_label_does(text: str, mg: float) -> None:
    item = supplement_item(text)
    assert item.elemental_mg == pytest.approx(mg, rel=0.01)
    assert "comma" in (item.figure_note or "")


@pytest.mark.parametrize("text", ["1,500", "Magnesium 1,500 mg", "glycinate 1,000 mg"])
def test_check_supplement_refuses_what_label_refuses(text: str) -> None:
    with pytest.raises(InputError, match="reads two ways"):
        supplement_item(text)


def test_below_one_microgram_is_refused() -> None:
    with pytest.raises(InputError, match="under 1 mcg"):
        parse_label("Magnesium 0.0000001 mg")


def test_points_grouping_thousands_with_a_decimal_comma_are_refused_with_the_reading() -> None:
    with pytest.raises(InputError, match=r"groups thousands with points .*\(1000\.5 mg\)"):
        parse_label("Magnesium 1.000,5 mg")
