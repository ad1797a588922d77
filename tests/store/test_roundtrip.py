"""export -> import -> export gives the same entries, for any entries (hypothesis)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgcalc.core.diary.entries import KINDS, Entry
from mgcalc.core.diary.transfer import read_entries, write_csv
from mgcalc.core.errors import InputError
from mgcalc.render import machine

text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda t: t.strip())
optional_text = st.none() | text
mg = st.floats(min_value=0, max_value=1_000_000, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-9, max_value=100, allow_nan=False, allow_infinity=False)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    kind = draw(st.sampled_from(KINDS))
    day = draw(st.dates(min_value=__import__("datetime").date(1900, 1, 1)))
    stamp = draw(st.datetimes(min_value=__import__("datetime").datetime(1900, 1, 1)))
    time = draw(st.none() | st.times().map(lambda t: t.strftime("%H:%M")))
    return Entry(
        draw(st.none() | st.integers(1, 10**9)),
        day.isoformat(),
        time,
        kind,
        draw(text),
        0.0 if kind == "none" else draw(positive),
        draw(mg),
        draw(optional_text),
        draw(st.none() | mg.filter(lambda x: x > 0)),
        draw(optional_text),
        stamp.isoformat(),
    )


def _export(items: list[Entry], fmt: str) -> str:
    stream = io.StringIO()
    if fmt == "csv":
        write_csv(items, stream)
    elif fmt == "ndjson":
        for entry in items:
            machine.write_ndjson(entry.record(), stream)
    else:
        machine.write_json([entry.record() for entry in items], stream)
    return stream.getvalue()


@settings(max_examples=60, deadline=None)
@given(st.lists(entries(), min_size=1, max_size=8), st.sampled_from(["json", "csv", "ndjson"]))
def test_formats_read_back_exactly(items: list[Entry], fmt: str) -> None:
    assert read_entries(_export(items, fmt)) == items


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(entries(), min_size=1, max_size=6, unique_by=lambda e: e.id),
    st.sampled_from(["json", "csv"]),
)
def test_export_import_export_through_the_database(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, items, fmt
) -> None:
    from mgcalc.store.diary import all_entries, import_entries

    first = tmp_path_factory.mktemp("first")
    monkeypatch.setenv("MGCALC_HOME", str(first))
    import_entries(items)
    exported = _export(all_entries(), fmt)
    monkeypatch.setenv("MGCALC_HOME", str(tmp_path_factory.mktemp("second")))
    imported, present = import_entries(read_entries(exported))
    assert (imported, present) == (len(items), 0)
    assert _export(all_entries(), fmt) == exported
    assert {e.record()["item"] for e in all_entries()} == {e.item for e in items}
    assert Path(first / "diary.db").exists()


OLD_CSV = (
    "id,date,time,kind,item,count,elemental_mg,form,compound_mg,source,logged_at\r\n"
    "1,2026-11-20,08:00,product,nightly,2.0,400.0,glycinate,,,2026-11-26T07:39:22\r\n"
    '2,2026-11-20,,food,almonds 1oz,1.0,79.1,"Nuts, almonds",,USDA,2026-11-26T07:39:22\r\n'
)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_with_the_old_field_names_still_import(fmt: str) -> None:
    """Before 'clock' and 'food', the export had 'time' and a food's description in
    'form'; such a file reads into the same entries, written back under the new names."""
    import csv

    rows = list(csv.DictReader(io.StringIO(OLD_CSV)))
    text = OLD_CSV if fmt == "csv" else json.dumps(rows)
    product, food = read_entries(text)
    assert (product.time, product.count, product.form) == ("08:00", 2, "glycinate")
    record = food.record()
    assert (record["food"], record["form"], record["clock"]) == ("Nuts, almonds", None, None)
    again = _export([product, food], "csv")
    assert again.splitlines()[0].startswith("entry_id,date,clock,kind,item,count,")
    assert read_entries(again) == [product, food]


def test_a_new_export_keeps_food_and_form_apart() -> None:
    record = {
        "entry_id": None, "date": "2026-11-20", "clock": None, "kind": "food", "item": "x 1g",
        "count": 1, "elemental_mg": 1.0, "form": "glycinate", "food": None,
        "compound_mg": None, "source": None, "logged_at": "2026-11-26T07:39:22",
    }  # fmt: skip
    with pytest.raises(InputError, match="'form' must be empty for a food entry"):
        read_entries(json.dumps([record]))


def test_exports_from_before_contract_v1_still_import() -> None:
    """Before contract v1 an entry's number was 'id', as text in JSON: such a file
    reads into the same entries, written back as 'entry_id', a number."""
    v0 = {
        "id": "7", "date": "2026-11-20", "clock": "08:00", "kind": "supplement",
        "item": "citrate 500mg", "count": 1, "elemental_mg": 80.82, "form": "citrate",
        "food": None, "compound_mg": 500.0, "source": "PUBCHEM",
        "logged_at": "2026-11-20T08:00:00+00:00",
    }  # fmt: skip
    [entry] = read_entries(json.dumps([v0]))
    assert entry.id == 7 and entry.record()["entry_id"] == 7
    header = ",".join(v0)
    [again] = read_entries(
        header + "\r\n7,2026-11-20,08:00,supplement,citrate 500mg,1,80.82,"
        "citrate,,500.0,PUBCHEM,2026-11-20T08:00:00+00:00\r\n"
    )
    assert again == entry
