"""Every output record is declared once, with each field typed by its key's alias."""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from typing import is_typeddict

import mgcalc.core
from mgcalc.core.fields import Doc
from mgcalc.render.schema import find_doc, record_hints


def _records() -> list[type]:
    found: dict[str, type] = {}
    for module in pkgutil.walk_packages(mgcalc.core.__path__, "mgcalc.core."):
        for value in vars(importlib.import_module(module.name)).values():
            if is_typeddict(value) and value.__module__.startswith("mgcalc."):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def test_the_walk_finds_the_records() -> None:
    names = {record.__name__ for record in _records()}
    assert {"ElementalRecord", "CheckRecord", "LabelRecord", "EntryRecord"} <= names


def test_every_field_carries_its_description() -> None:
    missing = [
        f"{record.__name__}.{key}"
        for record in _records()
        for key, hint in record_hints(record).items()
        if find_doc(hint) is None
    ]
    assert missing == []


def test_a_key_has_one_description_in_every_record() -> None:
    docs: dict[str, set[Doc]] = defaultdict(set)
    for record in _records():
        for key, hint in record_hints(record).items():
            doc = find_doc(hint)
            assert doc is not None
            docs[key].add(doc)
    assert {key: found for key, found in docs.items() if len(found) > 1} == {}
