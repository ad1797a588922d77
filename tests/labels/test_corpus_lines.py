"""Real label lines (corpus_lines.toml, each with the page it was copied from): the
reader reads each as the label means it, or, where marked `gap`, still does not (the
mark goes when the gap is closed)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.labels.corpus import CORPUS, problems


def test_corpus_covers_each_class_from_real_pages() -> None:
    classes = [case["cls"] for case in CORPUS]
    assert {"drug", "country", "facts", "heldout"} <= set(classes) and classes.count("drug") >= 20
    assert all(case["source"].startswith("http") for case in CORPUS)
    assert len({case["text"] for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=[c["text"].splitlines()[-1][:40] for c in CORPUS])
def test_corpus_line(case: dict[str, Any]) -> None:
    found = problems(case)
    if "gap" in case:
        assert found, f"read right now: remove the gap mark ({case['gap']})"
    else:
        assert found == []
