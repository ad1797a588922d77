"""``lazy_compile``: a module-level regular expression compiled on its first use.

Python compiles a pattern in pure Python (``re._compiler``): the module-level
patterns of core/ cost 5-25 ms per command, and a command uses only some of them
(``plan`` never reads a label's per-unit wording; a label line never needs the
panel patterns; the success path never needs the error patterns). A pattern made
here is compiled the first time one of its attributes is read; from then on the
compiled pattern's methods are the object's own attributes, so a call costs what
it costs on a compiled pattern.

The object stands in for a compiled pattern wherever its attributes are used
(``.match``, ``.sub``, ``.pattern``, ...); it is not an ``re.Pattern`` instance,
so it is not passed to the ``re`` module's functions (tests/test_lazyre.py).
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRIBUTES = (
    "match",
    "search",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "pattern",
    "flags",
    "groups",
    "groupindex",
    "scanner",
)


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
