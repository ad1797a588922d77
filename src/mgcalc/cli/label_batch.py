"""``label --batch``: a file of label lines to read, or of formulas to write.

The header decides: a header naming ``form`` and ``compound`` writes one declaration
record per row (labels.writer_input), anything else reads label lines. Options given
beside ``--batch`` apply to every row, as the batch runner requires; a header column
for the same field is refused, and the writer's options (``--purity``, ``--overage``,
``--assay``) are refused for a file of lines to read, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from mgcalc.cli import actions
from mgcalc.cli.batch_input import BatchSpec
from mgcalc.core.errors import InputError

if TYPE_CHECKING:
    import typer

    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.render import SingleResult

READ_APPLIED = ("servings", "units_per_serving", "dv_basis", "standard")
WRITE_ONLY = ("food_label", "purity", "overage", "assay")
ALIASES = {"line": "label", "text": "label", "label_line": "label"}


def label_spec(
    ctx: typer.Context, read: Callable[[str], LabelResult]
) -> tuple[BatchSpec, tuple[str, ...]]:
    """The batch spec for ``label`` and the parameters it applies to every row."""
    from mgcalc.core.labels.records import DeclarationRecord, LabelRecord
    from mgcalc.core.labels.writer_input import WRITER_COLUMNS, declaration_row

    params = ctx.params
    writer_given = sorted(actions.given(ctx, WRITE_ONLY))
    preset = actions.given(ctx, ("servings", "units_per_serving", "purity", "overage", "assay"))

    def refuse_reading() -> None:
        if writer_given:
            option = "--" + writer_given[0].replace("_", "-")
            raise InputError(
                f"{option} is for writing declarations: the batch needs a header naming "
                "form,compound",
                suggestion="header: form,compound[,units_per_serving,servings]",
            )

    def compute(line: str) -> LabelResult:
        refuse_reading()
        return read(line)

    def row(cells: Mapping[str, str]) -> SingleResult:
        if not {"form", "compound"} & set(cells):
            return compute(cells.get("label", ""))
        given = {key: str(value) for key, value in preset.items() if key != "purity"}
        purities = ";".join(params.get("purity") or [])
        return declaration_row(
            {**cells, **given, **({"purity": purities} if purities else {})},
            dv_basis=params["dv_basis"],
            food_label=params["food_label"],
            units_per_serving=params["units_per_serving"],
            servings=params["servings"],
            standard=params["standard"].strip().lower(),
        )

    def columns(names: Sequence[str]) -> tuple[str, ...]:
        if "form" in names or "compound" in names:
            return tuple(DeclarationRecord.__annotations__)
        refuse_reading()
        return tuple(LabelRecord.__annotations__)

    spec = BatchSpec(  # a spreadsheet's label column: a header names it, quotes wrap it
        compute,
        tuple(LabelRecord.__annotations__),
        fields=("label", *WRITER_COLUMNS),
        positional=1,
        row=row,
        aliases=ALIASES,
        preset=frozenset(preset),
        columns_for=columns,
    )
    return spec, READ_APPLIED + WRITE_ONLY
