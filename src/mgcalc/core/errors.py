"""The exception hierarchy. Each class carries its documented exit code
(docs/contract.md).

The CLI prints ``mgcalc: error: <message>`` and exits with ``exit_code``; messages
are one line and say what was wrong with which part of the input, with a
suggestion where one exists, because scripts and people both read them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from math import isfinite

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_LIMIT = 3
EXIT_INTERNAL = 70
EXIT_IO = 74  # output could not be written: stdout closed, disk full (sysexits EX_IOERR)
EXIT_INTERRUPTED = 130


class MgcalcError(Exception):
    """Base of every error mgcalc reports to a user."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion

    def __str__(self) -> str:
        if self.suggestion:
            return f"{self.message}; {self.suggestion}"
        return self.message


class InputError(MgcalcError):
    """Input that mgcalc cannot compute with (exit 2)."""


class QuantityError(InputError):
    """An amount that is not a usable quantity of mass or magnesium."""


class UnknownNameError(InputError):
    """A name (form, food, topic...) that is not in a catalogue.

    For a closed vocabulary (sex, standard, goal, topic, format...) pass ``choices``:
    the message then lists them all, and close matches are found among them when
    ``candidates`` is not given. Shell completion offers the same lists
    (:mod:`mgcalc.cli.complete`), so what is refused and what is offered agree.
    """

    def __init__(
        self,
        kind: str,
        name: str,
        candidates: list[str] | None = None,
        *,
        choices: Sequence[str] = (),
    ) -> None:
        if candidates is None:
            candidates = suggest(name.strip().lower(), list(choices))
        hints = []
        if candidates:
            hints.append("did you mean " + " or ".join(f"'{c}'" for c in candidates) + "?")
        if choices:
            hints.append("valid choices: " + ", ".join(choices))
        super().__init__(f"unknown {kind} '{name}'", suggestion=" ".join(hints) or None)
        self.kind = kind
        self.name = name
        self.candidates = candidates


class FormulaError(InputError):
    """A chemical formula that cannot be used as a magnesium form."""


class NotFiniteError(InputError):
    """A figure that came out as NaN or infinity from an input at the edge of range."""


_LEAVES = frozenset({str, int, bool, type(None)})  # exact types that hold no float


def ensure_finite(value: object) -> None:
    """Raise :class:`NotFiniteError` if a record holds NaN or infinity anywhere: JSON
    cannot hold them, and no figure mgcalc prints may be one.

    Batch mode checks every record, so the common leaves (text, whole numbers, None)
    are skipped by exact type before any isinstance test."""
    if isinstance(value, float):
        if not isfinite(value):
            raise NotFiniteError("a result is out of range (not a finite number); check the input")
    elif isinstance(value, dict):
        _ensure_all_finite(value.values())
    elif isinstance(value, list | tuple):
        _ensure_all_finite(value)


def _ensure_all_finite(items: Iterable[object]) -> None:
    leaves = _LEAVES
    for item in items:
        kind = item.__class__
        if kind in leaves:
            continue
        if kind is float:
            if not isfinite(item):  # type: ignore[arg-type]
                ensure_finite(item)
        else:
            ensure_finite(item)


def reraise_interrupt(exc: BaseException) -> None:
    """A Ctrl-C that Python wrapped in another error is still a Ctrl-C: Python 3.11
    wraps one that lands in a class's ``__set_name__`` (a lazy import mid-record) in a
    RuntimeError, which must end the run with 130, not become an "internal error"."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__


def describe(exc: Exception) -> str:
    """The error text of one batch record or product: an input error's message, else
    the kind of failure, so a bug in one line is reported there and the run goes on."""
    reraise_interrupt(exc)
    if isinstance(exc, MgcalcError):
        return str(exc)
    first = (str(exc).splitlines() or [""])[0][:200]
    return f"internal error: {type(exc).__name__}: {first}".rstrip(": ")


class LimitExceeded(MgcalcError):
    """``--strict`` and an intake over the upper limit (exit 3)."""

    exit_code = EXIT_LIMIT


def suggest(name: str, choices: list[str], n: int = 2) -> list[str]:
    """Close matches for a misspelt name (difflib is stdlib and good enough here).

    difflib is quadratic in the name's length, and nothing over 64 characters is a
    misspelling of a catalogue name, so a longer name gets no suggestion at once."""
    if len(name) > MAX_SUGGEST_CHARS:
        return []

    return difflib.get_close_matches(name, choices, n=n, cutoff=0.6)


MAX_SUGGEST_CHARS = 64


# C0/C1 controls, and the Unicode line/paragraph separators and bidi controls (U+202E
# would show the rest of the line reversed: a Trojan Source trick).
_CONTROL = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
MAX_MESSAGE_CHARS = 1000


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def error_line(message: str, kind: str = "error") -> str:
    """``mgcalc: error: MESSAGE`` as one line, with control, line-separator and bidi
    characters from user input shown escaped (a raw CR, ESC or U+202E would rewrite
    what the user sees), and a message echoing a huge input cut to a readable length."""
    if len(message) > MAX_MESSAGE_CHARS:
        message = f"{message[:MAX_MESSAGE_CHARS]}... ({len(message):,} characters)"
    safe = re.sub(_CONTROL, _escaped, message)
    return f"mgcalc: {kind}: {safe}\n"
