"""The saved profile: who the figures are for, in ``config.toml`` beside the diary.

Read with tomllib (stdlib) and written here by hand: the file holds a handful of
scalars and one list, so a tiny writer beats a dependency. Written atomically
(temporary file, then rename), so an interrupted ``profile set`` leaves the old file.
This module does not import sqlite3: ``check`` and ``plan`` read the profile on
every run without --sex, and their start-up must not grow.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from mgcalc.core.errors import InputError
from mgcalc.core.reference.kidney import parse_crcl, parse_egfr
from mgcalc.core.reference.lifestage import Person, get_standard, parse_age, parse_sex
from mgcalc.store.paths import config_path, ensure_home


@dataclass(frozen=True, slots=True)
class Profile:
    sex: str
    age: str | None = None
    pregnant: bool = False
    lactating: bool = False
    standard: str = "us"
    egfr: float | None = None
    kidney_disease: bool = False
    medications: tuple[str, ...] = field(default_factory=tuple)
    crcl: float | None = None
    conditions: tuple[str, ...] = field(default_factory=tuple)

    def validated(self) -> Profile:
        """The profile checked by the same rules as the command-line options."""

        sex = parse_sex(self.sex)
        age = None if self.age is None else str(self.age).strip()
        Person(sex, None if age is None else parse_age(age), self.pregnant, self.lactating)
        get_standard(self.standard)
        if self.egfr is not None:
            parse_egfr(self.egfr)
        if self.crcl is not None:
            parse_crcl(self.crcl)
        meds = tuple(dict.fromkeys(m.strip() for m in self.medications if m.strip()))
        from mgcalc.core.reference.conditions import Conditions  # only when a profile is set

        conditions = tuple(Conditions.of(self.conditions).ids)
        return Profile(
            sex,
            age,
            self.pregnant,
            self.lactating,
            self.standard.strip().lower(),
            self.egfr,
            self.kidney_disease,
            meds,
            self.crcl,
            conditions,
        )


class Changes(NamedTuple):
    """What one ``profile set`` gives: None (or empty) leaves the saved field as it is."""

    sex: str | None = None
    age: str | None = None
    pregnant: bool | None = None
    lactating: bool | None = None
    standard: str | None = None
    egfr: float | None = None
    kidney_disease: bool | None = None
    medications: tuple[str, ...] = ()
    remove_medications: tuple[str, ...] = ()
    clear: tuple[str, ...] = ()
    crcl: float | None = None
    conditions: tuple[str, ...] = ()  # added to the saved ones


# the fields --clear forgets, and what each becomes
CLEARABLE: dict[str, dict[str, object]] = {
    "age": {"age": None},
    "egfr": {"egfr": None},
    "medications": {"medications": ()},
    "standard": {"standard": "us"},
    "pregnant": {"pregnant": False},
    "lactating": {"lactating": False},
    "kidney-disease": {"kidney_disease": False},
    "crcl": {"crcl": None},
    "conditions": {"conditions": ()},
}


def _medicine_name(text: str) -> str:
    """``'Levothyroxine @ 07:00'`` -> ``'levothyroxine'``: a medicine without its time."""
    return text.split("@", 1)[0].strip().lower()


def merge(saved: Profile | None, changes: Changes) -> Profile:
    """``changes`` merged into ``saved`` one field at a time: a birthday (``--age 46``)
    keeps the sex, the standard and the medicines. A medicine given again with another
    time replaces its saved line; ``remove_medications`` takes one off by name."""

    if saved is None:
        if changes.sex is None:
            raise InputError(
                "no profile is saved yet: give --sex for the first one",
                suggestion="e.g. mgcalc profile set --sex female --age 34",
            )
        saved = Profile(changes.sex)
    values: dict[str, object] = {}
    for name in changes.clear:
        key = name.strip().lower().replace("_", "-")
        if key not in CLEARABLE:
            raise InputError(
                f"--clear cannot forget '{name}'", suggestion="choose " + ", ".join(CLEARABLE)
            )
        values.update(CLEARABLE[key])
    given = changes._asdict()
    for key in ("sex", "age", "pregnant", "lactating", "standard", "egfr", "kidney_disease"):
        if given[key] is not None:
            values[key] = given[key]
    if changes.crcl is not None:
        values["crcl"] = changes.crcl
    if changes.conditions:
        kept = values.get("conditions", saved.conditions)
        values["conditions"] = (*kept, *changes.conditions)  # type: ignore[misc]
    medicines = list(values.get("medications", saved.medications))  # type: ignore[call-overload]
    for text in changes.remove_medications:
        kept = [m for m in medicines if _medicine_name(m) != _medicine_name(text)]
        if len(kept) == len(medicines):
            listed = ", ".join(medicines) or "none"
            raise InputError(
                f"'{text}' is not a saved medicine", suggestion=f"the saved ones: {listed}"
            )
        medicines = kept
    for text in changes.medications:
        medicines = [m for m in medicines if _medicine_name(m) != _medicine_name(text)]
        medicines.append(text)
    values["medications"] = tuple(medicines)
    return replace(saved, **values).validated()  # type: ignore[arg-type]


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except DEL must be escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def dumps(profile: Profile) -> str:
    lines = [
        "# mgcalc profile, written by 'mgcalc profile set' (edit with care, or run it again)",
        "[profile]",
        f"sex = {_toml_string(profile.sex)}",
    ]
    if profile.age is not None:
        lines.append(f"age = {_toml_string(profile.age)}")
    lines += [
        f"pregnant = {'true' if profile.pregnant else 'false'}",
        f"lactating = {'true' if profile.lactating else 'false'}",
        f"standard = {_toml_string(profile.standard)}",
    ]
    if profile.egfr is not None:
        lines.append(f"egfr = {profile.egfr!r}")
    lines.append(f"kidney_disease = {'true' if profile.kidney_disease else 'false'}")
    lines.append("medications = [" + ", ".join(map(_toml_string, profile.medications)) + "]")
    if profile.crcl is not None:
        lines.append(f"crcl = {profile.crcl!r}")
    if profile.conditions:
        lines.append("conditions = [" + ", ".join(map(_toml_string, profile.conditions)) + "]")
    return "\n".join(lines) + "\n"


def loads(text: str, where: str = "the profile") -> Profile:
    import tomllib

    try:
        table = tomllib.loads(text).get("profile")
    except tomllib.TOMLDecodeError as exc:
        raise _unreadable(where, str(exc)) from None
    except RecursionError:  # tomllib recurses per bracket: a broken file, not a crash
        raise _unreadable(where, "arrays or tables nested too deeply to read") from None
    if not isinstance(table, dict):
        raise _unreadable(where, "no [profile] table")
    return from_table(table, where)


def from_table(table: dict[str, object], where: str = "the profile") -> Profile:
    """A profile from its saved fields (the TOML table, or a backup's object)."""
    try:
        return Profile(
            sex=_str(table, "sex", None),
            age=None if table.get("age") is None else str(table["age"]),
            pregnant=_bool(table, "pregnant"),
            lactating=_bool(table, "lactating"),
            standard=_str(table, "standard", "us"),
            egfr=_number(table, "egfr"),
            kidney_disease=_bool(table, "kidney_disease"),
            medications=_strings(table, "medications"),
            crcl=_number(table, "crcl"),
            conditions=_strings(table, "conditions"),
        ).validated()
    except InputError as exc:
        raise _unreadable(where, str(exc)) from None


def _str(table: dict[str, object], key: str, default: str | None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        raise InputError(f"'{key}' is missing or not text")
    return value


def _bool(table: dict[str, object], key: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise InputError(f"'{key}' is not true or false")
    return value


def _number(table: dict[str, object], key: str) -> float | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"'{key}' is not a number")
    return float(value)


def _strings(table: dict[str, object], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"'{key}' is not a list of names")
    return tuple(value)


def _unreadable(where: str, why: str) -> InputError:
    return InputError(
        f"cannot read {where}: {why.splitlines()[0] if why else 'unreadable'}",
        suggestion="fix the file, or run 'mgcalc profile clear' and set it again",
    )


def load() -> Profile | None:
    """The saved profile, or None when none is saved (nothing is created here)."""
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _unreadable(str(path), "not UTF-8 text") from None
    return loads(text, str(path))


def save(profile: Profile) -> Path:
    path = ensure_home() / config_path().name
    text = dumps(profile.validated())
    try:
        handle, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return path


def clear() -> bool:
    """Remove the saved profile; False if there was none."""
    path = config_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise InputError(f"cannot remove {path}: {exc.strerror}") from None
    return True
