"""Tables in a pipe or a file: mgcalc's plain-text format.

The title, a blank line, a header row over a dashed rule, columns two spaces apart
with numbers right-aligned, a blank line, the notes; every line within the width
(COLUMNS, else 100) unless it holds a single word longer than that; every word of
every cell written whole; written in ASCII on a stream that cannot encode more.
The machine formats do not depend on the width or the stream's encoding.
"""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mgcalc.render import DEFAULT_WIDTH
from mgcalc.render.layout import arrange, longest_word
from mgcalc.render.plain import FRAME, printable, table_lines, view_lines, write_view
from mgcalc.render.views import Column, View
from tests.contract.examples import EXAMPLES

CASES = [(command, argv, stdin) for command, runs in EXAMPLES.items() for argv, stdin in runs]


def one_piece(line: str) -> bool:
    """Whether ``line`` is a single word (a figure with its unit is one), which may
    be wider than the width: it is never cut."""
    return longest_word(line) == len(line)


def drawn(view: View, width: int) -> str:
    return "".join(line + "\n" for line in view_lines(view, width))


def written(view: View, width: int, encoding: str) -> str:
    """What the plain writer puts on a stream in ``encoding`` that fails on what it
    cannot encode (a real stdout under PYTHONIOENCODING=ascii: errors='strict')."""
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, errors="strict", newline="\n")
    write_view(view, stream, width)
    return buffer.getvalue().decode(encoding)


FORMS = View(
    "Magnesium forms",
    [Column("Form"), Column("Mg", True), Column("Elemental", True), Column("Note")],
    [
        ["citrate", "16.16%", "80.82 mg", "mild laxative effect at higher doses"],
        ["oxide", "60.30%", "301.5 mg", "poor absorption"],
    ],
    notes=["Sources: PUBCHEM, IUPAC (mgcalc sources)"],
)


def test_the_format() -> None:
    """The documented layout, character for character."""
    assert drawn(FORMS, 80) == (
        "Magnesium forms\n"
        "\n"
        "Form         Mg  Elemental  Note\n"
        "-------  ------  ---------  ------------------------------------\n"
        "citrate  16.16%   80.82 mg  mild laxative effect at higher doses\n"
        "oxide    60.30%   301.5 mg  poor absorption\n"
        "\n"
        "Sources: PUBCHEM, IUPAC (mgcalc sources)\n"
    )


def test_text_cells_and_headers_wrap_and_numbers_stay_right_aligned() -> None:
    view = View(
        "t",
        [Column("Form"), Column("Elemental mg", True), Column("Note")],
        [["citrate", "80.82 mg", "mild laxative effect"], ["oxide", "301.5 mg", "-"]],
    )
    assert drawn(view, 30).splitlines() == [
        "t",
        "",
        "         Elemental",
        "Form            mg  Note",
        "-------  ---------  ----------",
        "citrate   80.82 mg  mild",
        "                    laxative",
        "                    effect",
        "oxide     301.5 mg  -",
    ]


def test_notes_and_lead_lines_wrap_to_the_width() -> None:
    note = "Supplements are within the supplemental UL of 350 mg (the UL applies to supplements)."
    view = View("A title", [Column("A")], [["x"]], notes=[note], lead=["! " + note])
    lines = drawn(view, 40).splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert lines[1].startswith("! Supplements")
    assert " ".join(lines[-3:]) == note
    assert "350 mg" in "\n".join(lines)  # a figure stays with its unit


def test_rows_that_do_not_fit_become_key_value_lines() -> None:
    lines = drawn(FORMS, 30).splitlines()
    assert "Form       citrate" in lines and "Elemental  80.82 mg" in lines
    assert "Note       mild laxative" in lines and "           effect at higher" in lines
    assert all(len(line) <= 30 for line in lines)
    assert lines[lines.index("Form       oxide") - 1] == ""  # rows apart by a blank line


