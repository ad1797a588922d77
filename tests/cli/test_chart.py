"""``log week --svg`` / ``log days N --svg`` draw a chart of the days, not a picture
of the table: a bar per day (supplements under food), the RDA/AI and UL lines, the
days over the UL marked, nothing fetched from the network; checked as data and as a
real browser draws it."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from mgcalc.render.chart import FOOD, OVER, SUPPLEMENT, days_chart
from tests.conftest import NIGHTLY, iso

END = date(2026, 11, 26)
NS = {"svg": "http://www.w3.org/2000/svg"}


def day(days_ago: int) -> str:
    return iso(days_ago, END)


@pytest.fixture
def week(mg):
    """Seven days: three ordinary, a none day, an unlogged day, an over-UL day, one more."""
    assert mg("profile", "set", "--sex", "female", "--age", "34").code == 0
    assert mg("cabinet", "add", "nightly", NIGHTLY).code == 0
    for ago in (6, 5, 4):
        assert mg("log", "add", "nightly", "--food", "250", "--date", day(ago)).code == 0
    assert mg("log", "none", "--date", day(3)).code == 0
    assert mg("log", "add", "nightly", "glycinate 1500mg", "--date", day(1)).code == 0
    assert mg("log", "add", "nightly", "--date", day(0)).code == 0
    return mg


def shapes(svg: str, kind: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(f".//svg:rect[@class='{kind}']", NS)


def test_a_bar_a_logged_day_with_food_on_top_and_the_over_ul_day_in_red(week, tmp_path: Path):
    out = tmp_path / "week.svg"
    ran = week("log", "week", "--end", END.isoformat(), "--svg", str(out))
    assert ran.code == 0 and "Magnesium diary" in ran.out  # the table still prints
    svg = out.read_text(encoding="utf-8")
    supplements, food = shapes(svg, "supplements"), shapes(svg, "food")
    assert len(supplements) == 5  # six days have entries; the none day has no bar
    assert len(food) == 3
    over = [r for r in supplements if r.get("fill") == OVER]
    assert len(over) == 1 and day(1) in (over[0].findtext("svg:title", "", NS))
    assert all(r.get("fill") == SUPPLEMENT for r in supplements if r not in over)
    for bar in food:  # food sits on the supplements of its day
        under = [r for r in supplements if r.get("x") == bar.get("x")]
        assert under and float(bar.get("y", 0)) + float(bar.get("height", 0)) == pytest.approx(
            float(under[0].get("y", 0)), abs=0.11
        )
    text = " ".join(ET.fromstring(svg).itertext())
    for words in ("RDA 320 mg", "UL 350 mg", "(supplements)", "not logged", "none", "over UL"):
        assert words in text


def test_the_chart_loads_nothing_from_the_network(week):
    ran = week("log", "days", "30", "--end", END.isoformat(), "--svg", "-")
    assert ran.code == 0 and ran.out.startswith("<svg")
    assert_offline(ran.out)
    root = ET.fromstring(ran.out)
    assert root.findtext("svg:desc", "", NS).count("not logged") == 24  # 30 days, 6 with entries


def test_a_table_picture_loads_no_web_font(mg):
    ran = mg("elemental", "citrate", "500mg", "--svg", "-")
    assert ran.code == 0 and "<svg" in ran.out
    assert_offline(ran.out)


def assert_offline(svg: str) -> None:
    """Nothing a browser would fetch: no web font, stylesheet, image or linked file."""
    assert "@font-face" not in svg and "@import" not in svg and "<image" not in svg
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//|href=['\"](?:https?:)?//", svg)


def test_the_axis_covers_every_bar_and_both_lines():
    rows = [
        {"date": "2026-11-20", "status": "logged", "supplement_mg": 900.0, "food_mg": 450.5,
         "total_mg": 1350.5, "rda_mg": 400, "ul_mg": 350, "over_ul": True,
         "reference_type": "RDA", "life_stage": "male, 31-50 years", "standard": "us"},
    ]  # fmt: skip
    root = ET.fromstring(days_chart(rows))
    labels = [float(t.text or "nan") for t in root.iter(f"{{{NS['svg']}}}text")
              if (t.text or "").replace(".", "").isdigit()]  # fmt: skip
    assert max(labels) >= 1350.5 and 0.0 in labels


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.fail(
        "no Chromium to draw the chart: install it (apt-get install chromium), as .ci/run does"
    )


def test_a_real_browser_draws_the_bars_and_the_over_ul_day(week, tmp_path: Path):
    from PIL import Image

    svg, png = tmp_path / "week.svg", tmp_path / "week.png"
    assert week("log", "week", "--end", END.isoformat(), "--svg", str(svg)).code == 0
    subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--window-size=720,420", f"--screenshot={png}", svg.as_uri()],
        capture_output=True, timeout=90, check=True,
    )  # fmt: skip
    image = Image.open(png).convert("RGB")
    assert image.size == (720, 420)
    colours = {colour for _, colour in image.getcolors(720 * 420) or []}
    for wanted in (SUPPLEMENT, FOOD, OVER):
        rgb = tuple(int(wanted[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in colours, f"{wanted} not drawn"
    # the over-UL day's bar is red from the axis up: the pixel just above the axis
    # under the bar's middle, where the red rectangle begins
    tree = ET.fromstring(svg.read_text(encoding="utf-8"))
    (over,) = [
        r for r in shapes(svg.read_text(encoding="utf-8"), "supplements") if r.get("fill") == OVER
    ]
    x = float(over.get("x", 0)) + float(over.get("width", 0)) / 2
    y = float(over.get("y", 0)) + float(over.get("height", 0)) - 3
    assert image.getpixel((round(x), round(y))) == (0xC6, 0x28, 0x28)
    assert tree.get("width") == "720"
