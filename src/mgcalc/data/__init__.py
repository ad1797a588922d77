"""Package data: TOML files (and the USDA CSV), each value naming its source id.

The TOML files are the single source of truth. Each domain module (chemistry,
reference, labels, knowledge, foods) declares its records as ``NamedTuple`` classes and
loads them with :func:`read_toml` the first time a command asks, so a command reads
only the files it needs and loads no pydantic. :mod:`mgcalc.data.validate` checks the
same classes strictly with pydantic (the test suite and CI run it).
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from typing import Any

DATA_DIR = os.path.dirname(os.path.abspath(__file__))


@cache
def read_toml(name: str) -> dict[str, Any]:
    """The package data file ``name``, parsed by :mod:`tomllib` the first time a
    command asks for it; a command reads only the files its records come from.

    Shared between callers (several loaders read interactions.toml): treat it as
    read-only. A plain path beside this module: importlib.resources would cost
    more imports at start-up than the read itself, and mgcalc is never run from a zip.
    """
    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        return tomllib.load(handle)


def tuples(row: dict[str, Any]) -> dict[str, Any]:
    """TOML arrays become tuples so records stay hashable and immutable."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in row.items()}
