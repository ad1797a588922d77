"""A first line of only label-column words (``NAME``, ``id``) names none of the
command's columns: it is a record (an error record), not a header that fails the
whole batch with exit 2 (found by test_any_batch_input)."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("first", ["NAME", "id", "name,note"])
def test_label_words_alone_are_a_record(mg, first: str) -> None:
    ran = mg("elemental", "--batch", "-", "--format", "ndjson", stdin=f"{first}\ncitrate,500mg\n")
    assert ran.code == 1, ran.err
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert [r["line"] for r in records] == [1, 2]
    assert "error" in records[0] and records[1]["elemental_mg"] > 0


def test_a_real_header_still_names_columns(mg) -> None:
    ran = mg("elemental", "--batch", "-", "--json", stdin="name,form,amount\nx,citrate,500mg\n")
    assert ran.code == 0, ran.err
    assert len(ran.json()) == 1
