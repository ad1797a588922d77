"""Batch input as it comes from editors and spreadsheets: what a line means.

Physical lines come from :mod:`mgcalc.cli.batch_lines` (encodings, byte-order marks,
CR, LF or CRLF line ends, the line-length limit); here, before a line reaches a
command, so every command's batch reads the same way:

- quoted cells are CSV (:mod:`mgcalc.core.csvlines`, as ``compare`` reads them), one
  record per physical line, so an unterminated quote is
  that line's error and never swallows the next row; a line that is not CSV but
  quotes whole words as a shell command line would (``"magnesium sulfate" 2g``) is
  read as those words, as the single-argument command reads them;
- a first line naming columns is a header (``form,amount``): used, not reported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from mgcalc.cli.batch_lines import MAX_LINE as MAX_LINE
from mgcalc.cli.batch_lines import Block as Block
from mgcalc.cli.batch_lines import read_lines as read_lines
from mgcalc.core.csvlines import (
    cells,
    header_names,
    looks_quoted,
    unquoted_words,
)
from mgcalc.core.csvlines import (
    column_key as column_key,
)
from mgcalc.core.errors import InputError, suggest
from mgcalc.render import SingleResult

LABEL_COLUMNS = ("id", "name", "note")  # a header may carry them; they stay in `input`


@dataclass(frozen=True, slots=True)
class BatchSpec:
    """How one command reads a batch line and which columns its records have.

    ``compute`` reads a free-text line (``citrate 500mg``). ``fields`` names the
    input columns a header line may use (the first ``positional`` of them also
    fit a quoted line without a header, in that order), ``row`` computes from
    such a row, ``aliases`` maps other spellings of a column to its field.
    ``preset`` names the fields that options given beside ``--batch`` fill for every
    row: a header naming one of them too is refused.
    """

    compute: Callable[[str], SingleResult]
    columns: tuple[str, ...]
    fields: tuple[str, ...] = ()
    positional: int = 0
    row: Callable[[Mapping[str, str]], SingleResult] | None = None
    required: tuple[str, ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict)
    needs_header: bool = False
    preset: frozenset[str] = frozenset()
    # the output columns for the columns a header names, where they decide what the
    # records are (label: a header naming form,compound writes declarations)
    columns_for: Callable[[Sequence[str]], tuple[str, ...]] | None = None
    fast: Callable[..., Callable[[str], str | None]] | None = None


class Rows:
    """Turns a line into a result: free text, a quoted CSV line, or a row under a header."""

    def __init__(self, spec: BatchSpec) -> None:
        self.spec = spec
        self.names: list[str] | None = None
        self.delimiter = ","

    def known(self) -> set[str]:
        return {*self.spec.fields, *self.spec.aliases, *LABEL_COLUMNS}

    def take_header(self, text: str) -> bool:
        """Use ``text`` as the header if it is one; a header naming unknown columns
        is a usage error (a misspelt ``pregnat`` must not be ignored)."""
        spec = self.spec
        found = header_names(text, self.known()) if spec.row is not None else None
        if found is None:
            if spec.needs_header:
                raise InputError(
                    "the batch input needs a header line naming its columns",
                    suggestion="columns: " + ",".join(spec.fields),
                )
            return False
        names, self.delimiter = found
        if not spec.needs_header and not {*spec.fields, *spec.aliases} & set(names):
            return False  # 'NAME' alone names none of the command's columns: a (bad) record
        unknown = [n for n in names if n not in self.known()]
        if unknown:
            close = suggest(unknown[0], sorted(self.known()), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise InputError(
                f"unknown column '{unknown[0]}' in the header line",
                suggestion=f"{hint}columns: {', '.join(spec.fields)}",
            )
        self.names = [spec.aliases.get(n, n) for n in names]
        both = [n for n in self.names if n in spec.preset]
        if both:
            option = "--" + both[0].replace("_", "-")
            raise InputError(
                f"the header's {both[0]} column and {option} both give the {both[0]} "
                "for every row: give one of them"
            )
        missing = [c for c in spec.required if c not in self.names]
        if missing:
            raise InputError(f"the header line lacks the column(s) {', '.join(missing)}")
        return True

    def result(self, text: str) -> SingleResult:
        spec = self.spec
        if spec.positional and '"' in text and (words := self._shell_words(text)):
            return spec.compute(words)
        if self.names is not None:
            if len(self.names) == 1 and not looks_quoted(text):
                return spec.compute(text)  # one column: the whole line, commas and all
            values = cells(text, self.delimiter)
            if len(values) == 1 < len(self.names) and spec.positional and not looks_quoted(text):
                return spec.compute(text)  # 'oxide 400mg' under 'form,amount': free text
            if len(values) > len(self.names):
                raise InputError(f"{len(values)} cells, but the header names {len(self.names)}")
            return self._row(dict_of(self.names, values))
        if spec.positional and looks_quoted(text):
            values = cells(text)
            if len(values) == 1:
                return spec.compute(values[0])
            if len(values) != spec.positional:
                wanted = ",".join(spec.fields[: spec.positional])
                raise InputError(f"expected {spec.positional} cells ({wanted}), got {len(values)}")
            return self._row(dict_of(list(spec.fields), values))
        return spec.compute(text)

    def _shell_words(self, text: str) -> str | None:
        """The words of a line that quotes them as a shell would, unless it is CSV."""
        words = unquoted_words(text)
        if words is None or not looks_quoted(text):
            return words
        try:
            cells(text, self.delimiter)
        except InputError:
            return words
        return None

    def _row(self, row: dict[str, str]) -> SingleResult:
        assert self.spec.row is not None
        return self.spec.row(row)


def dict_of(names: list[str], values: list[str]) -> dict[str, str]:
    """Cells by column; a repeated column (``food,food``) joins its cells with ';'."""
    row: dict[str, str] = {}
    for name, value in zip(names, values, strict=False):
        if name in LABEL_COLUMNS or not value:
            continue
        row[name] = f"{row[name]};{value}" if name in row else value
    return row
