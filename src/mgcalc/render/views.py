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


ViewFn = Callable[[Any, bool], View]
_VIEWS: dict[str, ViewFn] = {}


def view(type_name: str) -> Callable[[ViewFn], ViewFn]:
    def register(fn: ViewFn) -> ViewFn:
        _VIEWS[type_name] = fn
        return fn

    return register


def view_for(result: Any, *, ascii_only: bool = False) -> View:
    """The view of ``result``; ``ascii_only`` swaps drawing characters for ASCII."""
    return _VIEWS[type(result).__name__](result, ascii_only)


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
def elemental_view(result: Any, ascii_only: bool = False) -> View:
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
def compound_view(result: Any, ascii_only: bool = False) -> View:
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
def convert_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    return View(
        title=f"Elemental magnesium: {rec['given']}",
        columns=[Column("mg", True), Column("mmol", True), Column("mEq", True)],
        rows=[[num(rec["mg"]), num(rec["mmol"]), num(rec["meq"])]],
        notes=["1 mmol Mg = 24.305 mg = 2 mEq. " + sources_note(rec["sources"])],
    )


def general_use(form_id: str) -> str:
    """The default view's verdict, from the 'general' goal in goals.toml."""
    from mgcalc.core.forms import resolve
    from mgcalc.core.knowledge import _reason, get_goal

    score = _reason(get_goal("general"), resolve(form_id)).score
    return "recommended" if score >= 3 else "POOR CHOICE" if score <= -3 else ""


@view("FormsResult")
def forms_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [
            rec["id"],
            rec["formula"],
            f"{rec['percent']:.2f}%",
            rec["absorption"],
            general_use(rec["id"]),
            rec["gi_note"],
        ]
        for rec in result.records()
    ]
    return View(
        title="Magnesium forms",
        columns=[
            Column("Form"),
            Column("Formula"),
            Column("Mg", True),
            Column("Absorption"),
            Column("General use"),
            Column("Stomach"),
        ],
        rows=rows,
        notes=[
            "General use: glycinate and citrate are recommended (well absorbed; SEED, "
            "KAPPELER17); oxide is a poor choice for raising magnesium status (about 4% "
            "absorbed, laxative; FIROZ01, SEED). Rank for a goal: mgcalc forms --goal GOAL.",
            "Mg % computed from each formula. Absorption tiers are study-specific: "
            "mgcalc forms --json for notes and sources.",
        ],
    )


@view("SourcesResult")
def sources_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [rec["id"], rec["citation"] + (f" {rec['url']}" if rec["url"] else "")]
        for rec in result.records()
    ]
    return View("Sources", [Column("Id"), Column("Citation")], rows)


BAR_WIDTH = 20


def bar(value: float, limit: float | None, *, ascii_only: bool = False) -> str:
    """``████████░░░░ 85%``: share of ``limit``, capped at the bar's width."""
    if not limit:
        return "-"
    share = value / limit
    filled = min(BAR_WIDTH, round(share * BAR_WIDTH))
    full, empty = ("#", "-") if ascii_only else ("█", "░")
    return f"{full * filled}{empty * (BAR_WIDTH - filled)} {share * 100:.0f}%"


@view("CheckResult")
def check_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    reference = f"{rec['reference_type']} {num(rec['rda_mg'], 'mg')}"
    ul = "none set" if rec["ul_mg"] is None else f"UL {rec['ul_mg']} mg"
    rows = [
        ["Food", num(rec["food_mg"], "mg"), ""],
        [
            "Supplements",
            num(rec["supplement_mg"], "mg"),
            bar(rec["supplement_mg"], rec["ul_mg"], ascii_only=ascii_only) + f"  of {ul}",
        ],
        [
            "Total",
            num(rec["total_mg"], "mg"),
            bar(rec["total_mg"], rec["rda_mg"], ascii_only=ascii_only) + f"  of {reference}",
        ],
    ]
    verdict = "OVER the supplemental UL" if rec["over_ul"] else "within the supplemental UL"
    notes = [
        f"{rec['standard_title']}; {rec['life_stage']}.",
        f"Supplements are {verdict} (the UL applies to supplements and medicines, not food).",
    ]
    notes += [f"! {w}" for w in rec["warnings"]] + rec["notes"]
    notes.append(sources_note(rec["sources"]))
    return View(
        f"Magnesium intake check: {rec['life_stage']}",
        [Column("Intake"), Column("mg", True), Column("Against the reference")],
        rows,
        notes,
    )


