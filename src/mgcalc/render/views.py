"""Table views: what each result looks like as a table, as plain data.

A :class:`View` says which columns and rows to draw and which notes to print
under the table; :mod:`mgcalc.render.table` draws it with rich. Keeping views
free of rich makes them testable and keeps the layout in one place per result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mgcalc.core.results import plain


@dataclass(frozen=True)
class Column:
    header: str
    numeric: bool = False


@dataclass
class View:
    title: str
    columns: list[Column]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


ViewFn = Callable[[Any], View]
_VIEWS: dict[str, ViewFn] = {}


def view(type_name: str) -> Callable[[ViewFn], ViewFn]:
    def register(fn: ViewFn) -> ViewFn:
        _VIEWS[type_name] = fn
        return fn

    return register


def view_for(result: Any) -> View:
    return _VIEWS[type(result).__name__](result)


def pct(fraction: float) -> str:
    return f"{fraction * 100:.2f}%"


def num(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = plain(value) if isinstance(value, float) else str(value)
    return f"{text} {unit}".rstrip()


def sources_note(sources: list[str]) -> str:
    return "Sources: " + ", ".join(sources) + " (mgcalc sources)"


@view("ElementalResult")
def elemental_view(result: Any) -> View:
    rec = result.record()
    notes = []
    if rec["count"] > 1:
        notes.append(f"{rec['count']} units of {num(rec['compound_mg'] / rec['count'], 'mg')}.")
    if rec["purity"] < 1:
        notes.append(f"Purity {pct(rec['purity'])} applied to the formula fraction.")
    notes.append(sources_note(rec["sources"]))
    return View(
        title=f"Elemental magnesium in {rec['name']}",
        columns=[
            Column("Form"),
            Column("Formula"),
            Column("Mg", True),
            Column("Compound", True),
            Column("Elemental", True),
            Column("mmol", True),
            Column("mEq", True),
        ],
        rows=[
            [
                rec["form"],
                rec["formula"],
                pct(rec["fraction"]),
                num(rec["compound_mg"], "mg"),
                num(rec["elemental_mg"], "mg"),
                num(rec["mmol"]),
                num(rec["meq"]),
            ]
        ],
        notes=notes,
    )


@view("CompoundResult")
def compound_view(result: Any) -> View:
    rec = result.record()
    columns = [
        Column("Form"),
        Column("Formula"),
        Column("Mg", True),
        Column("Elemental", True),
        Column("Compound", True),
    ]
    row = [
        rec["form"],
        rec["formula"],
        pct(rec["fraction"]),
        num(rec["elemental_mg"], "mg"),
        num(rec["compound_mg"], "mg"),
    ]
    notes = []
    if rec["units"] is not None:
        columns += [Column("Units", True), Column("Supplies", True)]
        row += [str(rec["units"]), num(rec["supplied_elemental_mg"], "mg")]
        exact = rec["compound_mg"] / rec["unit_size_mg"]
        notes.append(
            f"{plain(round(exact, 2))} units of {num(rec['unit_size_mg'], 'mg')} needed, "
            f"rounded up to {rec['units']}."
        )
    notes.append(sources_note(rec["sources"]))
    return View(f"Compound weight of {rec['name']}", columns, [row], notes)


@view("ConvertResult")
def convert_view(result: Any) -> View:
    rec = result.record()
    return View(
        title=f"Elemental magnesium: {rec['given']}",
        columns=[Column("mg", True), Column("mmol", True), Column("mEq", True)],
        rows=[[num(rec["mg"]), num(rec["mmol"]), num(rec["meq"])]],
        notes=["1 mmol Mg = 24.305 mg = 2 mEq. " + sources_note(rec["sources"])],
    )


@view("FormsResult")
def forms_view(result: Any) -> View:
    rows = [
        [rec["id"], rec["formula"], f"{rec['percent']:.2f}%", rec["absorption"], rec["gi_note"]]
        for rec in result.records()
    ]
    return View(
        title="Magnesium forms",
        columns=[
            Column("Form"),
            Column("Formula"),
            Column("Mg", True),
            Column("Absorption"),
            Column("Stomach"),
        ],
        rows=rows,
        notes=[
            "Mg % computed from each formula. Absorption tiers are study-specific: "
            "mgcalc forms --json for notes and sources."
        ],
    )


@view("SourcesResult")
def sources_view(result: Any) -> View:
    rows = [
        [rec["id"], rec["citation"] + (f" {rec['url']}" if rec["url"] else "")]
        for rec in result.records()
    ]
    return View("Sources", [Column("Id"), Column("Citation")], rows)
