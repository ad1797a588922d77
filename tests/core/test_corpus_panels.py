"""Real label panels (tests/core/corpus_panels.toml) and the reading each must get.

``python -m tests.core.test_corpus_panels`` prints how many the reader gets right, by
class, and why each other case fails: the figure the closing note of the work reports.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from mgcalc.core.errors import MgcalcError
from mgcalc.core.intake.supplements import supplement_item
from mgcalc.core.labels.assess import LabelResult
from mgcalc.core.labels.reading import parse_label

CORPUS: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "corpus_panels.toml").read_text("utf-8")
)["panel"]


def judge(case: dict[str, Any]) -> str | None:
    """None if mgcalc reads ``case`` as it must, else what it got wrong."""
    try:
        parsed = parse_label(case["text"])
        record = LabelResult(parsed, line_per_serving=True).record()
    except MgcalcError as exc:
        return f"refused: {exc}"
    wrong = []
    expected = case["elemental"]
    low, high = expected if isinstance(expected, list) else (expected, expected)
    got = [record["elemental_low_mg"], record["elemental_high_mg"]]
    if abs(got[0] - low) > 0.5 or abs(got[1] - high) > 0.5:
        wrong.append(f"elemental {got} (expected {low}-{high})")
    checks = {
        "units": record["units_per_serving"],
        "forms": record["forms"],
        "matches": record["percent_matches"],
        "basis": record["stated_percent_basis"],
    }
    for key, value in checks.items():
        if key in case and value != case[key]:
            wrong.append(f"{key} {value!r} (expected {case[key]!r})")
    if "compound" in case and (
        record["compound_mg"] is None or abs(record["compound_mg"] - case["compound"]) > 0.5
    ):
        wrong.append(f"compound {record['compound_mg']} (expected {case['compound']})")
    if "warn" in case and not any(case["warn"] in w for w in record["warnings"]):
        wrong.append(f"no warning naming {case['warn']!r}: {record['warnings']}")
    if "counted" in case:
        try:
            counted = supplement_item(case["text"]).elemental_mg
        except MgcalcError as exc:
            counted = None
            wrong.append(f"check --supplement refused it: {exc}")
        if counted is not None and abs(counted - case["counted"]) > 0.5:
            wrong.append(f"check --supplement counts {counted:g} (expected {case['counted']})")
    return "; ".join(wrong) or None


def test_every_case_names_its_source() -> None:
    assert len(CORPUS) >= 20
    assert all(case["source"].startswith("http") for case in CORPUS)
    assert len({case["text"] for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize(
    "case", CORPUS, ids=[f"{c['class']}:{c['text'].splitlines()[-1][:40]}" for c in CORPUS]
)
def test_panel_corpus(case: dict[str, Any]) -> None:
    """A case marked ``known_wrong`` (with why) must still be wrong: when the reader
    gets it right, the mark goes, so the count the corpus reports stays true."""
    why = judge(case)
    if "known_wrong" in case:
        assert why is not None, f"now read right: remove known_wrong ({case['known_wrong']})"
    else:
        assert why is None


if __name__ == "__main__":
    tally: dict[str, list[int]] = {}
    for case in CORPUS:
        why = judge(case)
        right = tally.setdefault(case["class"], [0, 0])
        right[0] += why is None
        right[1] += 1
        if why:
            print(f"WRONG [{case['class']}] {case['text'].splitlines()[-1][:50]!r}: {why}")
    for name, (ok, total) in tally.items():
        print(f"{name}: {ok}/{total}")
    print(f"all: {sum(t[0] for t in tally.values())}/{len(CORPUS)}")
