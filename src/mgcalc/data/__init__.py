"""Package data: TOML files (and the USDA CSV), each value naming its source id.

The TOML files are the single source of truth. Each domain module (chemistry,
reference, labels, knowledge, foods) declares its records as ``NamedTuple`` classes and
loads them with :func:`read_toml` the first time a command asks, so a command reads
only the files it needs and loads no pydantic. :mod:`mgcalc.data.validate` checks the
same classes strictly with pydantic (the test suite and CI run it).
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

DATA_DIR = os.path.dirname(os.path.abspath(__file__))


@cache
def read_toml(name: str) -> dict[str, Any]:
    """The package data file ``name``, read the first time a command asks for it; a
    command reads only the files its records come from.

    An installed wheel carries a JSON copy of each file, made from it at build time
    (hatch_build.py), and reading JSON costs a tenth of parsing TOML; an editable
    install parses the TOML itself. Shared between callers (several loaders read
    interactions.toml): treat it as read-only. A plain path beside this module:
    importlib.resources would cost more imports than the read, and mgcalc is never
    run from a zip.
    """
    try:
        with open(os.path.join(DATA_DIR, "cache", name.replace(".toml", ".json")), "rb") as copy:
            return dict(json.load(copy))
    except FileNotFoundError:
        import tomllib  # only an editable install parses TOML at run time

        with open(os.path.join(DATA_DIR, name), "rb") as handle:
            return tomllib.load(handle)


def tuples(row: dict[str, Any]) -> dict[str, Any]:
    """TOML arrays become tuples so records stay hashable and immutable."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in row.items()}
