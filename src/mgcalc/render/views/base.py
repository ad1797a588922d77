"""View types, the registry and shared helpers for table views.

A :class:`View` says which columns and rows to draw and which notes to print
under the table; :mod:`mgcalc.render.table` draws it with rich on a terminal, and
:mod:`mgcalc.render.plain` writes it as plain text in a pipe or a file. Keeping
views free of both makes them testable and keeps the layout in one place per result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mgcalc.core.figures import plain


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    numeric: bool = False
    wrap: bool = True  # False: a text cell that reads as one unit ("11-20 Fri")


@dataclass
class View:
    title: str
    columns: list[Column]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # printed above the rows (cautions)
    # the same figures in fewer columns, drawn when the full table would not fit and
    # before the rows turn into key/value lines (title and notes stay this view's)
    narrow: View | None = None


ViewFn = Callable[[Any, bool], View]
_VIEWS: dict[str, ViewFn] = {}


def view(type_name: str) -> Callable[[ViewFn], ViewFn]:
    def register(fn: ViewFn) -> ViewFn:
        _VIEWS[type_name] = fn
        return fn

    return register


# Every module of views, the most used first: view_for imports them in this order until
# the result's view is registered, so a command pays only for the views before its own
# (a test holds this list to the package's modules).
VIEW_MODULES = ("calc", "intake", "products", "knowledge", "serum", "diary", "days")


def view_for(result: Any, *, ascii_only: bool = False) -> View:
    """The view of ``result``; ``ascii_only`` swaps drawing characters for ASCII."""
    from importlib import import_module

    name = type(result).__name__
    for module in VIEW_MODULES:
        if name in _VIEWS:
            break
        import_module(f"mgcalc.render.views.{module}")
    return _VIEWS[name](result, ascii_only)


def pct(fraction: float) -> str:
    return f"{fraction * 100:.2f}%"


# Bulk amounts read better in bigger units: (from mg, unit, mg per unit, decimals)
_BIG_MG = ((1e9, "t", 1e9, 3), (1e6, "kg", 1e6, 3), (1e4, "g", 1e3, 2))


def num(value: float | int | None, unit: str = "") -> str:
    """A figure for a table; mg amounts from 10 g up in g, kg or t (JSON stays in mg)."""
    if value is None:
        return "-"
    if unit == "mg":
        for least, big, per, places in _BIG_MG:
            if value >= least:
                return f"{plain(round(value / per, places))} {big}"
    text = plain(value) if isinstance(value, float) else str(value)
    return f"{text} {unit}".rstrip()


def sources_note(sources: list[str]) -> str:
    return "Sources: " + ", ".join(sources) + " (mgcalc sources)"


BAR_WIDTH = 20


def bar(value: float, limit: float | None, *, ascii_only: bool = False) -> str:
    """``████████░░░░ 85%``: share of ``limit``, capped at the bar's width."""
    if not limit:
        return "-"
    share = value / limit
    filled = min(BAR_WIDTH, round(share * BAR_WIDTH))
    full, empty = ("#", "-") if ascii_only else ("█", "░")
    return f"{full * filled}{empty * (BAR_WIDTH - filled)} {share * 100:.0f}%"
