"""Tables in a pipe are written without rich (issue 11: start-up), and the plain
writer prints exactly what rich prints there: random views at any width in UTF-8
and ASCII, and every command's real tables at 40, 60, 80 columns and unset. Text
the writer cannot be sure of goes to rich."""

from __future__ import annotations

import io

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mgcalc.render import ascii_only
from mgcalc.render.layout import arrange
from mgcalc.render.plain import SAFE_RANGES, safe, table_lines, view_lines
from mgcalc.render.views import Column, View
from tests.contract.examples import EXAMPLES

CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]


class Stream(io.StringIO):
    """A stream that is not a terminal, with the encoding rich reads from it."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


def rich_text(view: View, width: int, encoding: str) -> str:
    """What the rich path prints for ``view`` on a non-terminal stream."""
    from mgcalc.render.table import console_for, print_view

    stream = Stream(encoding)
    print_view(console_for(stream, width=width), view)
    return stream.getvalue()


def plain_text(view: View, width: int, encoding: str) -> str | None:
    lines = view_lines(view, width, ascii_only(Stream(encoding)))
    return None if lines is None else "".join(line + "\n" for line in lines)


# words of safe characters, some longer than a narrow column or a whole line (string
# alphabets keep hypothesis fast: a text is one choice, not one per character)
LETTERS = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,:;()%<>/-'!?#[]éµ°≤≥–’█░─"
WORD = (
    st.text(LETTERS, min_size=1, max_size=10)
    | st.text(LETTERS, min_size=11, max_size=45)
    | st.sampled_from(["320", "4.06", "mg", "mEq/mL,", "%", "kg"])  # figures kept with units
)


def phrase(words: list[str], gaps: str, lead: str, trail: bool) -> str:
    """``words`` with 1-3 spaces between them (``gaps``: one digit each), ``lead``
    before and, if ``trail``, the last gap after: cells usually end with a word."""
    gaps = gaps.ljust(len(words), "1")
    spaced = "".join(w + " " * int(g) for w, g in zip(words, gaps, strict=False))
    return lead + (spaced if trail else spaced.rstrip(" "))


def phrases(max_words: int = 8) -> st.SearchStrategy[str]:
    return st.builds(
        phrase,
        st.lists(WORD, max_size=max_words),
        st.text("1123", max_size=max_words),
        st.sampled_from(["", "", " ", "  "]),
        st.booleans(),
    )


NUMBER = st.builds(
    lambda value, unit: f"{value / 100:.2f} {unit}".rstrip(),
    st.integers(0, 10**9),
    st.sampled_from(["", "mg", "mmol", "%"]),
) | st.sampled_from(["-", "", "0 (none)", "1051.76 mg"])


@st.composite
def views(draw: st.DrawFn, narrow: bool = True) -> View:
    columns = draw(
        st.lists(
            st.builds(Column, phrases(3), st.booleans(), st.booleans()),
            min_size=1,
            max_size=6 if narrow else 2,  # a narrow layout: fewer columns, as in the week
        )
    )
    # cells come from a few drawn per view (drawing each one is what costs time)
    texts, numbers = st.sampled_from(draw(st.lists(phrases(), min_size=1, max_size=6))), NUMBER
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        cells = [draw(numbers if column.numeric else texts) for column in columns]
        rows.append(cells[: draw(st.integers(0, len(cells)))] if draw(st.booleans()) else cells)
    lines = st.lists(phrases(40), max_size=2)
    return View(
        draw(phrases(12)),
        columns,
        rows,
        notes=draw(lines),
        lead=draw(lines),
        narrow=draw(st.none() | views(narrow=False)) if narrow else None,
    )


ENCODINGS = st.sampled_from(["utf-8", "ascii", "ANSI_X3.4-1968", "UTF-8", "latin-1"])
NO_WIDTH = View("t", [Column("")], [[""]])  # rich widens a column of no width to one


@given(views(), st.integers(20, 140), ENCODINGS)
@example(View("", [Column("A")], [], lead=["   "], notes=[" x  y   "]), 20, "utf-8")
@example(View("t", [Column("Long header words", True)], [["1 mg"]]), 20, "ascii")
@example(  # the narrow layout, its day column wrapped
    View(
        "t",
        [Column("Day"), Column("Food mg", True), Column("Total mg", True)],
        [["11-20 Fri", "1234567890 mg", "1234567890 mg"]],
        narrow=View("", [Column("Day"), Column("mg", True)], [["11-20 Fri", "1234567890 mg"]]),
    ),
    25,
    "ascii",
)
def test_plain_writer_prints_what_rich_prints(view: View, width: int, encoding: str) -> None:
    plain = plain_text(view, width, encoding)
    if plain is None:  # only for a table of one column of no width, which rich widens
        arranged = arrange(view, width)
        assert arranged is not None and arranged[1] == [0]
        return
    assert plain == rich_text(view, width, encoding)


# text rich measures or changes: wide, combining, zero-width, control, other spaces
ODD = st.sampled_from("漢字ｱ😀\u0301\u200b\u200d\ufeff\t\n\r\x07\x1b\xa0\u2003\u3000\u2028\xad")


@settings(max_examples=40)  # each example draws a table with rich
@given(
    views(), st.integers(20, 140), st.text(st.sampled_from(LETTERS) | ODD, min_size=1, max_size=6)
)
def test_text_outside_the_safe_set_goes_to_rich(view: View, width: int, odd: str) -> None:
    """Odd characters anywhere in a view: the writer declines, or prints rich's text."""
    view.rows.append([odd] * len(view.columns))
    view.notes.append(f"note {odd} end")
    plain = plain_text(view, width, "utf-8")
    assert plain is None or plain == rich_text(view, width, "utf-8")
    assert plain is None or safe(odd)


