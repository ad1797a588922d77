"""Reading ``compare``'s products: a CSV file line by line (a bad line is that row's
error, never the next row's) and ``--product`` options, one CSV row each."""

from __future__ import annotations

import csv
from collections.abc import Iterable

from mgcalc.core.errors import InputError

COLUMNS = ("name", "form", "amount", "amount_is", "units", "price")


def rows_from_csv(text_lines: Iterable[str]) -> list[tuple[int, str, dict[str, str]]]:
    """CSV with a header naming at least ``name,form,amount,amount_is,units,price``."""
    return rows_from_lines((n, line, None) for n, line in enumerate(text_lines, 1))


def rows_from_lines(
    lines: Iterable[tuple[int, str, str | None]],
) -> list[tuple[int, str, dict[str, str]]]:
    """Rows from numbered physical lines (with why a line cannot be read, or None).

    Each line is one row: an unterminated quote is that row's error and never
    swallows the next one."""
    header: list[str] | None = None
    rows: list[tuple[int, str, dict[str, str]]] = []
    for number, raw, problem in lines:
        text = raw.strip("\r\n").lstrip("\ufeff")
        if not text.strip():
            continue
        cells, reason = _cells(text) if problem is None else ([], problem)
        if reason is not None:
            if header is None:
                raise InputError(f"cannot read the CSV header: {reason}")
            rows.append((number, text, {"error": f"cannot read the row: {reason}"}))
            continue
        if header is None:
            header = [h.strip().lower() for h in cells]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise InputError(
                    f"the CSV header lacks: {', '.join(missing)}; found: {text.strip()[:200]}",
                    suggestion="make the first line the header: " + ",".join(COLUMNS),
                )
            continue
        if any(cell.strip() for cell in cells):
            rows.append((number, text, dict(zip(header, cells, strict=False))))
    if header is None:
        raise InputError("the product list is empty; expected a CSV header line")
    return rows


def _cells(text: str) -> tuple[list[str], str | None]:
    try:
        return next(csv.reader([text], strict=True)), None
    except csv.Error as exc:
        return [], "unterminated quote" if "unexpected end" in str(exc) else str(exc)


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
