"""Machine formats are UTF-8 whatever the locale: under PYTHONIOENCODING=ascii a
letter is written as itself, never as '?' (which an import would store)."""

from __future__ import annotations

import pytest

from tests.conftest import sh

ASCII = {"PYTHONIOENCODING": "ascii"}


@pytest.mark.parametrize("fmt", ["csv", "ndjson", "json", "table"])
def test_batch_records_keep_every_letter(fmt: str) -> None:
    ran = sh("elemental", "--batch", "-", "-f", fmt, stdin="Magnésium citrate 500mg\n", env=ASCII)
    assert ran.code == 0 and "Magnésium citrate" in ran.out and "?" not in ran.out


def test_an_export_under_an_ascii_locale_is_utf8() -> None:
    assert sh("log", "add", "Magnésium (as citrate) 100 mg", "-q").code == 0
    for fmt in ("csv", "ndjson", "json"):
        ran = sh("log", "export", "-f", fmt, env=ASCII)
        assert ran.code == 0 and "Magnésium (as citrate)" in ran.out, ran


def test_a_single_record_and_q_are_utf8_and_a_table_transliterates() -> None:
    ran = sh("label", "Magnésium 100 mg", "-f", "csv", env=ASCII)
    assert ran.code == 0 and ran.out.count("Magnésium 100 mg") == 1
    table = sh("label", "Magnésium 100 mg", env=ASCII)
    assert table.code == 0 and "?" not in table.out
