"""One thing, one name: the JSON keys of every command, walked through their schemas.

test_json_contract checks that a key has one type; this checks names and meanings:
a key has one description everywhere (one meaning), no two keys share a description
(one name per thing), mg amounts end in ``_mg``, retired synonyms appear nowhere,
and a field that can be negative says what its sign means.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from mgcalc.core.fields import FIELDS
from tests.contract.examples import EXAMPLES
from tests.contract.test_json_contract import every_output, schema_of, walk_properties

# Fields whose value can be below zero, and so must say what each sign means.
SIGNED = {"overshoot_mg", "score"}


def _every_property() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (f"{command}:{record}", key, prop)
        for command in sorted(EXAMPLES)
        for record, key, prop in walk_properties(schema_of(command))
    ]


def _negatives(value: Any, found: set[str], key: str = "") -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            if name != "extra":
                _negatives(item, found, name)
    elif isinstance(value, list):
        for item in value:
            _negatives(item, found, key)
    elif isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        found.add(key)


def test_signed_fields_say_what_each_sign_means() -> None:
    for key in SIGNED:
        text = FIELDS[key].description.lower()
        assert "positive" in text and "negative" in text, f"{key}: {text}"
    for where, key, prop in _every_property():
        if key in SIGNED:
            assert "negative" in prop["description"], f"{where}.{key}"


def test_only_signed_fields_are_ever_negative() -> None:
    """Over the real outputs of every command's examples (compare's includes a product
    rounded down under the UL, so overshoot_mg is negative there)."""
    found: set[str] = set()
    for _, value in every_output():
        _negatives(value, found)
    assert "overshoot_mg" in found
    assert found <= SIGNED, f"negative values under {sorted(found - SIGNED)}: add to SIGNED"


def test_a_key_means_one_thing_in_every_command() -> None:
    meanings: dict[str, dict[str, str]] = defaultdict(dict)
    for where, key, prop in _every_property():
        meanings[key].setdefault(prop["description"], where)
    several = {key: found for key, found in meanings.items() if len(found) > 1}
    assert not several, json.dumps(several, indent=1)
