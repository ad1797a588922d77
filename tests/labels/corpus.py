"""Score mgcalc's label reader on the real label lines of corpus_lines.toml.

``python tests/labels/corpus.py`` prints how many lines of each class are read right
(what the closing note reports); tests/labels/test_corpus_lines.py holds each line to
its reading. Only mgcalc's public reader is used, so the same file scores any commit.
"""

from __future__ import annotations

import math
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

CORPUS: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "corpus_lines.toml").read_text("utf-8")
)["line"]


def _close(got: float | None, want: float) -> bool:
    return got is not None and math.isclose(got, want, rel_tol=0.002, abs_tol=0.05)


def problems(case: dict[str, Any]) -> list[str]:
    """What the reader gets wrong on ``case`` (empty: read right)."""
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.reading import parse_label

    try:
        record = LabelResult(parse_label(case["text"]), line_per_serving=True).record()
    except Exception as exc:  # a refusal or a crash is a wrong reading here
        return [f"{type(exc).__name__}: {exc}"]
    found = []
    want = case.get("elemental")
    if isinstance(want, list):
        got = [record["elemental_low_mg"], record["elemental_high_mg"]]
        if not (_close(got[0], want[0]) and _close(got[1], want[1])):
            found.append(f"elemental {got} != {want}")
    elif want is not None and not _close(record["elemental_mg"], want):
        found.append(f"elemental {record['elemental_mg']} != {want}")
    if "per_unit" in case:
        got_unit = record["elemental_per_unit_mg"]
        if got_unit is None or abs(got_unit - case["per_unit"]) > 1:
            found.append(f"per unit {got_unit} != {case['per_unit']}")
    checks = [
        ("units", record["units_per_serving"]),
        ("forms", record["forms"]),
        ("figure", record["figure_is"]),
        ("fits", record["percent_matches"]),
    ]
    found += [f"{k} {got!r} != {case[k]!r}" for k, got in checks if k in case and got != case[k]]
    if "compound" in case and not _close(record["compound_mg"], case["compound"]):
        found.append(f"compound {record['compound_mg']} != {case['compound']}")
    for key, texts in (("warn", record["warnings"]), ("note", record["notes"])):
        if key in case and not any(case[key] in text for text in texts):
            found.append(f"no {key} with {case[key]!r}")
    return found


def main() -> int:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CORPUS:
        total[case["cls"]] += 1
        wrong = problems(case)
        if not wrong:
            right[case["cls"]] += 1
        elif "-v" in sys.argv:
            print(f"WRONG {case['text'][:70]!r}: {'; '.join(wrong)}")
    for cls in total:
        print(f"{cls:8} {right[cls]:3} / {total[cls]}")
    print(f"{'all':8} {sum(right.values()):3} / {sum(total.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