def test_a_view_with_no_rows_draws_no_bare_header() -> None:
    view = View("Your cabinet", [Column("Name"), Column("Per serving", True)], [])
    view.notes.append("The cabinet is empty: mgcalc cabinet add NAME LINE.")
    assert drawn(view, 60).splitlines() == ["Your cabinet", view.notes[0]]


def test_cells_beyond_the_columns_are_written_too() -> None:
    view = View("t", [Column("A")], [["one", "two", "three"]])
    assert drawn(view, 60).splitlines()[-1] == "one  two  three"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_stream_that_cannot_encode_gets_ascii_spellings(encoding: str) -> None:
    """Nothing raises UnicodeEncodeError, and nothing is dropped: a character is
    spelled in ASCII or shown escaped."""
    view = View(
        "Label: 200 mg ≤ 50% µg – “x” 中",
        [Column("What"), Column("Value")],
        [["Supplemental UL", "███░░ 57% × 2 ½"], ["Fórm", "Mg bisglycinate™"]],
        notes=["Magnésium 😀"],
    )
    out = written(view, 60, encoding)
    ascii_out = written(view, 60, "ascii")
    assert "<= 50%" in ascii_out and "ug" in ascii_out and '"x"' in ascii_out
    assert "###-- 57% x 2 1/2" in ascii_out and "Form" in ascii_out
    assert "\\u4e2d" in ascii_out and "\\U0001f600" in ascii_out and "(TM)" in ascii_out
    assert ascii_out.isascii()
    if encoding == "latin-1":  # what the stream can encode is written as it is
        assert "µg" in out and "Magnésium" in out and "½" in out


def test_control_characters_are_shown_escaped_and_breaks_as_spaces() -> None:
    view = View("t\x1b[31m", [Column("A")], [["a\tb\nc\u202ed\u2028e"]])
    out = drawn(
        View(
            printable(view.title),
            view.columns,
            [[printable(cell) for cell in row] for row in view.rows],
        ),
        60,
    )
    assert out.splitlines()[0] == "t\\x1b[31m"
    assert "a b c\\u202ed e" in out and "\x1b" not in out


def test_width_is_columns_else_the_default(mg, monkeypatch) -> None:
    long_notes = ["plan", "--sex", "female", "--age", "30", "--food", "400"]
    monkeypatch.setenv("COLUMNS", "45")
    narrow = mg(*long_notes).out.splitlines()
    monkeypatch.delenv("COLUMNS")
    wide = mg(*long_notes).out.splitlines()
    assert max(map(len, narrow)) <= 45 < max(map(len, wide)) <= DEFAULT_WIDTH


# -- random views ------------------------------------------------------------------

# words of single-cell characters, some longer than a narrow column or a whole line
LETTERS = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,:;()%<>/-'!?#[]éµ°≤≥–’█░"
WORD = (
    st.text(LETTERS, min_size=1, max_size=10)
    | st.text(LETTERS, min_size=11, max_size=45)
    | st.sampled_from(["320", "4.06", "mg", "mEq/mL,", "%", "kg"])  # figures kept with units
)
PHRASE = st.lists(WORD, max_size=8).map(" ".join)
NUMBER = st.builds(
    lambda value, unit: f"{value / 100:.2f} {unit}".rstrip(),
    st.integers(0, 10**9),
    st.sampled_from(["", "mg", "mmol", "%"]),
) | st.sampled_from(["-", "", "0 (none)", "1051.76 mg"])


@st.composite
def views(draw: st.DrawFn, narrow: bool = True) -> View:
    columns = draw(
        st.lists(
            st.builds(Column, PHRASE, st.booleans(), st.booleans()),
            min_size=1,
            max_size=6 if narrow else 2,  # a narrow layout: fewer columns, as in the week
        )
    )
    texts = st.sampled_from(draw(st.lists(PHRASE, min_size=1, max_size=6)))
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        cells = [draw(NUMBER if column.numeric else texts) for column in columns]
        rows.append(cells[: draw(st.integers(0, len(cells)))])
    lines = st.lists(PHRASE, max_size=2)
    return View(
        draw(PHRASE),
        columns,
        rows,
        notes=draw(lines),
        lead=draw(lines),
        narrow=draw(st.none() | views(narrow=False)) if narrow else None,
    )