@view("PlanResult")
def plan_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    rows = [
        [
            d["time"],
            num(d["elemental_mg"], "mg"),
            num(d["compound_mg"], "mg"),
            "-" if d["units"] is None else str(d["units"]),
            d["note"] or "",
        ]
        for d in rec["doses"]
    ]
    if not rows:
        rows = [["no supplement proposed", "-", "-", "-", ""]]
    head = (
        f"Target {rec['reference_type']} {num(rec['target_mg'], 'mg')}, food "
        f"{num(rec['food_mg'], 'mg')}, gap {num(rec['gap_mg'], 'mg')}; supplemental UL "
        f"{num(rec['ul_mg'], 'mg')}. Plan: {num(rec['supplement_mg'], 'mg')} elemental as "
        f"{num(rec['compound_mg'], 'mg')} {rec['form']} ({rec['life_stage']}, "
        f"{rec['standard'].upper()})."
    )
    notes = [
        head,
        *(f"! {w}" for w in rec["warnings"]),
        *rec["notes"],
        "mgcalc informs; it does not prescribe. " + sources_note(rec["sources"]),
    ]
    return View(
        f"Magnesium plan ({rec['goal']})",
        [
            Column("When"),
            Column("Elemental", True),
            Column("Compound", True),
            Column("Units", True),
            Column("Medication window"),
        ],
        rows,
        notes,
    )


@view("FoodResult")
def food_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    notes = [f"{rec['citation']}: {num(rec['mg_per_100g'])} mg per 100 g."]
    if rec["matched_by"] == "search":
        notes.append("Matched by search: see mgcalc food --search for alternatives.")
    return View(
        f"Magnesium in {rec['amount']} of {rec['food']}",
        [Column("Food"), Column("Amount"), Column("Grams", True), Column("Magnesium", True)],
        [[rec["food"], rec["amount"], num(rec["amount_g"], "g"), num(rec["magnesium_mg"], "mg")]],
        notes,
    )


@view("FoodSearchResult")
def food_search_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [rec["ndb"], rec["food"], num(rec["mg_per_100g"], "mg"), "; ".join(rec["measures"][:3])]
        for rec in result.records()
    ]
    return View(
        f"Foods matching '{result.query}' (USDA SR28)",
        [Column("NDB"), Column("Food"), Column("Mg/100 g", True), Column("Measures")],
        rows,
        ["mgcalc food NDB AMOUNT picks one: mgcalc food 12061 1oz"],
    )


@view("LabelResult")
def label_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    kind = (
        "elemental magnesium"
        if rec["figure_is"] == "elemental"
        else "COMPOUND weight (not magnesium)"
    )
    forms = ", ".join(rec["forms"]) or "not named"
    per_serving = (
        num(rec["elemental_mg"], "mg")
        if rec["elemental_mg"] is not None
        else "-".join(num(v) for v in rec["elemental_range_mg"] or []) + " mg"
    )
    rows = [
        ["Figure on the line", f"{num(rec['stated_mg'], 'mg')}: {kind}"],
        ["Form(s)", forms],
        ["Elemental per serving", per_serving],
        ["Elemental per day", num(rec["elemental_per_day_mg"], "mg")],
        [
            "% Daily Value",
            "-"
            if rec["percent_dv"] is None
            else f"{rec['percent_dv']}% of {rec['dv_mg']} mg ({rec['dv_basis']})",
        ],
        ["% NRV (EU)", "-" if rec["percent_nrv"] is None else f"{rec['percent_nrv']}% of 375 mg"],
        [
            "Supplemental UL",
            "-"
            if rec["ul_mg"] is None
            else bar(rec["elemental_per_day_mg"] or 0, rec["ul_mg"], ascii_only=ascii_only)
            + f" of {rec['ul_mg']} mg ({rec['standard'].upper()})",
        ],
    ]
    notes = [f"! {w}" for w in rec["warnings"]] + [sources_note(rec["sources"])]
    return View(f"Label: {rec['input']}", [Column("What"), Column("Value")], rows, notes)


