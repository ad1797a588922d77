"""View types, the registry and shared helpers for table views.

A :class:`View` says which columns and rows to draw and which notes to print
under the table; :mod:`mgcalc.render.table` draws it with rich on a terminal, and
:mod:`mgcalc.render.plain` writes it as plain text in a pipe or a file. Keeping
views free of both makes them testable and keeps the layout in one place per result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, NamedTuple

from mgcalc.core.figures import mass, plain


class Column(NamedTuple):
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
    # (row, column) -> a style for a terminal that shows colour (ALERT: over the UL);
    # plain text and machine formats never see it
    styles: dict[tuple[int, int], str] = field(default_factory=dict)


ALERT = "bold red"


ViewFn = Callable[[Any, bool], View]

# Each result's view, by the result's class name: "module:function" under
# mgcalc.render.views, imported when that result is drawn (one module per command group).
VIEWS: dict[str, str] = {
    "ElementalResult": "calc:elemental_view",
    "CompoundResult": "calc:compound_view",
    "ConvertResult": "calc:convert_view",
    "FormsResult": "calc:forms_view",
    "ProductsResult": "calc:products_view",
    "SourcesResult": "calc:sources_view",
    "DayResult": "days:day_view",
    "DaysResult": "days:days_view",
    "WhereResult": "diary:where_view",
    "ProfileResult": "diary:profile_view",
    "Product": "diary:product_view",
    "RemovedProduct": "diary:removed_product_view",
    "Cabinet": "diary:cabinet_view",
    "Entries": "diary:entries_view",
    "Logged": "diary:logged_view",
    "ImportResult": "diary:import_view",
    "BackupResult": "diary:backup_view",
    "RestoreResult": "diary:restore_view",
    "CheckResult": "intake:check_view",
    "PlanResult": "intake:plan_view",
    "FoodResult": "intake:food_view",
    "FoodSearchResult": "intake:food_search_view",
    "Ranking": "knowledge:ranking_view",
    "EvidenceResult": "knowledge:evidence_view",
    "InteractionsResult": "knowledge:interactions_view",
    "LabelResult": "products:label_view",
    "DeclarationResult": "products:declaration_view",
    "CompareResult": "products:compare_view",
    "SerumResult": "serum:serum_view",
}


def view_for(result: Any, *, ascii_only: bool = False) -> View:
    """The view of ``result``; ``ascii_only`` swaps drawing characters for ASCII."""
    module, _, function = VIEWS[type(result).__name__].partition(":")
    draw: ViewFn = getattr(import_module(f"mgcalc.render.views.{module}"), function)
    return draw(result, ascii_only)


def pct(fraction: float) -> str:
    return f"{fraction * 100:.2f}%"


def num(value: float | int | None, unit: str = "") -> str:
    """A figure for a table; mg amounts from 10 g up in g, kg or t (JSON stays in mg)."""
    if value is None:
        return "-"
    if unit == "mg":
        return mass(value)
    text = plain(value) if isinstance(value, float) else str(value)
    return f"{text} {unit}".rstrip()


def sources_note(sources: list[str]) -> str:
    return "Sources: " + ", ".join(sources) + " (mgcalc sources)"


BAR_WIDTH = 20


def bar(
    value: float,
    limit: float | None,
    *,
    ascii_only: bool = False,
    width: int = BAR_WIDTH,
    most: int = 10,
) -> str:
    """``████████░░░░ 85%``: share of ``limit``, ``width`` cells for 100%. Past 100% the
    bar goes on in a second glyph (``██████████▓▓▓ 130%``), up to ``most`` cells more,
    and ends in ``+`` beyond, so 100% and 217% never draw alike."""
    if not limit:
        return "-"
    share = value / limit
    full, over, empty = ("#", "=", "-") if ascii_only else ("█", "▓", "░")
    if share <= 1:
        filled = min(width, round(share * width))
        return f"{full * filled}{empty * (width - filled)} {share * 100:.0f}%"
    most = min(width, most)
    extra = min(most, max(1, round((share - 1) * width)))
    beyond = "+" if (share - 1) * width > most + 0.5 else ""
    return f"{full * width}{over * extra}{beyond} {share * 100:.0f}%"
