"""The guide is drawn without rich.markdown (issue 11: start-up), exactly as
rich.markdown drew it: every topic, on a terminal (styles included) and in a pipe
(plain text), at 40, 60 and 80 columns; Markdown outside the guide's subset still
goes to rich.markdown."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.markdown import Markdown

from mgcalc.core.knowledge.guide import GuideResult
from mgcalc.data.knowledge import topics
from mgcalc.render.guide_page import Page, blocks, plain_lines, write_markdown

PAGES = {"(topics)": GuideResult(None).markdown()} | {
    topic.id: GuideResult(topic).markdown() for topic in topics()
}
WIDTHS = (40, 60, 80)


def drawn(renderable: object, width: int, *, terminal: bool) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=terminal,
        color_system="truecolor" if terminal else None,
        highlight=False,
        emoji=False,
    )
    console.print(renderable)
    return out.getvalue()


def rich_plain(markdown: str, width: int) -> list[str]:
    return [line.rstrip() for line in drawn(Markdown(markdown), width, terminal=False).split("\n")][
        :-1
    ]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_page_is_drawn_as_rich_markdown_draws_it(name: str) -> None:
    page = blocks(PAGES[name])
    assert page is not None, f"guide {name} uses Markdown outside the lean subset"
    for width in WIDTHS:
        styled = drawn(Page(page), width, terminal=True)
        assert styled == drawn(Markdown(PAGES[name]), width, terminal=True), width
        assert "\x1b[1;4m" in styled  # the heading: bold, underlined
        assert plain_lines(page, width) == rich_plain(PAGES[name], width), width


@pytest.mark.parametrize("width", [5, 12, 23])
def test_words_longer_than_a_line_fold_as_rich_folds_them(width: int) -> None:
    text = "# A heading\n\nMagnesiumbisglycinatechelate 400 mg `long-code-identifier`\n\n- " + (
        "x" * 30
    )
    page = blocks(text)
    assert page is not None
    assert plain_lines(page, width) == rich_plain(text, width)


@pytest.mark.parametrize(
    "text",
    [
        "Take **two** tablets.",
        "Take *two* tablets.",
        "snake_case_name",
        "See [ODS](https://ods.od.nih.gov).",
        "1. first\n2. second",
        "A line\n1. breaks into a list",
        "> quoted",
        "    indented code",
        "Title\n=====",
        "Title\n---",
        "hard  \nbreak",
        "- one\n\n- two",
        "- one\ncontinued",
        "a paragraph\n- then a list",
        "`` code ``",
        "unclosed `code",
        "AT&amp;T",
        "a <b>tag</b>",
        "back\\slash",
        "# Heading #",
        "```\nfenced\n```",
        "Magnésium",
    ],
)
def test_markdown_outside_the_subset_goes_to_rich(text: str) -> None:
    assert blocks(text) is None
    out = io.StringIO()
    write_markdown(text, out)
    assert [line.rstrip() for line in out.getvalue().split("\n")][:-1] == rich_plain(text, 100)


@pytest.mark.parametrize("width", WIDTHS)
def test_guide_in_a_pipe_is_rich_markdown_without_padding(mg, monkeypatch, width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    for args, topic in ((["guide"], None), (["guide", "how-much"], "how-much")):
        ran = mg(*args)
        markdown = GuideResult(None if topic is None else topics_by_id()[topic]).markdown()
        assert ran.code == 0 and ran.out.splitlines() == rich_plain(markdown, width)


def topics_by_id() -> dict[str, object]:
    return {topic.id: topic for topic in topics()}
