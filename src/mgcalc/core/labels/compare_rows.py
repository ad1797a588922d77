"""Reading ``compare``'s products: a CSV file line by line, as ``--batch`` reads one (a
bad line is that row's error, never the next row's), and ``--product`` options, one
CSV row each."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from mgcalc.core.csvlines import cells, column_key, sniff_delimiter
from mgcalc.core.errors import InputError

COLUMNS = ("name", "form", "amount", "amount_is", "units", "price")


class ProductRow(dict[str, str]):
    """A product row's cells by column; ``decimal_comma`` when the file separates its
    cells with semicolons, as spreadsheets in decimal-comma locales save CSV (``19,99``
    is nineteen ninety-nine there, and ``1,250`` is one and a quarter)."""

    decimal_comma = False


def rows_from_csv(text_lines: Iterable[str]) -> list[tuple[int, str, dict[str, str]]]:
    """CSV with a header naming at least ``name,form,amount,amount_is,units,price``."""
    return list(rows_from_lines((n, line, None) for n, line in enumerate(text_lines, 1)))


def rows_from_lines(
    lines: Iterable[tuple[int, str, str | None]],
) -> Iterator[tuple[int, str, dict[str, str]]]:
    """Rows from numbered physical lines (with why a line cannot be read, or None),
    read as ``--batch`` reads CSV (:mod:`mgcalc.core.csvlines`): blank lines and ``#``
    comments skipped, the delimiter sniffed from the header (comma, semicolon, tab),
    header names as option names (``Amount Is`` is ``amount_is``).

    Each line is one row: an unterminated quote, or more cells than the header
    names, is that row's error and never swallows or trims the next one. A generator:
    rows are read as they are compared, however long the file."""
    header: list[str] | None = None
    header_line = ""
    delimiter = ","
    for number, raw, problem in lines:
        text = raw.strip()
        if not text or text[0] == "#":
            continue
        if header is None:
            if problem is not None:
                raise InputError(f"cannot read the CSV header: {problem}")
            header, delimiter = _header(text)
            header_line = text
            continue
        if text == header_line:  # the header again: two exports joined
            continue
        if problem is not None:
            yield number, text, {"error": f"cannot read the row: {problem}"}
            continue
        try:
            values = cells(text, delimiter)
        except InputError as exc:
            yield number, text, {"error": f"cannot read the row: {exc.message}"}
            continue
        if len(values) > len(header):
            error = f"{len(values)} cells, but the header names {len(header)}"
            yield number, text, {"error": error}
        elif any(values):
            row = ProductRow(zip(header, values, strict=False))
            row.decimal_comma = delimiter == ";"
            yield number, text, row
    if header is None:
        raise InputError("the product list is empty; expected a CSV header line")


def _header(text: str) -> tuple[list[str], str]:
    delimiter = sniff_delimiter(text)
    try:
        names = [column_key(cell) for cell in cells(text, delimiter)]
    except InputError as exc:
        raise InputError(f"cannot read the CSV header: {exc.message}") from None
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise InputError(
            f"the CSV header lacks: {', '.join(missing)}; found: {text[:200]}",
            suggestion="make the first line the header: " + ",".join(COLUMNS),
        )
    return names, delimiter


def row_from_option(text: str) -> dict[str, str]:
    """``--product 'Brand A,glycinate,500mg,compound,120,19.99'``."""
    try:
        cells = next(csv.reader([text], strict=True))
    except (csv.Error, StopIteration) as exc:
        raise InputError(f"cannot read --product '{text}' as a CSV row: {exc}") from None
    if len(cells) != len(COLUMNS):
        raise InputError(
            f"--product needs {len(COLUMNS)} fields ({','.join(COLUMNS)}), "
            f"got {len(cells)} in '{text}'"
        )
    return dict(zip(COLUMNS, cells, strict=True))
