"""``compare`` in a machine format, streamed: records in input order, each with its
``rank``, in memory that does not grow with the file's text.

Ranking needs every product, so the file is read twice: the first pass costs each
product, writes its record (or its error record) to a temporary file and keeps only
its cost per 100 mg in an array of doubles (8 bytes a product); the second pass reads
the records back in input order and gives each its rank, the number of products that
cost less plus one. Products of exactly the same cost are ordered by name, as the
table orders them: the names of such products, and only those, are collected by one
more pass when there are any.

The table keeps the whole listing in memory: it is drawn for a person, sorted by rank.
"""

from __future__ import annotations

import json
import math
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from typing import IO, Any, TextIO

from mgcalc.core.error_records import OptionError, error_place, option_error
from mgcalc.core.errors import (
    EXIT_OK,
    EXIT_PARTIAL,
    InputError,
    describe,
    ensure_finite,
    error_line,
)
from mgcalc.core.labels.compare import (
    CompareResult,
    ProductRecord,
    product_from,
    product_record,
    row_from_option,
)
from mgcalc.render import OutputFormat
from mgcalc.render.machine import csv_cell, csv_writer, dumps, record_encoder, utf8

# every column of a CSV listing, whatever its rows: a product's, then an error's
CSV_COLUMNS = (*ProductRecord.__annotations__, "error")


class _Pass:
    """The first pass: records to a temporary file, costs to an array."""

    def __init__(self, context: CompareResult, spool: IO[str], err: TextIO) -> None:
        self.context = context
        self.spool = spool
        self.err = err
        self.costs = array("d")
        self.best: tuple[float, str] | None = None  # -q: the cheapest product's name
        self.failed = 0
        self.encode = record_encoder(ensure_ascii=False)

    def product(self, row: dict[str, str], place: dict[str, Any]) -> None:
        try:
            product = product_from(row)
            record: dict[str, Any] = dict(product_record(product, self.context))
            record.update(place)
            ensure_finite(record)
        except Exception as exc:  # one product's failure, whatever it is
            error = {**place, "error": describe(exc)}
            if "option" in place:
                error = dict(
                    option_error("--product", place["input"], describe(exc), place["index"])
                )
            self.error(error)
            return
        cost = product.cost_per_100mg
        self.costs.append(cost)
        if self.best is None or (cost, product.name) < self.best:
            self.best = (cost, product.name)
        self.spool.write(self.encode({**record, "_cost": cost}) + "\n")

    def error(self, record: dict[str, Any] | OptionError) -> None:
        self.failed += 1
        self.err.write(error_line(f"{error_place(record)}: {record['error']}"))
        self.spool.write(self.encode(record) + "\n")


def stream_compare(
    rows: Iterable[tuple[int, str, dict[str, str]]],
    options: Iterable[str],
    context: CompareResult,
    fmt: OutputFormat,
    out: TextIO,
    err: TextIO,
    *,
    quiet: bool = False,
) -> int:
    """Write every product and error record of ``rows`` and the ``--product``
    ``options`` (costed against ``context``'s target and UL) to ``out``; 0, or 1 if
    any failed (the target too: ``context.target_error``)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as spool:
        first = _Pass(context, spool, err)
        for line, raw, row in rows:
            place = {"line": line, "input": raw}
            if "error" in row and "name" not in row:
                first.error({**place, "error": row["error"]})
            else:
                first.product(row, place)
        for index, text in enumerate(options, start=1):
            try:
                row = row_from_option(text)
            except InputError as exc:
                first.error(option_error("--product", text, describe(exc), index))
                continue
            first.product(row, {"option": "--product", "index": index, "input": text})
        if context.target_error is not None:  # after the products, as in the table's notes
            first.error(context.target_error)
        if not first.costs and not first.failed:
            raise InputError("no products: the file has a header and no rows")
        utf8(out)
        if quiet:
            out.write((first.best[1] if first.best else "") + "\n")
        else:
            _write(spool, first.costs, fmt, out)
    return EXIT_PARTIAL if first.failed else EXIT_OK


def _write(spool: IO[str], costs: array[float], fmt: OutputFormat, out: TextIO) -> None:
    ranked = array("d", sorted(costs))
    tied = {ranked[i] for i in range(1, len(ranked)) if ranked[i] == ranked[i - 1]}
    names = _tied_names(spool, tied) if tied else {}
    spool.seek(0)
    writer = _Writer(fmt, out)
    for text in spool:
        record = json.loads(text)
        if "rank" in record:
            cost = _cost(record)
            rank = bisect_left(ranked, cost) + 1
            if cost in names:
                rank += bisect_left(names[cost], record["name"])
            record["rank"] = rank
        writer.record(record)
    writer.end()


def _cost(record: dict[str, Any]) -> float:
    """The unrounded cost per 100 mg of a product record (the record's own is rounded)."""
    return record.pop("_cost") if "_cost" in record else math.nan


def _tied_names(spool: IO[str], tied: set[float]) -> dict[float, list[str]]:
    names: dict[float, list[str]] = {}
    spool.seek(0)
    for text in spool:
        record = json.loads(text)
        cost = record.get("_cost")
        if cost in tied:
            names.setdefault(cost, []).append(record["name"])
    for group in names.values():
        group.sort()
    return names


class _Writer:
    def __init__(self, fmt: OutputFormat, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.count = 0
        self.encode = record_encoder(ensure_ascii=False)
        self.row = csv_writer(out).writerow
        if fmt is OutputFormat.CSV:
            self.row(CSV_COLUMNS)
        elif fmt is OutputFormat.JSON:
            out.write("[")

    def record(self, record: dict[str, Any]) -> None:
        if self.fmt is OutputFormat.CSV:
            self.row([csv_cell(record.get(column)) for column in CSV_COLUMNS])
        elif self.fmt is OutputFormat.JSON:  # as json.dumps(listing, indent=2) writes it
            text = dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            self.out.write(("\n  " if not self.count else ",\n  ") + text)
        else:
            self.out.write(self.encode(record) + "\n")
        self.count += 1

    def end(self) -> None:
        if self.fmt is OutputFormat.JSON:
            self.out.write("\n]\n" if self.count else "]\n")
