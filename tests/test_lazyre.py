"""``lazy_compile`` patterns behave as compiled ones and compile only when used."""

from __future__ import annotations

import re
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgcalc.lazyre import lazy_compile

SOURCE = r"(?P<n>\d+)\s*(?P<unit>mg|g)\b"


@given(st.text(alphabet="0123456789 mgMG.,x", max_size=30))
def test_every_method_matches_re_compile(text: str) -> None:
    lazy, eager = lazy_compile(SOURCE, re.I), re.compile(SOURCE, re.I)
    for name in ("match", "search", "fullmatch"):
        made, want = getattr(lazy, name)(text), getattr(eager, name)(text)
        assert (made and made.groupdict()) == (want and want.groupdict())
    assert lazy.sub("<\\g<n>>", text) == eager.sub("<\\g<n>>", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.findall(text) == eager.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]


def test_compiled_on_first_use_only() -> None:
    lazy = lazy_compile(r"\bmagnesium\b", re.I)
    assert "match" not in vars(lazy)
    assert lazy.search("Magnesium citrate")
    assert "match" in vars(lazy)  # the compiled pattern's methods, bound once
    assert (lazy.pattern, lazy.flags & re.I, lazy.groups) == (r"\bmagnesium\b", re.I, 0)


def test_a_bad_pattern_fails_when_used() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.match("x")


def test_every_core_pattern_compiles() -> None:
    """The module-level patterns of core/ compile (a typo fails here, not in use)."""
    import importlib
    import pkgutil

    import mgcalc.core

    found = 0
    for info in pkgutil.walk_packages(mgcalc.core.__path__, "mgcalc.core."):
        module = importlib.import_module(info.name)
        assert isinstance(module, types.ModuleType)
        for value in vars(module).values():
            if type(value).__name__ == "_LazyPattern":
                assert isinstance(value.pattern, str)
                found += 1
    assert found > 40
