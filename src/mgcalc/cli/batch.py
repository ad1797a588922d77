"""Streaming batch mode: one record out per data line in, in order, memory flat.

Records in = records out, always. Whatever goes wrong while computing one line
(bad input, or a failure mgcalc did not foresee) becomes that line's error
record and a line on stderr; the run goes on and exits 1 at the end. Every
record, success or error, starts with the line number and the input, so a script
can join results to inputs. How lines are read (encodings, BOM, CSV cells, a
header row, length limits) is :mod:`mgcalc.cli.batch_input`.

Catalogues repeat themselves ("citrate 500mg" a thousand times), so the
serialised output of each distinct line is memoised in a bounded cache; only the
line number is written afresh. Input that does not repeat turns the memo down
(see :data:`WINDOW`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, NamedTuple, TextIO

from mgcalc.cli.batch_input import BatchSpec, Rows, column_key, read_lines
from mgcalc.cli.batch_writer import Messages, Serialiser
from mgcalc.core.errors import (
    EXIT_LIMIT,
    EXIT_OK,
    EXIT_PARTIAL,
    InputError,
    describe,
)
from mgcalc.render import OutputFormat, SingleResult
from mgcalc.render.machine import utf8

CACHE_LIMIT = 65536
# A catalogue repeats its lines, so a memo hit saves a whole computation; a batch of
# distinct lines never hits, and storing each line would only cost time and memory.
# So every WINDOW lookups the memo checks its hit rate: under 1 in HIT_RATE it stores
# only every (SAMPLE + 1)th new line, enough to notice when lines start repeating.
WINDOW = 4096
HIT_RATE = 8
SAMPLE = 15


class Failed(NamedTuple):
    message: str


def caution_texts(result: SingleResult) -> list[tuple[str, str]]:
    """A record's cautions as (kind, text): ``-q`` prints one figure per line, but
    never hides a caution (kidney, no UL for the age, medicines), so they go to stderr
    with the record's line number, as in a single run."""
    return [(c.kind, c.text) for c in getattr(result, "cautions", None) or ()]


def open_source(path: str) -> BinaryIO:
    if path == "-":
        stdin = sys.stdin
        if stdin is None or getattr(stdin, "closed", False):
            raise InputError("standard input is closed; pipe the lines in or give a FILE")
        return stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read batch file '{path}': {exc.strerror}") from None


def run_batch(
    spec: BatchSpec,
    path: str,
    fmt: OutputFormat,
    out: TextIO,
    err: TextIO,
    *,
    quiet: bool = False,
    breach: Callable[[Any], str | None] | None = None,
) -> int:
    """Stream ``path`` through ``spec``; 0 if every line worked, else 1.

    ``breach`` (``--strict``): why a result is over its limit, or None. Every record
    is still written; the run then exits 3 if any was over, naming the first."""
    source = open_source(path)
    utf8(out)  # records another program reads (a batch's TSV table too): never a '?'
    writer = Serialiser(fmt, spec.columns, out, quiet)
    rows = Rows(spec)
    messages = Messages(err)
    cache: dict[str, str | Failed] = {}
    cautions: dict[str, Sequence[tuple[str, str]]] = {}  # -q: what the figure cannot show
    said_general: set[str] = set()
    failed = 0
    first = True
    write = out.write
    template = writer.template()
    separator, between = "\n", writer.separator()
    records = 0
    storing, lookups, hits = True, 0, 0  # the memo's policy: see WINDOW
    fast: Callable[[str], str | None] | None = None  # JSON of a line, without the
    # ordinary path (batch_fast)
    if spec.fast is not None and writer.json and not quiet and breach is None:
        fast = spec.fast(spec.compute, writer.rest, writer.encode)
    over: dict[str, str] = {}  # --strict: why a memoised line is over its limit
    over_count, first_over = 0, ""
    header_line: str | None = None
    free = False
    try:
        for block in read_lines(source):
            problems, start = block.problems, block.first
            parts: list[str] = []  # the block's records, written at once
            put = parts.append
            for index, raw in enumerate(block.texts):
                text = raw.strip()
                if not text or text[0] == "#":
                    continue
                problem = problems.get(index) if problems else None
                if first:
                    first = False
                    header = problem is None and rows.take_header(text)
                    if spec.columns_for is not None:  # the header, or its absence, decides
                        writer = Serialiser(fmt, spec.columns_for(rows.names or ()), out, quiet)
                        template, between = writer.template(), writer.separator()
                    put(writer.head())
                    free = fast is not None and rows.names is None  # lines, not CSV rows
                    if header:
                        header_line = text
                        continue
                elif text == header_line:  # the header again: two exports joined
                    continue
                said: Sequence[tuple[str, str]] = ()  # -q: this record's cautions
                why: str | None = None  # --strict: why this record is over its limit
                if problem is not None:
                    hit: str | Failed | None = Failed(problem)
                else:
                    hit = cache.get(text)
                    lookups += 1
                    if hit is None:
                        if free and fast is not None and '"' not in text:
                            try:
                                hit = fast(text)
                            except Exception as exc:  # one record's failure, as below
                                hit = Failed(describe(exc))
                        if hit is None:
                            try:
                                result = rows.result(text)
                                hit = writer.rest(text, result)
                                if quiet:
                                    said = caution_texts(result)
                                if breach is not None:
                                    why = breach(result)
                            except Exception as exc:  # one record's failure, whatever it is
                                hit = Failed(describe(exc))
                        if storing or not lookups & SAMPLE:
                            if len(cache) >= CACHE_LIMIT:
                                cache.clear()
                                cautions.clear()
                                over.clear()
                            cache[text] = hit
                            if said:
                                cautions[text] = said
                            if why:
                                over[text] = why
                    else:
                        hits += 1
                        said = cautions.get(text, said)
                        if over:
                            why = over.get(text)
                    if lookups == WINDOW:
                        storing, lookups, hits = hits * HIT_RATE >= WINDOW, 0, 0
                if hit.__class__ is str:
                    put(template % (separator, start + index, hit))
                    if why:
                        over_count += 1
                        first_over = first_over or f"line {start + index}: {why}"
                    for kind, caution in said or ():
                        if kind == "general":  # the same reminder on every row: say it once
                            if caution in said_general:
                                continue
                            said_general.add(caution)
                            messages.say(caution, "caution")
                        else:  # after the records before it
                            write("".join(parts))
                            parts.clear()
                            out.flush()
                            messages.say(f"line {start + index}: {caution}", "caution")
                else:
                    number = start + index
                    failed += 1
                    message = hit.message  # type: ignore[union-attr]
                    messages.say(f"line {number}: {message}")
                    put(writer.failure(separator, number, text, message))
                separator = between
                records += 1
            write("".join(parts))
            out.flush()
    finally:
        if source is not getattr(sys.stdin, "buffer", None):
            source.close()
    if first:
        write(writer.head())
    write(writer.tail(records == 0))
    if over_count:
        out.flush()
        messages.say(
            f"{over_count} of {records} records over their limit (--strict); first, {first_over}"
        )
        return EXIT_LIMIT
    return EXIT_PARTIAL if failed else EXIT_OK


__all__ = ["BatchSpec", "Serialiser", "column_key", "open_source", "run_batch"]
