"""The guide's Markdown drawn for a reader: plain text in a pipe, rich on a terminal.

A guide page (:meth:`mgcalc.core.knowledge.guide.GuideResult.markdown`) is blocks apart
by blank lines: ``# `` headings, paragraphs, and lists of ``- `` items (a line that
does not start with ``- `` continues the item above it), with ``code`` in
backticks. In a pipe or a file it is written as plain text at COLUMNS (else 100)::

    When to take it
    ===============

    Any time of day works; consistency matters more than the hour. For sleep,
    take it 30-60 minutes before bed.

    - what-is: What magnesium is and why it matters
    - how-much: How much to take, with a long title wrapped under its
      first word

The heading is underlined with ``=``, paragraphs and items wrap between words
(items with a hanging indent), and code is written without its backticks. On a
terminal rich draws the same blocks with styles (the heading bold and underlined,
code highlighted); it is not rich.markdown, whose Markdown parser and syntax
highlighter take longer to load than the rest of the command. ``mgcalc guide
--format md`` prints the Markdown itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from mgcalc.render import plain_width
from mgcalc.render.layout import wrap

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

# a block: its kind ("h1", "p" or "ul") and its texts (one, or one per list item)
Block = tuple[str, list[str]]

BULLET = "- "
CODE = r"`([^`]+)`"  # a code span, written without its backticks
CODE_STYLE = "bold cyan"


def blocks(markdown: str) -> list[Block]:
    """The page's blocks, in order."""
    found: list[Block] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if lines and lines[0].startswith("# "):
            found.append(("h1", [lines.pop(0)[2:].strip()]))
        if not lines:
            continue
        if lines[0].startswith(BULLET):
            items: list[str] = []
            for line in lines:
                if line.startswith(BULLET) or not items:
                    items.append(line.removeprefix(BULLET))
                else:
                    items[-1] += " " + line
            found.append(("ul", items))
        else:
            found.append(("p", [" ".join(lines)]))
    return found


def plain_lines(page: list[Block], width: int) -> list[str]:
    """The page as plain text at ``width``, a blank line between blocks."""
    out: list[str] = []
    for kind, texts in page:
        if out:
            out.append("")
        if kind == "h1":
            heading = wrap(re.sub(CODE, r"\1", texts[0]), width)
            out += [*heading, "=" * max(map(len, heading))]
        elif kind == "ul":
            for item in texts:
                lines = wrap(re.sub(CODE, r"\1", item), width - len(BULLET))
                out += [BULLET + lines[0], *(" " * len(BULLET) + line for line in lines[1:])]
        else:
            out += wrap(re.sub(CODE, r"\1", texts[0]), width)
    return out


def write_markdown(markdown: str, stream: TextIO) -> None:
    """Draw the guide's Markdown on ``stream``: plain text in a pipe or a file, at
    COLUMNS or 100; with rich on a terminal, at its width."""
    page = blocks(markdown)
    width = plain_width(stream)
    if width is not None:
        from mgcalc.render.plain import printable, stream_encoding

        encoding = stream_encoding(stream)
        page = [(kind, [printable(text, encoding) for text in texts]) for kind, texts in page]
        stream.write("".join(line + "\n" for line in plain_lines(page, width)))
        return
    from mgcalc.render.table import console_for

    console = console_for(stream)
    for index, renderable in enumerate(rich_blocks(page)):
        if index:
            console.print()
        console.print(renderable)


def rich_blocks(page: list[Block]) -> list[RenderableType]:
    """The blocks as rich draws them: the heading bold and underlined, code in
    :data:`CODE_STYLE`, list items in a grid that indents their wrapped lines."""
    from rich.table import Table

    drawn: list[RenderableType] = []
    for kind, texts in page:
        if kind == "h1":
            drawn.append(styled_text(texts[0], "bold underline"))
        elif kind == "ul":
            grid = Table.grid()
            grid.add_column(no_wrap=True)
            grid.add_column()
            for item in texts:
                grid.add_row(BULLET, styled_text(item))
            drawn.append(grid)
        else:
            drawn.append(styled_text(texts[0]))
    return drawn


def styled_text(markdown: str, style: str = "") -> Text:
    """A block's text with its code spans in :data:`CODE_STYLE`, without backticks."""
    from rich.text import Text

    text = Text(style=style)
    for index, part in enumerate(re.split(CODE, markdown)):
        if part:
            text.append(part, CODE_STYLE if index % 2 else None)
    return text