@settings(max_examples=50)
@given(views(narrow=False), st.integers(20, 140))
@example(View("", [Column("n", True), Column("  00000000 a b c d e f g")], [["12345678"]]), 21)
@example(View("", [Column("n", True), Column("b")], [["12345678", "   #12345 a b c d e f"]]), 21)
def test_tables_never_cut_a_word(view: View, width: int) -> None:
    """Every word of every header and cell is drawn whole: headers over numbers
    wrap (they were cut: "Total m" for "Total mg"), and spaces before a cell's
    first word count with it (rich folded "   #12345" in a column eight wide)."""
    arranged = arrange(view, width)
    if arranged is None or arranged[1] == [0]:  # key/value lines; a column of nothing
        return
    layout, widths = arranged
    full = [w + (i > 0) + (i < len(widths) - 1) for i, w in enumerate(widths)]
    rule = "|" + "+".join("-" * w for w in full) + "|"
    for row in layout.rows or [[]]:
        lines = table_lines(View("", layout.columns, [row]), widths, ascii_box=True)
        assert lines is not None
        head, body = lines[1 : lines.index(rule)], lines[lines.index(rule) + 1 : -1]
        for index, column in enumerate(layout.columns):
            start = 1 + sum(full[:index]) + index
            cell = row[index] if index < len(row) else ""
            for block, text in ((head, column.header), (body, cell)):
                drawn = " ".join(line[start : start + full[index]] for line in block)
                assert drawn.split() == text.split()


def test_every_safe_character_is_one_cell_printed_as_given() -> None:
    from rich.cells import cell_len
    from rich.text import Text

    chars = [chr(c) for low, high in SAFE_RANGES for c in range(low, high + 1)]
    chosen = [c for c in chars if safe(c)]
    assert len(chosen) > 1000 and safe(" ") and safe("") and not safe("\xa0")
    assert [c for c in chosen if cell_len(c) != 1 or Text(c).plain != c] == []


@pytest.mark.parametrize("columns", ["40", "60", "80", None])
@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_every_commands_tables_in_a_pipe_match_rich(
    mg, monkeypatch, columns, command, argv, stdin
) -> None:
    """Each table the plain writer writes for a real command is what render_table
    would have drawn there; and it writes every one of them (none falls back)."""
    import mgcalc.render.plain as plain
    from mgcalc.render.table import render_table

    written = plain.write_plain
    compared: list[bool] = []

    def checked(result: object, stream: io.StringIO, width: int) -> bool:
        ours, theirs = Stream(stream.encoding or "utf-8"), Stream(stream.encoding or "utf-8")
        compared.append(written(result, ours, width))
        render_table(result, theirs)
        assert ours.getvalue() == theirs.getvalue()
        stream.write(ours.getvalue())
        return True

    if columns is not None:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(plain, "write_plain", checked)
    ran = mg(command, *argv, stdin=stdin)
    assert ran.code in (0, 1), ran.err
    assert all(compared)
    assert compared or command in {"guide", "profile"}


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_a_view_with_no_rows_draws_no_bare_header(encoding: str) -> None:
    view = View("Your cabinet", [Column("Name"), Column("Per serving", True)], [])
    view.notes.append("The cabinet is empty: mgcalc cabinet add NAME LINE.")
    drawn = plain_text(view, 60, encoding)
    assert drawn == rich_text(view, 60, encoding)
    assert drawn is not None and "Name" not in drawn and "─" not in drawn
    assert drawn.splitlines() == ["Your cabinet", view.notes[0]]
