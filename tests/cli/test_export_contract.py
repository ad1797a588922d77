"""An empty diary's export imports in every format; timestamps carry their UTC offset."""

from __future__ import annotations

from datetime import datetime

import pytest


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv"])
def test_an_empty_export_imports_in_every_format(mg, fmt: str) -> None:
    exported = mg("log", "export", "-f", fmt)
    assert exported.code == 0
    ran = mg("log", "import", "-", "--json", stdin=exported.out)
    assert ran.code == 0, ran.err
    assert ran.json()["imported"] == 0


def test_logged_at_and_added_at_carry_their_utc_offset(mg) -> None:
    [entry] = mg("log", "add", "200", "--json").json()
    product = mg("cabinet", "add", "x", "Magnesium (as oxide) 200 mg", "--json").json()
    for stamp in (entry["logged_at"], product["added_at"]):
        assert datetime.fromisoformat(stamp).utcoffset() is not None, stamp


@pytest.mark.parametrize(
    ("argv", "first"),
    [(["cabinet", "list"], "name,label,forms"), (["food", "--search", "zzzzqqq"], "ndb,food")],
)
def test_an_empty_listing_still_prints_its_csv_header(mg, argv: list[str], first: str) -> None:
    ran = mg(*argv, "-f", "csv")
    assert ran.code == 0 and ran.out.startswith(first) and ran.out.count("\n") == 1
