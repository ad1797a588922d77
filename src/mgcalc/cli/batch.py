"""Streaming batch mode: one record out per data line in, in order, memory flat.

Input is read with ``read1`` so a slow producer's lines are answered as they
arrive (the output is flushed whenever the input has nothing more ready), while
a fast one is processed 64 KiB at a time. A bad line becomes an error record and
a line on stderr; the run goes on and the exit code says whether any failed.

Catalogues repeat themselves ("citrate 500mg" a thousand times), so the
serialised output of each distinct line is memoised in a bounded cache.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from io import StringIO
from typing import Any, BinaryIO, TextIO

from mgcalc.core.errors import EXIT_OK, EXIT_PARTIAL, InputError, MgcalcError, error_line
from mgcalc.render import OutputFormat
from mgcalc.render.machine import ascii_only, csv_cell, csv_writer, dumps

CHUNK = 65536
CACHE_LIMIT = 65536
ERROR_COLUMNS = ("line", "input", "error")


@dataclass(frozen=True)
class BatchSpec:
    """How one command reads a batch line and which columns its records have."""

    compute: Callable[[str], Mapping[str, Any]]
    columns: tuple[str, ...]


def read_lines(binary: BinaryIO) -> Iterator[list[str]]:
    """Blocks of complete lines, each block as soon as it is available."""
    read = getattr(binary, "read1", binary.read)
    carry = b""
    while chunk := read(CHUNK):
        data = carry + chunk
        cut = data.rfind(b"\n") + 1
        carry = data[cut:]
        if cut:
            yield data[:cut].decode("utf-8", "replace").split("\n")[:-1]
    if carry:
        yield [carry.decode("utf-8", "replace")]


class Serialiser:
    """Turns records into text for one format, with the framing that format needs."""

    def __init__(self, fmt: OutputFormat, columns: tuple[str, ...], stream: TextIO) -> None:
        self.fmt = fmt
        extra = tuple(c for c in ERROR_COLUMNS if c not in columns)
        self.columns = columns + extra if fmt is OutputFormat.CSV else columns
        self.ensure_ascii = ascii_only(stream)
        self.count = 0

    def head(self) -> str:
        if self.fmt is OutputFormat.CSV:
            return self._csv({c: c for c in self.columns})
        if self.fmt is OutputFormat.JSON:
            return "["
        if self.fmt is OutputFormat.TABLE:
            return "\t".join(self.columns) + "\n"
        return ""

    def body(self, record: Mapping[str, Any]) -> str:
        if self.fmt in (OutputFormat.NDJSON, OutputFormat.JSON):
            return dumps(record, ensure_ascii=self.ensure_ascii)
        if self.fmt is OutputFormat.CSV:
            return self._csv(record)
        if "error" in record and len(record) == 3:
            return f"line {record['line']}: error: {record['error']}\n"
        return "\t".join(str(csv_cell(record.get(c))) for c in self.columns) + "\n"

    def frame(self, body: str) -> str:
        """Separators between bodies; only JSON needs them."""
        self.count += 1
        if self.fmt is OutputFormat.NDJSON:
            return body + "\n"
        if self.fmt is OutputFormat.JSON:
            return ("\n" if self.count == 1 else ",\n") + body
        return body

    def tail(self) -> str:
        if self.fmt is OutputFormat.JSON:
            return "\n]\n" if self.count else "]\n"
        return ""

    def _csv(self, record: Mapping[str, Any]) -> str:
        buffer = StringIO()
        csv_writer(buffer).writerow([csv_cell(record.get(c)) for c in self.columns])
        return buffer.getvalue()


def open_source(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read batch file '{path}': {exc.strerror}") from None


def run_batch(spec: BatchSpec, path: str, fmt: OutputFormat, out: TextIO, err: TextIO) -> int:
    """Stream ``path`` through ``spec``; 0 if every line worked, else 1."""
    source = open_source(path)
    writer = Serialiser(fmt, spec.columns, out)
    cache: dict[str, str | MgcalcError] = {}
    failed = 0
    number = 0
    write = out.write
    write(writer.head())
    try:
        for block in read_lines(source):
            for raw in block:
                number += 1
                text = raw.strip()
                if not text or text.startswith("#"):
                    continue
                hit = cache.get(text)
                if hit is None:
                    try:
                        hit = writer.body(spec.compute(text))
                    except MgcalcError as exc:
                        hit = exc
                    if len(cache) >= CACHE_LIMIT:
                        cache.clear()
                    cache[text] = hit
                if isinstance(hit, MgcalcError):
                    failed += 1
                    message = str(hit)
                    err.write(error_line(f"line {number}: {message}"))
                    hit = writer.body({"line": number, "input": text, "error": message})
                write(writer.frame(hit))
            out.flush()
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    write(writer.tail())
    return EXIT_PARTIAL if failed else EXIT_OK