@view("DeclarationResult")
def declaration_view(result: Any, ascii_only: bool = False) -> View:
    rec = result.record()
    rows = [[rec["declaration"]], [rec["eu_declaration"]]]
    notes = [
        f"Elemental {num(rec['elemental_mg'], 'mg')}; {rec['rule']}.",
        sources_note(rec["sources"]),
    ]
    return View("Label declaration", [Column("Line")], rows, notes)


@view("CompareResult")
def compare_view(result: Any, ascii_only: bool = False) -> View:
    rows = []
    errors = []
    for rec in result.records():
        if "rank" not in rec:
            errors.append(f"! line {rec['line']}: {rec['error']}")
            continue
        if rec["over_ul"]:
            errors.append(
                f"! {rec['name']}: {rec['units_per_dose']} unit(s) give "
                f"{num(rec['dose_mg'], 'mg')} a day, over the US supplemental UL of "
                f"{result.ul_mg} mg (IOM97)."
            )
        rows.append(
            [
                str(rec["rank"]),
                rec["name"],
                rec["form"],
                rec["absorption"],
                num(rec["elemental_per_unit_mg"], "mg"),
                f"{rec['cost_per_100mg']:.3f}",
                str(rec["units_per_dose"]),
                str(rec["days"]),
                f"{rec['cost_per_day']:.2f}",
            ]
        )
    notes = [
        f"Daily target {plain(result.target_mg)} mg elemental; units per dose rounded up. "
        "Absorption tiers are study-specific (mgcalc forms).",
        *errors,
    ]
    return View(
        "Products by cost of elemental magnesium",
        [
            Column("#", True),
            Column("Product"),
            Column("Form"),
            Column("Absorption"),
            Column("Mg/unit", True),
            Column("Cost/100 mg", True),
            Column("Units/day", True),
            Column("Days", True),
            Column("Cost/day", True),
        ],
        rows,
        notes,
    )


@view("Ranking")
def ranking_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [str(r["rank"]), r["id"], f"{r['percent']:.2f}%", r["absorption"], r["why"], r["watch"]]
        for r in result.records()
    ]
    from mgcalc.core.knowledge import figures

    notes = [
        result.goal.summary.format_map(_StudyFigures(figures())),
        sources_note(list(result.goal.sources)),
    ]
    return View(
        f"Forms for {result.goal.title.lower()}",
        [
            Column("#", True),
            Column("Form"),
            Column("Mg", True),
            Column("Absorption"),
            Column("Why"),
            Column("Watch"),
        ],
        rows,
        notes,
    )


class _StudyFigures(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@view("EvidenceResult")
def evidence_view(result: Any, ascii_only: bool = False) -> View:
    records = result.records()
    rows = [[r["grade"], r["outcome"], r["note"]] for r in records]
    dose = (
        f"{records[0]['study_dose_low_mg']}-{records[0]['study_dose_high_mg']} mg"
        if records
        else "-"
    )
    return View(
        "Research grades (A strong, B moderate, C limited, D no effect)",
        [Column("Grade"), Column("Outcome"), Column("Evidence")],
        rows,
        [
            f"Clinical studies for blood pressure and blood glucose used {dose} elemental "
            "magnesium a day.",
            sources_note(["SEED"]),
        ],
    )


@view("InteractionsResult")
def interactions_view(result: Any, ascii_only: bool = False) -> View:
    rows = [
        [r["kind"], r["name"], " ".join(x for x in (r["effect"], r["advice"]) if x)]
        for r in result.records()
    ]
    sources = sorted({s for r in result.records() for s in r["sources"]})
    return View(
        "Magnesium interactions",
        [Column("Kind"), Column("What"), Column("Effect")],
        rows,
        [sources_note(sources)],
    )
