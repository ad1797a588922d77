"""The writer's inputs as typed: options on the command line, or one row of a batch.

A batch row names ``form`` and ``compound`` (a blend repeats the columns, or joins its
parts with ``;``), and may name ``units_per_serving``, ``servings``, ``purity``,
``overage`` and ``assay``; a cell left empty takes the command line's value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mgcalc.core.chemistry.counts import COUNT_OPTIONS, parse_count
from mgcalc.core.chemistry.forms import resolve
from mgcalc.core.chemistry.quantity import parse_mg
from mgcalc.core.errors import InputError
from mgcalc.core.labels.basis import parse_label_purity
from mgcalc.core.labels.claims import parse_overage
from mgcalc.core.labels.writing import DeclarationResult

WRITER_COLUMNS = (
    "form",
    "compound",
    "units_per_serving",
    "servings",
    "purity",
    "overage",
    "assay",
)


def declaration(
    parts: Sequence[tuple[str, str]],
    purities: Sequence[str] = (),
    overage: str | None = None,
    assay: str | None = None,
    *,
    dv_basis: str = "adult",
    food_label: bool = False,
    units_per_serving: int = 1,
    servings: int = 1,
    standard: str = "us",
) -> DeclarationResult:
    """A declaration from the typed forms and amounts (``--form``/``--compound``),
    ``--purity`` (one per form or none), ``--overage`` and ``--assay``."""
    if purities and len(purities) != len(parts):
        raise InputError(
            f"give one purity per form, or none ({len(parts)} forms, {len(purities)} purities)"
        )
    return DeclarationResult(
        [(resolve(form), parse_mg(amount)) for form, amount in parts],
        dv_basis,
        food_label,
        units_per_serving,
        servings,
        standard,
        purities=tuple(parse_label_purity(p) for p in purities),
        overage=0.0 if overage is None else parse_overage(overage),
        assay_mg=None if assay is None else parse_mg(assay),
    )


def _split(row: Mapping[str, str], column: str) -> list[str]:
    return [cell.strip() for cell in (row.get(column) or "").split(";") if cell.strip()]


def _count(row: Mapping[str, str], column: str, default: int) -> int:
    text = (row.get(column) or "").strip()
    if not text:
        return default
    option = f"--{column.replace('_', '-')}"
    return int(parse_count(text, column, whole=True, most=COUNT_OPTIONS[option]))


def declaration_row(
    row: Mapping[str, str],
    *,
    dv_basis: str = "adult",
    food_label: bool = False,
    units_per_serving: int = 1,
    servings: int = 1,
    standard: str = "us",
) -> DeclarationResult:
    """One batch row (``form,compound[,units_per_serving,servings,...]``) written."""
    forms, amounts = _split(row, "form"), _split(row, "compound")
    if not forms or not amounts:
        raise InputError("a row to write needs a form and a compound weight")
    if len(forms) != len(amounts):
        raise InputError(f"each form needs one compound ({len(forms)} forms, {len(amounts)})")
    return declaration(
        list(zip(forms, amounts, strict=True)),
        _split(row, "purity"),
        (row.get("overage") or "").strip() or None,
        (row.get("assay") or "").strip() or None,
        dv_basis=dv_basis,
        food_label=food_label,
        units_per_serving=_count(row, "units_per_serving", units_per_serving),
        servings=_count(row, "servings", servings),
        standard=standard,
    )
