"""``food`` from the command line: matching, household units, the ODS second source."""

import pytest


@pytest.mark.parametrize(
    "words",
    [["spinach, 1 cup"], ["spinach", "1", "cup"], ["spinach (1 cup)"], ["Spinach,", "1 cup"]],
)
def test_punctuation_gives_one_answer_in_json_and_quiet(mg, words: list[str]) -> None:
    data = mg("food", *words, "--json").json()
    assert (data["ndb"], data["preparation"], data["amount_g"]) == ("11458", "cooked, boiled", 180)
    assert mg("food", *words, "-q").out == f"{data['elemental_mg']:g}\n"


def test_bare_number_is_one_avocado(mg) -> None:
    data = mg("food", "avocado", "1", "--json").json()
    assert data["amount"].startswith("1 avocado") and data["amount_g"] == 201


def test_bare_number_without_a_unit_is_one_error_line_listing_measures(mg) -> None:
    ran = mg("food", "almonds", "28")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.count("\n") == 1 and "1 oz (22 whole kernels)" in ran.err


def test_chia_shows_both_sources(mg) -> None:
    data = mg("food", "chia seeds 1 oz", "--json").json()
    # 1 oz (28.35 g) x 335 mg/100 g, to 0.01 mg as every mg figure
    assert data["elemental_mg"] == pytest.approx(94.97, abs=0.005)
    assert data["ods"] == {
        "serving": "1 oz",
        "elemental_mg": 111,
        "usda_sr28_mg": data["elemental_mg"],
        "differs": True,
        "note": None,
        "sources": ["ODS"],
    }
    table = mg("food", "chia seeds 1 oz").out
    assert "111 mg per 1 oz" in table and "94.97 mg" in table


def test_food_batch_keeps_punctuated_lines(mg) -> None:
    ran = mg(
        "food", "--batch", "-", "--format", "ndjson", stdin="banana (1 medium)\nalmonds, 1 oz\n"
    )
    import json

    rows = [json.loads(line) for line in ran.out.splitlines()]
    assert [r["ndb"] for r in rows] == ["09040", "12063"] and ran.code == 0


def test_search_without_words_is_a_usage_error(mg) -> None:
    ran = mg("food", "--search", ",,,")
    assert ran.code == 2 and ran.err.count("\n") == 1 and ran.out == ""


def test_the_potato_gap_is_explained_by_the_skin_only_entry(mg) -> None:
    data = mg("food", "potato 3.5 oz", "--json").json()
    skin = mg("food", "11364 3.5 oz", "--json").json()
    assert data["ods"]["differs"] and round(skin["elemental_mg"]) == data["ods"]["elemental_mg"]
    assert "11364" in data["ods"]["note"]


def test_a_food_by_everyday_name_or_number_never_reads_the_whole_table(tmp_path) -> None:
    """Start-up: such a lookup parses one line of the USDA table; only a
    search reads all 8,050 rows. A fresh process, so no earlier test warmed a cache."""
    import os
    import subprocess
    import sys

    script = """
import io, sys
from mgcalc.data.foods import food_rows
from mgcalc.entry import run
sys.stdout = io.StringIO()
for argv in (["food", "almonds", "1oz"], ["food", "12063", "28g", "--json"],
             ["check", "--sex", "female", "--age", "34", "--food", "almonds 1oz", "--json"],
             ["log", "add", "glycinate 400mg", "--food", "almonds 1oz", "-q"]):
    assert run(argv) == 0, argv
sys.stdout = sys.__stdout__
print(food_rows.cache_info().misses)
"""
    env = {**os.environ, "MGCALC_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"
