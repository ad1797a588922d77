"""Validation of raw materials (materials.toml) and of what names mean (names.toml).

Called by :func:`mgcalc.data.validate.problems`; split out to keep each module small.
"""

from __future__ import annotations

from mgcalc.core.chemistry.forms import normalise
from mgcalc.data import read_toml
from mgcalc.data.chemistry import BareName, MaterialRecord, RefusedName
from mgcalc.data.reference import SerumCritical, SerumInterval, SerumReference
from mgcalc.data.strict_rows import validated


def check_serum(known: set[str], found: list[str]) -> None:
    """The serum reference interval: a source, and low < high within the accepted bounds."""
    table = read_toml("serum.toml")
    for ref in validated(SerumReference, [table["reference"]], "serum.toml", found):
        if ref.source not in known:
            found.append(f"serum.toml: unknown source '{ref.source}'")
        if not 0 < ref.low_mmol_l < ref.high_mmol_l < float(table["bounds"]["max_mmol_l"]):
            found.append("serum.toml: the interval must satisfy 0 < low < high < max_mmol_l")
    rows = [
        *validated(SerumInterval, table["interval"], "serum.toml", found),
        *validated(SerumCritical, table["critical"], "serum.toml", found),
    ]
    for row in rows:
        if row.source not in known:
            found.append(f"serum.toml: {row.population}: unknown source '{row.source}'")
        if isinstance(row, SerumInterval) and not (
            row.unit in ("mg/dL", "mmol/L") and 0 < row.low < row.high
        ):
            found.append(f"serum.toml: {row.population}: unit mg/dL or mmol/L, 0 < low < high")


def check_materials_and_names(
    known: set[str], formula_ids: set[str], seen: dict[str, str], found: list[str]
) -> None:
    """Raw materials state a content with a source, a range that holds the nominal figure,
    or a blend of formula entries adding to 100%; names point at real entries; no name
    means two things."""
    where = "materials.toml"
    materials = validated(MaterialRecord, read_toml(where)["material"], where, found)
    for item in materials:
        for source in (item.content_source, *item.absorption_sources, *item.gi_sources):
            if source not in known:
                found.append(f"{where}: {item.id}: unknown source '{source}'")
        for key in (item.id, *item.aliases):
            owner = seen.setdefault(normalise(key), item.id)
            if owner != item.id:
                found.append(f"{where}: '{key}' names both {owner} and {item.id}")
        found.extend(f"{where}: {item.id}: {p}" for p in _content_problems(item, formula_ids))
    check_serum(known, found)
    ids = formula_ids | {m.id for m in materials}
    table = read_toml("names.toml")
    for bare in validated(BareName, table["default"], "names.toml default", found):
        _check_name("default", bare.name, (bare.form,), bare.sources, known, ids, found)
        for key in (bare.name, *bare.aliases):
            owner = seen.setdefault(normalise(key), f"default '{bare.name}'")
            if owner not in (f"default '{bare.name}'", bare.form):  # 'citrate' may mean citrate
                found.append(f"names.toml: '{key}' names both {owner} and default '{bare.name}'")
    for refused in validated(RefusedName, table["refuse"], "names.toml refuse", found):
        _check_name("refuse", refused.name, refused.use, refused.sources, known, ids, found)
        for key in (refused.name, *refused.aliases):
            if normalise(key) in seen:
                found.append(f"names.toml: refused '{key}' is also {seen[normalise(key)]}")


def _check_name(
    kind: str,
    name: str,
    targets: tuple[str, ...],
    sources: tuple[str, ...],
    known: set[str],
    ids: set[str],
    found: list[str],
) -> None:
    if not sources:
        found.append(f"names.toml: {kind} '{name}' has no source")
    found.extend(
        f"names.toml: {kind} '{name}': unknown source '{s}'" for s in sources if s not in known
    )
    found.extend(
        f"names.toml: {kind} '{name}': unknown form '{t}'" for t in targets if t not in ids
    )


def _content_problems(item: MaterialRecord, formula_ids: set[str]) -> list[str]:
    problems = []
    stated = [
        v for v in (item.content_percent, item.content_low, item.content_high) if v is not None
    ]
    if item.blend:
        if stated:
            problems.append("a blend states no percentages of its own")
        if abs(sum(part.percent for part in item.blend) - 100) > 1e-9:
            problems.append("blend percentages must add up to 100")
        problems += [
            f"blend names unknown form '{p.form}'" for p in item.blend if p.form not in formula_ids
        ]
        return problems
    if item.content_percent is None and (item.content_low is None or item.content_high is None):
        problems.append("needs content_percent or both content_low and content_high")
    if any(not 0 < value <= 100 for value in stated):
        problems.append("content percentages must be in (0, 100]")
    low, high = item.content_low, item.content_high
    if (low is None) != (high is None):
        problems.append("a range needs both content_low and content_high")
    elif low is not None and high is not None:
        nominal = item.content_percent if item.content_percent is not None else low
        if not low <= nominal <= high:
            problems.append("content_percent must lie within content_low..content_high")
    return problems
