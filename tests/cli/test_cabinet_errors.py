"""An unknown product name is one error line that says where the names are, even
when no cabinet name is near it (it said only "unknown product 'x'")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("command", ["show", "remove"])
def test_unknown_product_says_where_the_names_are(mg, command: str) -> None:
    empty = mg("cabinet", command, "zzz")
    assert empty.code == 2
    assert empty.err.count("\n") == 1 and "cabinet add" in empty.err
    assert mg("cabinet", "add", "nightly", "Magnesium (as oxide) 250 mg").code == 0
    far = mg("cabinet", command, "zzz")
    assert far.code == 2
    assert far.err.count("\n") == 1 and "mgcalc cabinet list" in far.err
