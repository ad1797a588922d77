"""Where mgcalc keeps the user's data, per platform, and ``MGCALC_HOME`` over it.

No third-party dependency (platformdirs) for three rules: XDG on Linux and other
Unixes, Application Support on macOS, %APPDATA% on Windows. Nothing here creates
a directory: that happens only when a command stores something (:func:`ensure_home`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mgcalc.core.errors import InputError

CONFIG_NAME = "config.toml"
DATABASE_NAME = "diary.db"


def home_source() -> str:
    """``MGCALC_HOME`` when that variable is set (and not empty), else ``platform``."""
    return "MGCALC_HOME" if os.environ.get("MGCALC_HOME", "").strip() else "platform"


def home() -> Path:
    override = os.environ.get("MGCALC_HOME", "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "mgcalc"
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA", "").strip()
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / "mgcalc"
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "mgcalc"


def config_path() -> Path:
    return home() / CONFIG_NAME


def database_path() -> Path:
    return home() / DATABASE_NAME


def ensure_home() -> Path:
    """Create the data directory (only ever called by a storing command)."""
    path = home()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the data directory {path}: {exc.strerror}") from None
    return path
