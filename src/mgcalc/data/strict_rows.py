"""Rows of package data checked against their record classes by pydantic.

Shared by the validator's modules (:mod:`mgcalc.data.validate` and
:mod:`mgcalc.data.validate_names`); commands never import it, so pydantic stays
off their path.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError


def validated(kind: Any, rows: Any, where: str, found: list[str]) -> list[Any]:
    """``rows`` as records of ``kind``; each problem pydantic finds is added to ``found``
    as one line naming the file and the place in it (then no record is returned)."""
    try:
        return list(TypeAdapter(list[kind]).validate_python(rows))
    except ValidationError as exc:
        for error in exc.errors():
            location = ".".join(str(part) for part in error["loc"])
            found.append(f"{where}[{location}]: {error['msg']}")
        return []
