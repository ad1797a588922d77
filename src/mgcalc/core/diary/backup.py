"""``backup`` and ``restore``: the profile, the cabinet and the diary in one file.

A backup is one JSON object: ``format`` (``mgcalc-backup``), ``version``, ``created_at``,
``profile`` (the saved fields, or null), ``cabinet`` (product records as ``cabinet list
--json`` prints them) and ``diary`` (entries as ``log export`` writes them). Reading
checks every part before anything is stored, so a bad file changes nothing; the
entries are read by the export reader itself.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict

from mgcalc.core.diary.cabinet import MAX_COUNT, MAX_PRICE, Product, check_name
from mgcalc.core.diary.entries import Entry
from mgcalc.core.diary.transfer import read_entries
from mgcalc.core.errors import InputError

if TYPE_CHECKING:  # record field types: read by mypy and by mgcalc schema
    from mgcalc.core import fields

FORMAT = "mgcalc-backup"
VERSION = 1
FIGURES = ("elemental", "compound")


class Backup(NamedTuple):
    profile: dict[str, Any] | None
    products: list[Product]
    entries: list[Entry]


class BackupRecord(TypedDict):
    file: fields.File
    profile_included: fields.ProfileIncluded
    products_in_file: fields.ProductsInFile
    entries_in_file: fields.EntriesInFile


class BackupResult(NamedTuple):
    file: str
    backup: Backup

    def record(self) -> BackupRecord:
        return {
            "file": self.file,
            "profile_included": self.backup.profile is not None,
            "products_in_file": len(self.backup.products),
            "entries_in_file": len(self.backup.entries),
        }

    def quiet(self) -> str:
        return self.file


class RestoreRecord(TypedDict):
    file: fields.File
    replaced: fields.Replaced
    profile_restored: fields.ProfileRestored
    products_in_file: fields.ProductsInFile
    products_restored: fields.ProductsRestored
    entries_in_file: fields.EntriesInFile
    entries_restored: fields.EntriesRestored
    already_present: fields.AlreadyPresent


class RestoreResult(NamedTuple):
    """What ``restore`` did: the profile ``restored``, ``unchanged`` (the same) or
    ``none`` (the backup has none); products and entries restored beside those found
    already present."""

    file: str
    replaced: bool
    profile: str
    products: int
    products_restored: int
    entries: int
    entries_restored: int
    already_present: int

    def record(self) -> RestoreRecord:
        return {
            "file": self.file,
            "replaced": self.replaced,
            "profile_restored": self.profile,
            "products_in_file": self.products,
            "products_restored": self.products_restored,
            "entries_in_file": self.entries,
            "entries_restored": self.entries_restored,
            "already_present": self.already_present,
        }

    def quiet(self) -> str:
        return str(self.products_restored + self.entries_restored)


def document(backup: Backup, created_at: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": created_at,
        "profile": backup.profile,
        "cabinet": [_exact(product) for product in backup.products],
        "diary": [entry.record() for entry in backup.entries],
    }


def _exact(product: Product) -> dict[str, Any]:
    """A product's record with its figures unrounded, so a restore gives it back exactly."""
    return {
        **product.record(),
        "stated_mg": product.stated_mg,
        "elemental_per_unit_mg": product.elemental_mg_per_unit,
    }


def read_backup(text: str) -> Backup:
    """A backup file, checked in full (one error names what is wrong)."""
    try:
        doc = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise InputError(
            f"nothing restored: not valid JSON at line {error.lineno}: {error.msg}",
            suggestion="give a file written by 'mgcalc backup'",
        ) from None
    except RecursionError:
        raise InputError("nothing restored: the JSON is nested too deeply") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(
            'nothing restored: not an mgcalc backup (no "format": "mgcalc-backup")',
            suggestion="'mgcalc log import' reads a diary export",
        )
    if doc.get("version") != VERSION:
        raise InputError(
            f"nothing restored: backup version {doc.get('version')!r}; this mgcalc reads {VERSION}"
        )
    profile = doc.get("profile")
    if profile is not None and not isinstance(profile, dict):
        raise InputError("nothing restored: 'profile' is not an object")
    cabinet, diary = doc.get("cabinet", []), doc.get("diary", [])
    if not isinstance(cabinet, list) or not isinstance(diary, list):
        raise InputError("nothing restored: 'cabinet' and 'diary' must be arrays")
    products = [_product(number, rec) for number, rec in enumerate(cabinet, start=1)]
    names = [p.name.lower() for p in products]
    if len(set(names)) != len(names):
        raise InputError("nothing restored: the cabinet names a product twice")
    entries = read_entries(json.dumps(diary)) if diary else []
    return Backup(profile, products, entries)


def _product(number: int, rec: object) -> Product:
    where = f"nothing restored: cabinet product {number}"
    if not isinstance(rec, Mapping):
        raise InputError(f"{where} is not an object")
    try:
        price, count = rec.get("price"), rec.get("units_per_pack")
        product = Product(
            check_name(_text(rec, "name")),
            _text(rec, "label"),
            tuple(_texts(rec, "forms")),
            _text(rec, "figure_is"),
            _positive(rec, "stated_mg"),
            _positive(rec, "elemental_per_unit_mg"),
            int(_positive(rec, "units_per_serving")),
            None if price is None else _positive(rec, "price", MAX_PRICE),
            None if count is None else int(_positive(rec, "units_per_pack", MAX_COUNT)),
            _text(rec, "added_at"),
        )
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    if product.figure_is not in FIGURES:
        raise InputError(f"{where}: figure_is must be elemental or compound")
    return product


def _text(rec: Mapping[str, Any], key: str) -> str:
    value = rec.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"'{key}' is missing or not text")
    return value


def _texts(rec: Mapping[str, Any], key: str) -> Sequence[str]:
    value = rec.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"'{key}' is not a list of names")
    return value


def _positive(rec: Mapping[str, Any], key: str, most: float = 1e9) -> float:
    value = rec.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"'{key}' is not a number")
    if not (math.isfinite(value) and 0 < value <= most):
        raise InputError(f"'{key}' must be above 0 and at most {most:g}")
    return float(value)
