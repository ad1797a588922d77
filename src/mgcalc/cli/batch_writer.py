"""How batch records are written: the framing of each format around the records
(JSON's brackets and commas, CSV's header, the tab-separated table) and the error
lines on stderr. The loop that calls them is :mod:`mgcalc.cli.batch`."""

from __future__ import annotations

from io import StringIO
from typing import Any, TextIO

from mgcalc.core.errors import ensure_finite, error_line
from mgcalc.render import OutputFormat, SingleResult
from mgcalc.render.machine import ascii_only, csv_cell, csv_writer, record_encoder

LEAD_COLUMNS = ("line", "input")
ERROR_COLUMNS = ("line", "input", "error")


class Serialiser:
    """Turns results into text for one format, with the framing that format needs."""

    def __init__(
        self, fmt: OutputFormat, columns: tuple[str, ...], stream: TextIO, quiet: bool = False
    ) -> None:
        self.fmt = fmt
        self.quiet = quiet
        self.json = fmt in (OutputFormat.NDJSON, OutputFormat.JSON)
        self.body_columns = tuple(c for c in columns if c not in ERROR_COLUMNS)
        self.columns = (*LEAD_COLUMNS, *self.body_columns)
        if fmt is OutputFormat.CSV:
            self.columns += ("error",)
        self.ensure_ascii = ascii_only(stream)
        self.encode = record_encoder(ensure_ascii=self.ensure_ascii)
        self._buffer = StringIO()
        self._row = csv_writer(self._buffer).writerow

    def head(self) -> str:
        if self.quiet:
            return ""
        if self.fmt is OutputFormat.CSV:
            return self._csv(list(self.columns))
        if self.fmt is OutputFormat.JSON:
            return "["
        if self.fmt is OutputFormat.TABLE:
            return "\t".join(self.columns) + "\n"
        return ""

    def rest(self, text: str, result: SingleResult) -> str:
        """A success record after its line number, input included (memoised).

        The hot path of a batch of distinct lines: JSON is encoded once, by an
        encoder that refuses NaN/Infinity itself; other formats check the record."""
        record = result.record()
        if self.quiet:
            ensure_finite(record)
            return result.quiet().replace("\n", " ") + "\n"
        if self.json:
            if not record.keys().isdisjoint(ERROR_COLUMNS):  # a label's own 'input'
                record = {k: v for k, v in record.items() if k not in ERROR_COLUMNS}
            body = self.encode(record)
            return '"input":' + self.encode(text) + ("}" if body == "{}" else "," + body[1:])
        ensure_finite(record)
        values = [csv_cell(record.get(c)) for c in self.body_columns]
        if self.fmt is OutputFormat.CSV:
            return self._csv([csv_cell(text), *values, ""])
        return "\t".join([text.replace("\t", " "), *map(str, values)]) + "\n"

    def template(self) -> str:
        """``template % (separator, line number, rest)``: one success record. One
        %-format per line keeps the hot loop cheap (a catalogue repeats its lines)."""
        if self.quiet:
            return "%.0s%.0s%s"
        return {
            OutputFormat.NDJSON: '%.0s{"line":%d,%s\n',
            OutputFormat.JSON: '%s{"line":%d,%s',
            OutputFormat.CSV: "%.0s%d,%s",
            OutputFormat.TABLE: "%.0s%d\t%s",
        }[self.fmt]

    def separator(self) -> str:
        """What goes between two records (JSON's comma)."""
        return ",\n" if self.fmt is OutputFormat.JSON and not self.quiet else ""

    def failure(self, separator: str, number: int, text: str, message: str) -> str:
        if self.quiet:
            return "\n"
        if self.fmt is OutputFormat.CSV:
            empty = [""] * len(self.body_columns)
            return self._csv([number, csv_cell(text), *empty, csv_cell(message)])
        if self.fmt is OutputFormat.TABLE:
            return f"line {number}: error: {message}\n"
        body = self.encode({"line": number, "input": text, "error": message})
        return body + "\n" if self.fmt is OutputFormat.NDJSON else separator + body

    def tail(self, empty: bool) -> str:
        if self.fmt is OutputFormat.JSON and not self.quiet:
            return "]\n" if empty else "\n]\n"
        return ""

    def _csv(self, values: list[Any]) -> str:
        buffer = self._buffer
        buffer.seek(0)
        buffer.truncate()
        self._row(values)
        return buffer.getvalue()


class Messages:
    """Error lines on stderr; if stderr's reader has gone, the records still flow."""

    def __init__(self, stream: TextIO) -> None:
        self.stream: TextIO | None = stream

    def say(self, text: str, kind: str = "error") -> None:
        if self.stream is None:
            return
        try:
            self.stream.write(error_line(text, kind))
            self.stream.flush()
        except (OSError, ValueError):
            self.stream = None
