"""Physical lines of batch input, from bytes as editors and spreadsheets save them.

Each of these is handled here, so every reader (``--batch``, ``compare``) sees the
same numbered lines:

- UTF-8, with or without a byte-order mark; a mark in the middle of the input (two
  exports joined with ``cat``) is dropped as well;
- UTF-16 (Excel's "Unicode text"), with a byte-order mark or without one when the
  first line shows it (every other byte zero): read as the text it is;
- LF, CRLF and CR-only line ends (Excel's "CSV (Macintosh)"), one line each, so the
  line numbers are the file's and the length limit is the same for all three;
- a line that is not UTF-8 becomes that line's error record (mgcalc does not
  guess an 8-bit encoding), the rest are read;
- a line is at most :data:`MAX_LINE` characters; a longer one is cut at the reader
  (memory stays flat) and becomes an error record.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from mgcalc.core.errors import InputError

CHUNK = 65536
MAX_LINE = 4096  # characters in one batch line; a label line or a person's row is far shorter
TOO_LONG = f"the line is over {MAX_LINE} characters long; the limit is {MAX_LINE}"
_MAX_BYTES = 4 * MAX_LINE + 4  # UTF-8 holds at most 4 bytes a character
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_NOT_UTF8 = "[\udc80-\udcff]"
_SNIFF = 64  # characters at the start that show UTF-16 without a byte-order mark
_LEAST = 8  # of them at least: a few NUL bytes alone are not UTF-16


class Block(NamedTuple):
    """Complete lines numbered from ``first``; ``problems`` says, by index, why a line
    cannot be read (its text is then shown safely). Plain lists: batch speed lives here."""

    first: int
    texts: list[str]
    problems: dict[int, str]


def _decode(data: bytes) -> tuple[list[str], bool]:
    """Lines of ``data`` and whether all of it was UTF-8 (bad bytes kept as surrogates)."""
    try:
        text, clean = data.decode("utf-8"), True
    except UnicodeDecodeError:
        text, clean = data.decode("utf-8", "surrogateescape"), False
    if "\ufeff" in text:  # a byte-order mark where two files were joined
        text = text.replace("\ufeff", "")
    return text.split("\n"), clean


def _shown(text: str) -> str:
    """A line as it may be echoed: undecodable bytes as U+FFFD, long lines cut."""
    shown = re.sub(_NOT_UTF8, "\ufffd", text)
    return shown if len(shown) <= 200 else shown[:200] + "..."


def _problem(text: str, clean: bool) -> str | None:
    if not clean and (bad := re.search(_NOT_UTF8, text)):
        byte = ord(bad.group()) - 0xDC00
        return (
            f"not UTF-8 text (byte 0x{byte:02X} at character {bad.start() + 1}); "
            "save the file as UTF-8"
        )
    if len(text) > MAX_LINE:
        return TOO_LONG
    return None


def _utf16(start: bytes) -> str | None:
    """The UTF-16 codec ``start`` (the first bytes) is written in, or None for UTF-8."""
    if start.startswith(_UTF16_BOMS):
        return "utf-16"  # the codec reads the mark and drops it
    pairs = start[: 2 * _SNIFF]
    pairs = pairs[: len(pairs) - len(pairs) % 2]
    if len(pairs) < 2 * _LEAST:
        return None
    even, odd = pairs[0::2], pairs[1::2]
    if not odd.strip(b"\0") and b"\0" not in even:
        return "utf-16-le"
    if not even.strip(b"\0") and b"\0" not in odd:
        return "utf-16-be"
    return None


def _chunks(binary: BinaryIO) -> Iterator[bytes]:
    """The input as UTF-8 bytes, 64 KiB at a time (UTF-16 transcoded, the BOM gone).

    Uses ``read1`` so a slow producer's lines are answered as they arrive."""
    read = getattr(binary, "read1", binary.read)
    chunk = read(CHUNK)
    if not chunk:
        return
    codec = _utf16(chunk)
    if codec is None:
        yield chunk[len(_BOM) :] if chunk.startswith(_BOM) else chunk
        while chunk := read(CHUNK):
            yield chunk
        return
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        while chunk:
            yield decoder.decode(chunk).encode("utf-8", "surrogatepass")
            chunk = read(CHUNK)
        yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the batch input reads as {codec.upper()} but is broken ({exc.reason}); "
            "save it as UTF-8 (CSV UTF-8)"
        ) from None


def read_lines(binary: BinaryIO) -> Iterator[Block]:
    """Blocks of complete lines, each block as soon as it is available."""
    carry = b""
    number = 0  # lines numbered so far
    overlong = False  # inside a line already cut at _MAX_BYTES
    for chunk in _chunks(binary):
        data = carry + chunk
        held = b""
        if b"\r" in data:  # CRLF or CR-only: one line end each, as LF
            if data.endswith(b"\r"):  # its LF may start the next chunk
                data, held = data[:-1], b"\r"
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        cut = data.rfind(b"\n") + 1
        carry = data[cut:] + held
        texts: list[str] = []
        problems: dict[int, str] = {}
        if cut:
            texts, clean = _decode(data[:cut])
            texts.pop()  # after the last newline
            if overlong:  # the tail of a cut line: not a line of its own
                texts.pop(0)
                overlong = False
            if not clean or (texts and max(map(len, texts)) > MAX_LINE):
                _mark(texts, problems, clean)
        if len(carry) > _MAX_BYTES:
            if not overlong:
                problems[len(texts)] = TOO_LONG
                texts.append(_shown(carry[:_MAX_BYTES].decode("utf-8", "surrogateescape")))
            overlong = True
            carry = b""
        if texts:
            yield Block(number + 1, texts, problems)
            number += len(texts)
    carry = carry.rstrip(b"\r")
    if carry and not overlong:
        texts, clean = _decode(carry)
        problems = {}
        _mark(texts, problems, clean)
        yield Block(number + 1, texts, problems)


def _mark(texts: list[str], problems: dict[int, str], clean: bool) -> None:
    for index, text in enumerate(texts):
        problem = _problem(text, clean)
        if problem is not None:
            problems[index] = problem
            texts[index] = _shown(text.strip())
