"""check --supplement reads what a person writes."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.errors import InputError, MgcalcError
from mgcalc.core.intake.supplements import split_count, supplement_item

GLYCINATE = resolve("glycinate").fraction
CITRATE = resolve("citrate").fraction


@pytest.mark.parametrize(
    ("text", "elemental", "form", "count"),
    [
        ("300", 300, None, 1),
        ("0", 0, None, 1),
        ("10 mmol", 243.05, None, 1),
        ("glycinate 400mg", 400 * GLYCINATE, "glycinate", 1),
        ("400mg glycinate", 400 * GLYCINATE, "glycinate", 1),
        ("400 mg of magnesium glycinate", 400 * GLYCINATE, "glycinate", 1),
        ("magnesium citrate 500 mg", 500 * CITRATE, "citrate", 1),
        ("glycinate 400mg x2", 800 * GLYCINATE, "glycinate", 2),
        ("glycinate 400mg × 3", 1200 * GLYCINATE, "glycinate", 3),
        ("2 capsules of glycinate 400mg", 800 * GLYCINATE, "glycinate", 2),
        ("2 x 400mg glycinate", 800 * GLYCINATE, "glycinate", 2),
        ("Magnesium (as magnesium glycinate) 200 mg 48%", 200, "glycinate", 1),
        ("Magnesium (as magnesium glycinate) 200 mg 48% x2", 400, "glycinate", 2),
        ("2 tablets of Magnesium (as magnesium oxide) 250 mg", 500, "oxide", 2),
        ("magnesium 400mg", 400, None, 1),
        ("400 mg elemental magnesium", 400, None, 1),
        ("Mg(OH)2 400mg", 400 * resolve("hydroxide").fraction, "hydroxide", 1),
        ("400mg magnesium oxide x 2", 800 * resolve("oxide").fraction, "oxide", 2),
        ("400mg glycinate x2", 800 * GLYCINATE, "glycinate", 2),
        ("Magnésium 300 mg", 300, None, 1),
        ("magnesium 200mg twice a day", 400, None, 2),
        ("Magnesium 200 mg 2x daily", 400, None, 2),
        ("glycinate 400mg x2, 3 times a day", 2400 * GLYCINATE, "glycinate", 6),
        ("2 capsules of glycinate 400mg twice daily", 1600 * GLYCINATE, "glycinate", 4),
        ("Magnesium (as citrate) 100 mg once daily", 100, "citrate", 1),
        ("magnesium glycinate 400 mg (2 caps)", 400 * GLYCINATE, "glycinate", 1),
        ("Magnesium citrate 150mg elemental", 150, "citrate", 1),
        ("2 capsules provide 200 mg magnesium", 200, None, 1),
        ("Each capsule contains: Magnesium (as oxide) 100 mg x2", 200, "oxide", 2),
        ("Magnesio (en forma de citrato) 150 mg", 150, "citrate", 1),
    ],
)
def test_phrasings(text: str, elemental: float, form: str | None, count: int) -> None:
    item = supplement_item(text)
    assert item.elemental_mg == pytest.approx(elemental, rel=1e-3)
    assert (item.form, item.count, item.input) == (form, count, text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("citrat 500mg", "did you mean 'citrate'"),
        ("glycinate 400mg x0", "must be a number from 0.1 to 20, got '0'"),
        ("glycinate 400mg x99", "must be a number from 0.1 to 20, got '99'"),
        ("-200 mg", "more than 0"),
        ("x" * 600, "over 500 characters"),
        ("milk of magnesia 400mg/5mL 15mL", "gives a volume"),
        ("Magnesium hydroxide 400 mg per 5 mL, 2 tbsp", "gives a volume"),
        ("sulfate 4mL", "gives a volume"),
    ],
)
def test_refusals(text: str, phrase: str) -> None:
    with pytest.raises(InputError) as caught:
        supplement_item(text)
    assert phrase in str(caught.value)


def test_a_formula_ending_in_a_digit_is_not_a_count() -> None:
    assert split_count("Mg(OH)2") == ("Mg(OH)2", 1)
    assert split_count("glycinate complex 2") == ("glycinate complex 2", 1)


@settings(deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_cleanly(text: str) -> None:
    try:
        item = supplement_item(text)
    except MgcalcError:
        return
    assert item.elemental_mg >= 0 and item.count >= 1


@settings(deadline=None)
@given(
    amount=st.integers(min_value=1, max_value=2000),
    count=st.integers(min_value=1, max_value=20),
    form=st.sampled_from(["glycinate", "citrate", "oxide", "malate"]),
)
def test_count_multiplies_every_phrasing(amount: int, count: int, form: str) -> None:
    one = supplement_item(f"{form} {amount}mg").elemental_mg
    for text in (f"{form} {amount}mg x{count}", f"{count} capsules of {amount}mg {form}"):
        assert supplement_item(text).elemental_mg == pytest.approx(one * count)


@pytest.mark.parametrize("text", ["glycinate", "2 capsules of", "magnesium citrate"])
def test_no_amount_names_the_phrasings(text: str) -> None:
    with pytest.raises(InputError) as caught:
        supplement_item(text)
    assert "gives no amount" in str(caught.value) and "glycinate 400mg" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "Magtein® 2000 mg",
        "TRAACS™ magnesium bisglycinate 1000 mg",
        "Magnesium (as magnesium glycinate) 200 mg 48%",
        "Magnesium (as magnesium L-threonate) 2000 mg",
    ],
)
def test_label_lines_read_as_the_label_reader_reads_them_at_the_top(text: str) -> None:
    """check --supplement and `mgcalc label` agree on a pasted line: a trademark sign
    marks a label line (it was refused as an unknown form), and a raw material's stated
    range counts at its top, as a range of amounts does (it took the middle figure)."""
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.reading import parse_label

    span = LabelResult(parse_label(text)).line_span
    assert span is not None
    assert supplement_item(text).elemental_mg == pytest.approx(span[1], rel=1e-9)


@pytest.mark.parametrize("name", ["magtein", "carbonate", "glycinate"])
def test_form_amount_counts_a_stated_content_range_at_its_top(name: str) -> None:
    """'magtein 2000mg' and 'Magtein® 2000 mg' give the same figure: the top of the
    stated range, as a label range does (the UL check must not understate)."""
    form = resolve(name)
    top = form.fraction_high or form.fraction
    assert supplement_item(f"{name} 2000mg").elemental_mg == pytest.approx(2000 * top)


@pytest.mark.parametrize("text", ["magtein 2000mg", "Magtein® 2000 mg", "carbonate 500mg"])
def test_a_raw_material_cites_its_stated_content(text: str) -> None:
    """The figure comes from the supplier's or pharmacopoeia's stated content, so the
    check names that source, not PubChem (which has no figure for a blend)."""
    item = supplement_item(text)
    assert item.form is not None
    assert item.source == resolve(item.form).sources[0] != "PUBCHEM"


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Magnesium 25% DV", "420 mg Daily Value (adult)"),
        ("Magnesium 48%", "420 mg Daily Value (adult)"),
        ("Magnesium (as magnesium glycinate) 50% DV", "420 mg Daily Value (adult)"),
        ("Magnesium 50% NRV", "375 mg EU NRV"),
    ],
)
def test_a_percent_only_line_gives_the_amount_label_derives(text: str, basis: str) -> None:
    """`check --supplement "Magnesium 25% DV"` was refused while `mgcalc label` derived
    105 mg from the same line: the same reader now gives the same figure, said to be
    derived, with its basis."""
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.reading import parse_label

    item = supplement_item(text)
    expected = LabelResult(parse_label(text)).record()["elemental_mg"]
    assert item.elemental_mg == pytest.approx(expected)
    record = item.record()
    assert record["derived"] is True and basis in (record["figure_note"] or "")
    assert str(expected).removesuffix(".0") in (record["figure_note"] or "")
    twice = supplement_item(text + " x2")
    assert twice.elemental_mg == pytest.approx(2 * expected) and twice.count == 2


@pytest.mark.parametrize(
    ("text", "low_fraction_of_top"),
    [
        ("magtein 2000mg", 7.0 / 8.0),
        ("carbonate-usp 1g", 40.0 / 43.5),
        ("Magtein® 2000 mg", 7.0 / 8.0),
        ("Magnesium 100-200 mg", 0.5),
    ],
)
def test_a_range_shows_both_ends_and_says_the_top_counts(
    text: str, low_fraction_of_top: float
) -> None:
    """check counted a raw material's range at its top without saying so: the item now
    carries both ends and a note on which end counts and why."""
    record = supplement_item(text).record()
    assert record["elemental_high_mg"] == record["elemental_mg"]
    assert record["elemental_low_mg"] == pytest.approx(
        record["elemental_mg"] * low_fraction_of_top, abs=0.01
    )
    note = record["figure_note"] or ""
    assert "counted at the top" in note and "never understates" in note
    assert f"{record['elemental_low_mg']:g}-{record['elemental_high_mg']:g} mg" in note
    plain = supplement_item("glycinate 400mg").record()
    assert (plain["elemental_low_mg"], plain["elemental_high_mg"], plain["figure_note"]) == (
        None,
        None,
        None,
    )


def test_a_less_than_one_percent_line_counts_at_its_top() -> None:
    """'Magnesium <1%' was refused by check and label alike ('no amount'): it states
    under 1% of the 420 mg DV, so the item spans 0-4.2 mg and counts 4.2."""
    record = supplement_item("Magnesium <1%").record()
    assert (record["elemental_low_mg"], record["elemental_mg"]) == (0, 4.2)
    assert record["derived"] is True and "<1%" in (record["figure_note"] or "")


def test_what_the_label_reader_did_not_read_is_said() -> None:
    """A clause the label reader passed over ('(chewable)') was dropped from check's
    reading without a word; the item's note now carries it."""
    note = supplement_item("Magnesium (as citrate) 200 mg (chewable)").record()["figure_note"]
    assert note is not None and "'(chewable)' was not read" in note
