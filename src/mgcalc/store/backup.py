"""Backing up and restoring the whole home: profile, cabinet and diary.

A restore is checked in full before anything is written, and then written in one
SQLite transaction (products and entries); the profile file is written to a temporary
file first and renamed into place only once that transaction has committed, so a
refusal, a bad file or Ctrl-C leaves everything as it was.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from mgcalc.core.diary.backup import Backup, RestoreResult
from mgcalc.core.errors import InputError
from mgcalc.store.cabinet import all_products, insert_product
from mgcalc.store.db import connect, transaction
from mgcalc.store.diary import all_entries, import_into
from mgcalc.store.paths import config_path, ensure_home
from mgcalc.store.profile import Profile, dumps, from_table, load


def current() -> Backup:
    profile = load()
    connection = connect(create=False)
    try:
        products = all_products(connection)
    finally:
        if connection is not None:
            connection.close()
    table = (
        None if profile is None else {**asdict(profile), "medications": list(profile.medications)}
    )
    return Backup(table, products, all_entries())


_REPLACE = "give --replace to make this home exactly the backup (what is here now is lost)"


def restore(file: str, backup: Backup, *, replace: bool) -> RestoreResult:
    profile = None if backup.profile is None else from_table(backup.profile, "the backup")
    saved = load()
    if not replace and profile is not None and saved is not None and saved != profile:
        raise InputError(
            "nothing restored: the saved profile differs from the backup's", suggestion=_REPLACE
        )
    connection = connect(create=True)
    assert connection is not None
    staged = _stage_profile(profile) if profile is not None and profile != saved else None
    try:
        with transaction(connection):
            if replace:
                connection.execute("DELETE FROM entries")
                connection.execute("DELETE FROM products")
            here = {p.name.lower(): p for p in all_products(connection)}
            added = 0
            for product in backup.products:
                there = here.get(product.name.lower())
                if there is None:
                    insert_product(connection, product)
                    added += 1
                elif there != product:
                    raise InputError(
                        f"nothing restored: the cabinet's '{there.name}' differs from the backup's",
                        suggestion=_REPLACE,
                    )
            imported, present = import_into(connection, backup.entries)
        if staged is not None:
            os.replace(staged, config_path())
            staged = None
        elif replace and profile is None:
            config_path().unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write the profile: {exc.strerror}") from None
    finally:
        connection.close()
        if staged is not None:
            staged.unlink(missing_ok=True)
    same = profile == saved and not replace  # a replaced home is restored, whatever it held
    status = "none" if profile is None else "unchanged" if same else "restored"
    return RestoreResult(
        file,
        replace,
        status,
        len(backup.products),
        added,
        len(backup.entries),
        imported,
        present,
    )


def _stage_profile(profile: Profile) -> Path:
    """The profile written beside the real one, to be renamed into place."""
    home = ensure_home()
    try:
        handle, name = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=home)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(dumps(profile))
    except OSError as exc:
        raise InputError(f"cannot write the profile in {home}: {exc.strerror}") from None
    return Path(name)
