"""tests/fixtures/reference.md is a faithful copy of shared/reference.md.

The pinning tests read the fixture so that they run on any clone; these tests keep
the fixture honest: every section names its sources, and where the original is
beside the checkout (the development tree) each section is identical to it.
"""

import re

from tests.conftest import REFERENCE_FIXTURE, SHARED


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"(?m)^(?=## )", text)
    return {part.splitlines()[0]: part for part in parts if part.startswith("## ")}


FIXTURE = sections(REFERENCE_FIXTURE.read_text(encoding="utf-8"))


def test_fixture_holds_the_pinned_tables_and_their_sources() -> None:
    titles = " ".join(FIXTURE)
    for needed in ("Sources", "Conversions", "US Dietary", "EU / EFSA", "Label", "Forms"):
        assert needed in titles
    declared = set(re.findall(r"(?m)^- ([A-Z0-9]+):", FIXTURE["## Sources (ids used below)"]))
    assert {"IOM97", "ODS", "FDA16", "EU1169", "EFSA15", "SCF06", "PUBCHEM", "IUPAC"} <= declared
    for title in FIXTURE:
        cited = set(re.findall(r"\b[A-Z]{2,}[0-9]*\b", title)) & declared
        assert cited or "Sources" in title or "Conversions" in title or "EU" in title, title


def test_fixture_sections_are_verbatim_copies_of_shared_reference() -> None:
    original = SHARED / "reference.md"
    if not original.exists():  # a fresh clone: the fixture is the reference
        assert FIXTURE
        return
    shared = sections(original.read_text(encoding="utf-8"))
    for title, body in FIXTURE.items():
        assert title in shared, f"section {title!r} is gone from shared/reference.md"
        assert body.rstrip() == shared[title].rstrip(), f"section {title!r} differs"
