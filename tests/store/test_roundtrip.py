"""export -> import -> export gives the same entries, for any entries (hypothesis)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mgcalc.core.diary import KINDS, Entry
from mgcalc.core.diary_io import read_entries, write_csv
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
