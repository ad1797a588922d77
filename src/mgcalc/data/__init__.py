"""Package data, loaded into light frozen records.

The TOML files are the single source of truth; every value names its source id.
At run time they are read with :mod:`tomllib` straight into the stdlib dataclasses
of :mod:`mgcalc.data.records` (cheap: no pydantic on the start-up path). The same
dataclasses are validated strictly by pydantic in :mod:`mgcalc.data.validate`,
which the test suite and CI run.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from typing import Any

from mgcalc.data.records import Constants, FormRecord, Source

DATA_DIR = os.path.dirname(os.path.abspath(__file__))


def read_toml(name: str) -> dict[str, Any]:
    """The parsed contents of the package data file ``name``.

    A plain path beside this module: importlib.resources would cost ~14 ms of
    imports at start-up, and mgcalc is never run from a zip.
    """
    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        return tomllib.load(handle)


def tuples(row: dict[str, Any]) -> dict[str, Any]:
    """TOML arrays become tuples so records stay hashable and immutable."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in row.items()}


@cache
def constants() -> Constants:
    return Constants(**read_toml("constants.toml")["magnesium"])


@cache
def form_records() -> tuple[FormRecord, ...]:
    return tuple(FormRecord(**tuples(row)) for row in read_toml("forms.toml")["form"])


@cache
def sources() -> dict[str, Source]:
    rows = read_toml("sources.toml")["source"]
    return {row["id"]: Source(**row) for row in rows}