@given(views(), st.sampled_from([40, 60, 100]) | st.integers(20, 140))
@example(View("t", [Column("Long header words", True)], [["1 mg"]]), 20)
@example(
    View(
        "t",
        [Column("Day"), Column("Food mg", True), Column("Total mg", True)],
        [["11-20 Fri", "1234567890 mg", "1234567890 mg"]],
        narrow=View("", [Column("Day"), Column("mg", True)], [["11-20 Fri", "1234567890 mg"]]),
    ),
    25,
)
def test_every_word_is_written_whole_within_the_width(view: View, width: int) -> None:
    out = drawn(view, width)
    lines = out.splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert all(len(line) <= width or one_piece(line) for line in lines)
    written_words = set(out.split())
    texts = [view.title, *view.lead, *view.notes]
    arranged = arrange(view, width, FRAME)
    shown = view if arranged is None else arranged[0]  # the view, or its narrow layout
    # a view without rows draws none; key/value lines name the columns of a row's cells
    for row in shown.rows if view.rows else []:
        texts += [column.header for column in shown.columns[: None if arranged else len(row)]]
        texts += row
    for text in texts:
        assert set(text.split()) <= written_words, text


@given(views(narrow=False), st.sampled_from([40, 60, 100]))
def test_numbers_are_right_aligned_under_their_rule(view: View, width: int) -> None:
    """Each row drawn alone at the table's widths: a number ends where its column's
    dashes end, on the row's first line."""
    arranged = arrange(view, width, FRAME)
    if arranged is None:
        return  # key/value lines
    layout, widths = arranged
    rule = "  ".join("-" * width for width in widths)
    ends = [sum(widths[: index + 1]) + 2 * index for index in range(len(widths))]
    for row in layout.rows:
        lines = table_lines(View("", layout.columns, [row]), widths)
        first = lines[lines.index(rule) + 1]
        for index, column in enumerate(layout.columns):
            cell = row[index].strip() if index < len(row) else ""
            if column.numeric and cell:
                assert first[: ends[index]].endswith(cell)
                assert first[ends[index] : ends[index] + 1] in ("", " ")


# -- every command ----------------------------------------------------------------


@pytest.mark.parametrize("width", ["40", "60", "100"])
@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_every_commands_table_in_a_pipe(mg, monkeypatch, width, command, argv, stdin) -> None:
    """Within the width, no line ending in spaces, no tab or escape character; a
    table has its header over a dashed rule."""
    monkeypatch.setenv("COLUMNS", width)
    ran = mg(command, *argv, stdin=stdin)
    assert ran.code in (0, 1), ran.err
    lines = ran.out.splitlines()
    assert lines and all(line == line.rstrip() for line in lines)
    assert all(len(line) <= int(width) or one_piece(line) for line in lines)
    assert "\t" not in ran.out and "\x1b" not in ran.out


MACHINE = ["--json", "-f ndjson", "-f csv", "-q"]


@pytest.mark.parametrize("option", MACHINE)
@pytest.mark.parametrize(("command", "argv", "stdin"), CASES)
def test_machine_formats_do_not_depend_on_the_width(
    mg, monkeypatch, option, command, argv, stdin
) -> None:
    if command == "guide" and option in ("-f ndjson", "-f csv"):
        option = "-f json"
    monkeypatch.setenv("COLUMNS", "100")
    wide = mg(command, *argv, *option.split(), stdin=stdin)
    monkeypatch.setenv("COLUMNS", "40")
    narrow = mg(command, *argv, *option.split(), stdin=stdin)
    assert wide.code in (0, 1), wide.err
    assert (narrow.code, timeless(narrow.out)) == (wide.code, timeless(wide.out))


def timeless(out: str) -> str:
    """``out`` without the times a record is stamped with (cabinet add's added_at):
    the two runs may fall in different seconds."""
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?", "TIME", out)
