"""The guide in a pipe is plain text: the heading underlined, paragraphs wrapped to
the width, ``- `` items with a hanging indent, code without its backticks; every
word of the Markdown written, in order. On a terminal rich draws it with styles."""

from __future__ import annotations

import io
import re

import pytest

from mgcalc.core.knowledge.guide import GuideResult
from mgcalc.data.knowledge import topics
from mgcalc.render.guide_page import blocks, plain_lines, rich_blocks

PAGES = {"(topics)": GuideResult(None).markdown()} | {
    topic.id: GuideResult(topic).markdown() for topic in topics()
}


def words_of(markdown: str) -> list[str]:
    """The words a reader sees: the Markdown without its heading markers and
    backticks (items keep their ``-``)."""
    text = re.sub(r"^# ", "", markdown, flags=re.M).replace("`", "")
    return text.split()


@pytest.mark.parametrize("width", ["40", "60", "100"])
def test_every_page_in_a_pipe(mg, monkeypatch, width: str) -> None:
    monkeypatch.setenv("COLUMNS", width)
    for name, markdown in PAGES.items():
        ran = mg("guide", *([] if name == "(topics)" else [name]))
        assert ran.code == 0, ran.err
        lines = ran.out.splitlines()
        heading = markdown.splitlines()[0].removeprefix("# ")
        assert lines[:2] == [heading, "=" * len(heading)] or len(heading) > int(width)
        assert [w for w in ran.out.split() if set(w) != {"="}] == words_of(markdown), name
        assert all(len(line) <= int(width) for line in lines if len(line.split()) > 1)
        assert all(line == line.rstrip() for line in lines)
        assert "`" not in ran.out


def test_items_hang_under_their_first_word() -> None:
    page = blocks(
        "# Title\n\nA paragraph\nover two lines.\n\n"
        "- `what-is`: What magnesium is and why it matters\n- short\n  continued"
    )
    assert page == [
        ("h1", ["Title"]),
        ("p", ["A paragraph over two lines."]),
        ("ul", ["`what-is`: What magnesium is and why it matters", "short continued"]),
    ]
    assert plain_lines(page, 24) == [
        "Title",
        "=====",
        "",
        "A paragraph over two",
        "lines.",
        "",
        "- what-is: What",
        "  magnesium is and why",
        "  it matters",
        "- short continued",
    ]


def test_a_heading_and_its_paragraph_without_a_blank_line() -> None:
    assert blocks("# Title\nText under it.\n") == [("h1", ["Title"]), ("p", ["Text under it."])]
    assert blocks("") == []


def test_a_stream_that_cannot_encode_gets_ascii(mg, monkeypatch) -> None:
    from mgcalc.render.guide_page import write_markdown

    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    write_markdown("# Dose ≤ 350 mg\n\nTake 1½ tablets of `Mg–citrate`.\n", stream)
    stream.seek(0)
    assert stream.read().splitlines() == [
        "Dose <= 350 mg",
        "==============",
        "",
        "Take 11/2 tablets of Mg-citrate.",
    ]


def test_on_a_terminal_rich_draws_the_styles() -> None:
    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=60, force_terminal=True, color_system="standard")
    for renderable in rich_blocks(blocks(PAGES["(topics)"])):
        console.print(renderable)
    drawn = out.getvalue()
    assert "\x1b[1;4mmgcalc guide" in drawn  # the heading: bold, underlined
    assert "\x1b[1;36mwhat-is" in drawn and "`" not in drawn  # code, highlighted
    assert "- " in drawn
