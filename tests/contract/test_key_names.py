"""One thing, one name: the JSON keys of every command, walked through their schemas.

test_json_contract checks that a key has one type; this checks names and meanings:
a key has one description everywhere (one meaning), no two keys share a description
(one name per thing), mg amounts end in ``_mg``, retired synonyms appear nowhere,
and a field that can be negative says what its sign means.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from typing import Any

from mgcalc.core import fields
from mgcalc.core.fields import Doc
from mgcalc.render.schema import find_doc
from tests.contract.examples import EXAMPLES
from tests.contract.test_json_contract import every_output, schema_of, walk_properties

# Fields whose value can be below zero, and so must say what each sign means.
SIGNED = {"overshoot_mg", "score"}


@cache
def _every_property() -> list[tuple[str, str, dict[str, Any]]]:
    """(command:record, key, property) over every command's schema (built once)."""
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


def _vocabulary() -> dict[str, Doc]:
    """Every Doc the vocabulary declares, by the name it is declared under."""
    found: dict[str, Doc] = {}
    for name, value in vars(fields).items():
        doc = value if isinstance(value, Doc) else find_doc(value)
        if doc is not None and not name.startswith("_"):
            found[name] = doc
    return found


def _signed_fields_say_what_each_sign_means() -> None:
    docs = _vocabulary()
    for key in SIGNED:
        text = docs["".join(part.capitalize() for part in key.split("_"))].description.lower()
        assert "positive" in text and "negative" in text, f"{key}: {text}"
    for where, key, prop in _every_property():
        if key in SIGNED:
            assert "negative" in prop["description"], f"{where}.{key}"


def _a_key_means_one_thing_in_every_command() -> None:
    meanings: dict[str, dict[str, str]] = defaultdict(dict)
    for where, key, prop in _every_property():
        meanings[key].setdefault(prop["description"], where)
    several = {key: found for key, found in meanings.items() if len(found) > 1}
    assert not several, json.dumps(several, indent=1)


# Names retired for one thing's single name; they must not come back anywhere.
RETIRED = {
    "elemental_mg_per_unit": "elemental_per_unit_mg",  # cabinet (compare, label had this)
    "unit_elemental_mg": "elemental_per_unit_mg",  # compound, plan
    "elemental_mg_per_serving": "elemental_mg",  # cabinet (label: elemental_mg a serving)
    "dose_mg": "elemental_per_day_mg",  # compare (label had this)
    # contract v1 (docs/contract.md, "Changes in v1")
    "mg": "elemental_mg",
    "mmol": "elemental_mmol",
    "meq": "elemental_meq",
    "magnesium_mg": "elemental_mg",
    "elemental_range_mg": "elemental_low_mg",
    "stated_range_mg": "stated_low_mg",
    "compound_supplies_mg": "compound_supplies_low_mg",
    "elemental_per_day_range_mg": "elemental_per_day_low_mg",
    "percent_of_ul_range": "percent_of_ul_low",
    "supplement_low_mg": "elemental_per_day_low_mg",
    "supplement_high_mg": "elemental_per_day_high_mg",
    "units_per_dose": "units_per_day",
    "egfr": "egfr_ml_min_1_73m2",
    "molar_mass": "molar_mass_g_mol",
    "price": "price_per_pack",
    "value": "given_value",
}
# Different keys for one quantity that the contract fixes (docs/contract.md): none.
ALLOWED_SAME_MEANING: set[frozenset[str]] = set()


def _one_thing_has_one_name() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for _, key, prop in _every_property():
        names[prop["description"]].add(key)
    several = {
        text: sorted(keys)
        for text, keys in names.items()
        if len(keys) > 1 and frozenset(keys) not in ALLOWED_SAME_MEANING
    }
    assert not several, json.dumps(several, indent=1)
    found = {key for keys in names.values() for key in keys}
    assert not found & set(RETIRED), {key: RETIRED[key] for key in found & set(RETIRED)}
    glossary = defaultdict(set)
    for name, doc in _vocabulary().items():
        glossary[doc.description].add(name)
    assert not [names for names in glossary.values() if len(names) > 1]


def _mg_amounts_end_in_mg() -> None:
    for where, key, prop in _every_property():
        if prop.get("unit") == "mg":
            assert key.endswith("_mg") or key == "mg", f"{where}.{key}: an mg amount"


def test_every_schema_names_one_thing_once() -> None:
    """Over every command's schema (walked once: the schemas are costly to build)."""
    _a_key_means_one_thing_in_every_command()
    _one_thing_has_one_name()
    _mg_amounts_end_in_mg()
    _signed_fields_say_what_each_sign_means()


def _shape(text: str) -> str:
    if re.fullmatch(r"\d\d:\d\d", text):
        return "clock time HH:MM"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return "date"
    return "other text"


def _strings(value: Any, found: dict[str, dict[str, str]], where: str, key: str = "") -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            if name not in ("extra", "input", "item", "given", "name", "label"):
                _strings(item, found, where, name)
    elif isinstance(value, list):
        for item in value:
            _strings(item, found, where, key)
    elif isinstance(value, str) and key:
        found[key].setdefault(_shape(value), where)


def test_a_key_holds_one_kind_of_value_in_real_outputs(mg) -> None:
    """The diary's clock time was 'time' (plan's 'time' is 'with dinner'), and its food
    description was 'form' (a catalogue id everywhere else): walk real outputs, the
    diary's included, and check each key holds one kind of value."""
    from mgcalc.core.chemistry.forms import resolve

    assert mg("profile", "set", "--sex", "female", "--age", "34").code == 0
    assert mg("cabinet", "add", "nightly", "Magnesium (as magnesium oxide) 200 mg").code == 0
    logged = ["log", "add", "nightly", "citrate 500mg", "--food", "almonds 1oz", "--food", "90"]
    assert mg(*logged, "--time", "08:30", "--date", "2026-03-02").code == 0
    runs = [
        ["log", "day", "2026-03-02", "--json"],
        ["log", "export", "--format", "json"],
        ["cabinet", "list", "--json"],
        ["plan", "--sex", "male", "--food", "100", "--medication", "doxycycline", "--json"],
        [
            "check",
            "--sex",
            "male",
            "--food",
            "almonds 1oz",
            "--supplement",
            "oxide 400mg",
            "--json",
        ],
    ]
    found: dict[str, dict[str, str]] = defaultdict(dict)
    forms: list[str] = []
    for argv in runs:
        ran = mg(*argv)
        assert ran.code == 0, ran.err
        document = json.loads(ran.out)
        _strings(document, found, " ".join(argv))
        _collect(document, "form", forms)
    negative: set[str] = set()
    for _, value in every_output():
        _strings(value, found, "examples")
        _collect(value, "form", forms)
        _negatives(value, negative)
    # only signed fields are ever negative (compare's example has a product rounded
    # down under the UL, so overshoot_mg is negative there)
    assert "overshoot_mg" in negative
    assert negative <= SIGNED, f"negative values under {sorted(negative - SIGNED)}: add to SIGNED"
    mixed = {key: kinds for key, kinds in found.items() if len(kinds) > 1}
    assert not mixed, json.dumps(mixed, indent=1)
    assert "clock time HH:MM" in found["clock"]
    for form in set(forms):
        for part in form.split(","):
            resolve(part)  # a catalogue id or a formula, never a food's description


def _collect(value: Any, wanted: str, into: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == wanted and isinstance(item, str):
                into.append(item)
            _collect(item, wanted, into)
    elif isinstance(value, list):
        for item in value:
            _collect(item, wanted, into)
