"""The machine formats: JSON, NDJSON and CSV (stdlib only, cheap to import).

They are UTF-8 whatever the locale (:func:`utf8`): under ``LANG=C`` or
``PYTHONIOENCODING=ascii`` a table may spell ``é`` as ``e``, but a CSV, JSON or NDJSON
file is data another program reads back, and a ``?`` in place of a letter would be
stored as such. Where the stream cannot be switched to UTF-8 (a text stream without
bytes underneath), JSON is escaped to ASCII: the same document.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any, TextIO

from mgcalc.core.csvtext import csv_text
from mgcalc.core.errors import ensure_finite


def utf8(stream: TextIO) -> TextIO:
    """``stream``, switched to strict UTF-8 if it was in another encoding (before
    anything of the machine output is written; what was written is flushed first)."""
    if not ascii_only(stream) and _utf8_name(stream):
        return stream
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        stream.flush()
        reconfigure(encoding="utf-8", errors="strict")
    return stream


def _utf8_name(stream: TextIO) -> bool:
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name == "utf-8"
    except LookupError:
        return False


def ascii_only(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    return not encoding.startswith(("utf", "utf8"))


_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps(document: Any, *, ensure_ascii: bool, indent: int | None = None) -> str:
    """json.dumps that also escapes U+0085/U+2028/U+2029: valid JSON either way, but
    line-splitting readers (Python's splitlines, some JS) would cut a record there.
    NaN and Infinity are refused (:class:`NotFiniteError`), never written."""
    separators = (",", ":") if indent is None else (",", ": ")
    encoder = json.JSONEncoder(
        ensure_ascii=ensure_ascii, indent=indent, separators=separators, allow_nan=False
    )
    return _finished(encoder.encode, document, ensure_ascii)


def record_encoder(*, ensure_ascii: bool) -> Callable[[Any], str]:
    """Compact :func:`dumps` for a stream of records, with its encoder built once.

    The encoder refuses NaN and Infinity itself (``allow_nan=False``, in C), so a
    batch record needs no separate walk over its values to keep them out. The C
    encoder is called directly when there is one: ``JSONEncoder.encode`` rebuilds it
    for every record, which a batch of distinct lines would pay per line."""
    strings: Callable[[str], str] = (
        json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    )
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has _json
        return partial(dumps, ensure_ascii=ensure_ascii)
    # markers=None: records are trees (no cycle check); default=None: no custom types
    chunks = make(None, None, strings, None, ":", ",", False, False, False)

    def encode(document: Any) -> str:
        if isinstance(document, str):
            return strings(document)
        return "".join(chunks(document, 0))

    def encoded(document: Any) -> str:
        return _finished(encode, document, ensure_ascii)

    return encoded


def _finished(encode: Callable[[Any], str], document: Any, ensure_ascii: bool) -> str:
    try:
        text = encode(document)
    except ValueError:
        ensure_finite(document)  # NaN or Infinity: the user's NotFiniteError
        raise
    if not ensure_ascii and ("\x85" in text or "\u2028" in text or "\u2029" in text):
        for raw, escaped in _LINE_BREAKERS.items():
            text = text.replace(raw, escaped)
    return text


def write_json(document: Any, stream: TextIO) -> None:
    stream.write(dumps(document, ensure_ascii=ascii_only(stream), indent=2) + "\n")


def write_ndjson(row: Mapping[str, Any], stream: TextIO) -> None:
    stream.write(dumps(row, ensure_ascii=ascii_only(stream)) + "\n")


def csv_cell(value: Any) -> Any:
    """Lists join with ';' (lists of objects become JSON), None is empty, booleans
    are true/false; text is protected from spreadsheet formulas (:func:`csv_text`)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if any(isinstance(item, dict) for item in value):
            return json.dumps(value, separators=(",", ":"))
        return csv_text(";".join(str(item) for item in value))
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, str):
        return csv_text(value)
    return value


def csv_writer(stream: TextIO) -> Any:
    """RFC 4180: CRLF line ends, and any field holding a comma, quote, CR or LF quoted.

    (Python's csv quotes CR/LF only when they are in the line terminator, so a bare
    ``\\r`` inside a field would break readers with ``\\n`` line ends.)"""
    return csv.writer(stream, lineterminator="\r\n")


def write_csv(
    rows: Sequence[Mapping[str, Any]], stream: TextIO, declared: Sequence[str] = ()
) -> None:
    """A header, then a row a record; ``declared``: the columns of a listing with no rows,
    so an empty CSV still has its header (a reader sees the columns, not nothing)."""
    header = columns_of(rows) or list(declared)
    writer = csv_writer(stream)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(row.get(key)) for key in header])


def declared_columns(result: Any) -> list[str]:
    """The keys a listing's records would have, from its ``records()`` return type
    (``list[ProductRecord]``, or a union of records): read only when it has no rows."""
    from typing import Union, get_args, get_origin, get_type_hints

    try:
        hint = get_type_hints(type(result).records).get("return")
    except (NameError, TypeError, AttributeError):
        return []
    found: dict[str, None] = {}
    pending = list(get_args(hint))
    while pending:
        arg = pending.pop(0)
        if get_origin(arg) is Union or type(arg).__name__ == "UnionType":
            pending[:0] = get_args(arg)
        elif hasattr(arg, "__required_keys__"):
            found.update(dict.fromkeys(arg.__annotations__))
    return list(found)


def columns_of(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Union of keys in first-seen order, so ragged rows still line up."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)
