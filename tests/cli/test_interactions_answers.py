"""interactions --medication: a medicine mgcalc has nothing on file for gets a plain
sentence (no empty table, no empty sources note); a strength after a name is read."""

from __future__ import annotations

import pytest


def test_nothing_on_file_is_a_sentence_not_an_empty_table(mg) -> None:
    ran = mg("interactions", "--medication", "warfarin")
    assert ran.code == 1  # the contract: an option error record, the listing goes on
    flat = " ".join(ran.out.split())
    assert "no magnesium interaction on file for 'warfarin'" in flat
    assert "not evidence that there is none" in flat and "ask a pharmacist" in flat
    assert "Kind" not in ran.out and "Sources:" not in ran.out
    [record] = mg("interactions", "--medication", "warfarin", "--json").json()
    assert record["input"] == "warfarin" and "on file" in record["error"]


def test_a_misspelling_still_suggests_the_name(mg) -> None:
    [record] = mg("interactions", "--medication", "levothyroxin", "--json").json()
    assert "did you mean 'levothyroxine'" in record["error"]


@pytest.mark.parametrize(
    "text",
    [
        "Synthroid 100mcg",
        "Synthroid 100 mcg",
        "levothyroxine 0.1 mg tablets",
        "Synthroid 50mcg@07:00",
    ],
)
def test_a_strength_after_the_name_does_not_block_it(mg, text: str) -> None:
    ran = mg("interactions", "--medication", text, "--json")
    assert ran.code == 0, ran.err
    assert [r["id"] for r in ran.json()] == ["levothyroxine"]
    checked = mg("check", "--sex", "female", "--medication", text, "--json").json()
    assert [m["id"] for m in checked["medications"]] == ["levothyroxine"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("alendronate 70 mg weekly", "alendronate"),
        ("Fosamax 70mg once a week", "alendronate"),
        ("omeprazole 20mg in the morning", "ppis"),
        ("gabapentin 300 mg tid", "gabapentin"),
    ],
)
def test_a_dose_schedule_after_the_strength_is_read_too(mg, text: str, entry: str) -> None:
    assert mg("interactions", "--medication", text, "-q").out == f"{entry}\n"
