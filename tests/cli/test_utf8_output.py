"""Machine formats are UTF-8 whatever the locale: under PYTHONIOENCODING=ascii a
letter is written as itself, never as '?' (which an import would store)."""

from __future__ import annotations

import io

import pytest

from mgcalc.cli.batch import run_batch
from mgcalc.cli.batch_specs import elemental_spec
from mgcalc.render import OutputFormat, emit
from tests.conftest import sh


def _ascii_stream() -> io.TextIOWrapper:
    """stdout as Python opens it under PYTHONIOENCODING=ascii (mgcalc's entry sets
    errors='replace' on it for the tables)."""
    return io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace")


def _bytes(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    return stream.buffer.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_batch_records_keep_every_letter(fmt: OutputFormat, tmp_path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Magnésium citrate 500mg\n", encoding="utf-8")
    out = _ascii_stream()
    assert run_batch(elemental_spec({}), str(path), fmt, out, io.StringIO()) == 0
    written = _bytes(out)
    assert "Magnésium citrate".encode() in written and b"?" not in written


@pytest.mark.parametrize("fmt", [OutputFormat.CSV, OutputFormat.NDJSON, OutputFormat.JSON])
def test_a_single_record_keeps_every_letter(fmt: OutputFormat) -> None:
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.reading import parse_label

    out = _ascii_stream()
    emit(LabelResult(parse_label("Magnésium 100 mg"), 1, 1, "adult", "us"), fmt, out)
    assert "Magnésium 100 mg".encode() in _bytes(out)


def test_an_export_under_an_ascii_locale_is_utf8(mg) -> None:
    assert mg("log", "add", "Magnésium (as citrate) 100 mg", "-q").code == 0
    ran = sh("log", "export", "-f", "csv", env={"PYTHONIOENCODING": "ascii"})
    assert ran.code == 0 and "Magnésium (as citrate)" in ran.out, ran
