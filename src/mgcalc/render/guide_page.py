"""The guide's Markdown drawn for a reader, without rich.markdown.

rich.markdown imports markdown-it and pygments, which take longer than the rest of
``mgcalc guide`` together (issue 11: every command starts within 2.0x ``import
typer``). The guide (:meth:`mgcalc.core.knowledge.guide.GuideResult.markdown`) writes only
level-1 headings, paragraphs, ``- `` bullet lists and inline code, so this module
draws that subset as rich.markdown does: the heading centred (bold, underlined),
paragraphs wrapped between words, bullets with a hanging indent, code in rich's
``markdown.code`` style. When rich would print no styles (the stream is not a
terminal) it writes the same lines as plain text, without importing rich.

Markdown outside the subset (emphasis, links, numbered lists, ...) is handed to
rich.markdown itself, so nothing is ever drawn wrong; a test checks that every
topic stays inside the subset and is drawn as rich.markdown draws it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from mgcalc.render import plain_width, wrap

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions

# a block: its kind ("h1", "p" or "li") and its inline parts, text and code alternating
Block = tuple[str, list[str]]

BULLET = " • "
# a line Markdown reads as plain text: ASCII, no indent, no block marker at its start
# (heading, list, quote, rule, setext underline), no trailing hard break
_PLAIN_LINE = re.compile(r"[A-Za-z0-9(\"'`][ -~]*(?<! )")
# inline markup other than `code`, and numbered-list starts
_MARKUP = re.compile(r"[*_\[\]<>&\\|~]|^\d{1,9}[.)](?: |$)")


def blocks(markdown: str) -> list[Block] | None:
    """The guide's blocks, or None if the text uses anything outside the subset."""
    found: list[Block] = []
    for chunk in markdown.strip("\n").split("\n\n"):
        lines = chunk.split("\n")
        if chunk.startswith("# "):
            kind, texts = "h1", [chunk[2:]]
            if len(lines) > 1 or chunk.endswith("#"):
                return None
        elif chunk.startswith("- "):
            if (found and found[-1][0] == "li") or not all(line[:2] == "- " for line in lines):
                return None  # a list split by blank lines is drawn loose
            kind, texts = "li", [line[2:] for line in lines]
        else:
            kind, texts = "p", [" ".join(lines)]
        checked = lines if kind == "p" else texts  # every line of a paragraph starts plain
        if not all(_PLAIN_LINE.fullmatch(t) and not _MARKUP.search(t) for t in checked):
            return None
        for text in texts:
            parts = text.split("`")
            if len(parts) % 2 == 0 or any(c == "" or c != c.strip() for c in parts[1::2]):
                return None
            found.append((kind, parts))
    return found


def plain_lines(page: list[Block], width: int) -> list[str]:
    """The page as rich.markdown draws it on a stream that is not a terminal,
    without the spaces it pads lines with."""
    out: list[str] = []
    for index, (kind, parts) in enumerate(page):
        text = "".join(parts)
        if index and not (kind == "li" and page[index - 1][0] == "li"):
            out.append("")
        if kind == "h1":
            heading = [line.rstrip() for line in wrap(text, width)]
            out += [" " * ((width - len(line)) // 2) + line for line in heading]
        elif kind == "li":
            item = wrap(text, max(width - len(BULLET), 1))
            out += [(BULLET if n == 0 else " " * len(BULLET)) + line for n, line in enumerate(item)]
        else:
            out += wrap(text, width)
    return [line.rstrip() for line in out]


def write_markdown(markdown: str, stream: TextIO) -> None:
    """Draw the guide's Markdown on ``stream``, at the terminal's (or COLUMNS) width."""
    page = blocks(markdown)
    width = plain_width(stream)
    if page is not None and width is not None:
        stream.write("".join(line + "\n" for line in plain_lines(page, width)))
        return
    from mgcalc.render.table import console_for

    console = console_for(stream)
    if page is None:
        from rich.markdown import Markdown

        console.print(Markdown(markdown))
    else:
        console.print(Page(page))


class Page:
    """A rich renderable drawing the blocks with rich.markdown's styles and layout."""

    def __init__(self, page: list[Block]) -> None:
        self.page = page

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Any]:
        from rich.segment import Segment
        from rich.text import Text

        def text(parts: list[str], style_name: str) -> Text:
            outer = console.get_style(style_name, default="none")
            code = outer + console.get_style("markdown.code", default="none")
            drawn = Text(justify="center" if style_name == "markdown.h1" else "left")
            for index, part in enumerate(parts):
                if part:
                    drawn.append(part, code if index % 2 else outer)
            return drawn

        bullet_style = console.get_style("markdown.item.bullet", default="none")
        item_style = console.get_style("markdown.item", default="none")
        for index, (kind, parts) in enumerate(self.page):
            if index and not (kind == "li" and self.page[index - 1][0] == "li"):
                yield Segment.line()
            if kind != "li":
                yield text(parts, "markdown.h1" if kind == "h1" else "markdown.paragraph")
                continue
            inner = options.update(width=options.max_width - len(BULLET))
            drawn = text(parts, "markdown.paragraph")
            lines = console.render_lines(drawn, inner, style=item_style)
            for number, line in enumerate(lines):
                yield Segment(BULLET if number == 0 else " " * len(BULLET), bullet_style)
                yield from line
                yield Segment.line()
