"""``cabinet``: the products a person keeps, read once from their label lines."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, SvgOpt, number, whole_number

NameArg = Annotated[
    str, typer.Argument(metavar="NAME", help="The product's name (quote a name with spaces).")
]


def _now() -> str:
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")  # with its UTC offset


def cabinet_add(
    name: NameArg,
    line: Annotated[
        str, typer.Argument(metavar="LABEL_LINE", help="The magnesium line as printed.")
    ],
    units_per_serving: Annotated[
        int,
        typer.Option(
            "--units-per-serving",
            metavar="N",
            parser=whole_number("--units-per-serving"),
            help="Units (capsules) in one serving. The line's figure is for a serving, as "
            "Supplement Facts states it (as in label); 'log add NAME' logs one serving.",
        ),
    ] = 1,
    price: Annotated[
        float | None,
        typer.Option("--price", metavar="P", parser=number("--price"), help="Price of one bottle."),
    ] = None,
    count: Annotated[
        int | None,
        typer.Option(
            "--count", metavar="N", parser=whole_number("--count"), help="Units in that bottle."
        ),
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Overwrite a product.")] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Add a product from its label line; a line the label reader cannot read is refused.

    Example: mgcalc cabinet add nightly "Magnesium (as magnesium glycinate) 200 mg"
    """
    from mgcalc.core.diary.cabinet import product_from_label
    from mgcalc.store.cabinet import add_product

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    warnings: list[str] = []
    product = product_from_label(
        name,
        line,
        _now(),
        units_per_serving=units_per_serving,
        price=price,
        count=count,
        warnings=warnings,
    )
    add_product(product, replace=replace)
    actions.show(product, out)
    if warnings:  # what the label reader said of the line: on stderr, stdout stays data
        import sys

        from mgcalc.core.errors import error_line

        sys.stdout.flush()
        for warning in warnings:
            sys.stderr.write(error_line(warning, "warning"))


def cabinet_list(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Every product in the cabinet (quiet: how many).

    Example: mgcalc cabinet list
    """
    from mgcalc.core.diary.cabinet import Cabinet
    from mgcalc.store.cabinet import list_products

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    actions.show(Cabinet(list_products()), out)


def cabinet_show(
    name: NameArg,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """One product: its line, forms, and magnesium per unit and serving.

    Example: mgcalc cabinet show nightly --json
    """
    from mgcalc.store.cabinet import get_product

    actions.show(get_product(name), actions.OutputOptions.of(fmt, as_json, quiet))


def cabinet_remove(
    name: NameArg,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Remove a product (diary entries that used it keep their figures); prints it.

    Example: mgcalc cabinet remove nightly
    """
    from mgcalc.core.diary.cabinet import RemovedProduct
    from mgcalc.store.cabinet import remove_product

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    actions.show(RemovedProduct(remove_product(name)), out)
