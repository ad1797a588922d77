"""Dates as people type them in the diary: ``2026-12-01`` and ``2026-12-1``, ``12-05``
(as the week view prints a day), ``today``, ``yesterday``, a weekday (``monday``: the
latest one, today included), and days back (``-2``, ``2 days ago``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from mgcalc.core.errors import InputError

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL = r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"
_MONTH_DAY = r"^(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+[a-z]{3,9})?$"  # '12-05' or '12-05 sat'
_BACK = r"^(?:-(?P<n>\d{1,3})|(?P<m>\d{1,3})\s*(?:d|days?)\s+ago)$"
MAX_BACK = 999
HINT = "give YYYY-MM-DD, MM-DD, today, yesterday, a weekday (monday) or days back (-2)"


def parse_date(text: str, today: date) -> str:
    """``text`` as an ISO date; a month and day without a year is the latest such date
    (``12-05`` typed in January is last December's)."""
    key = " ".join(text.strip().lower().split())
    if key == "today":
        return today.isoformat()
    if key == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    if (back := re.match(_BACK, key)) is not None:
        return (today - timedelta(days=int(back["n"] or back["m"]))).isoformat()
    for number, name in enumerate(_WEEKDAYS):
        if len(key) >= 3 and name.startswith(key):
            return (today - timedelta(days=(today.weekday() - number) % 7)).isoformat()
    if (full := re.match(_FULL, key)) is not None:
        return _date(text, int(full["y"]), int(full["m"]), int(full["d"]))
    if (part := re.match(_MONTH_DAY, key)) is not None:
        day = _date(text, today.year, int(part["m"]), int(part["d"]))
        if day > today.isoformat():
            day = _date(text, today.year - 1, int(part["m"]), int(part["d"]))
        return day
    raise InputError(f"cannot read the date '{text}'", suggestion=HINT)


def _date(text: str, year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InputError(f"cannot read the date '{text}': no such day", suggestion=HINT) from None


def not_future(day: str, today: date) -> str:
    """The diary records what was taken: a day after today is refused."""
    if day > today.isoformat():
        raise InputError(
            f"{day} is in the future; the diary records what was taken",
            suggestion="give today or an earlier date",
        )
    return day
