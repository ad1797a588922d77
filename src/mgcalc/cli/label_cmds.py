"""``label`` (read a label line, or write one) and ``compare`` (products by cost)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import dv_basis_names, form_names
from mgcalc.cli.options import (
    BatchOpt,
    ExplainOpt,
    FormatOpt,
    JsonOpt,
    QuietOpt,
    StandardOpt,
    SvgOpt,
    whole_number,
)
from mgcalc.core.chemistry.quantity import parse_quantity
from mgcalc.core.errors import EXIT_PARTIAL, InputError, LimitExceeded
from mgcalc.core.reference.lifestage import get_standard
from mgcalc.data.labels import daily_values
from mgcalc.render import OutputFormat

if TYPE_CHECKING:  # compare's, the reader's and the writer's modules load with their commands
    from mgcalc.core.error_records import OptionError
    from mgcalc.core.labels.assess import LabelResult

DvBasisOpt = Annotated[
    str,
    typer.Option(
        "--dv-basis",
        metavar="GROUP",
        help="FDA Daily Value group: "
        + ", ".join(daily_values())
        + f" (default adult, {daily_values()['adult'].mg} mg).",
        autocompletion=dv_basis_names,
        show_default=False,
    ),
]


def label(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            help="A label line ('Magnesium (as citrate) 200 mg 48%'), a pasted Supplement "
            "Facts panel, or '-' to read the panel from stdin.",
        ),
    ] = None,
    form: Annotated[
        list[str] | None,
        typer.Option(
            "--form",
            metavar="FORM",
            help="Write a label: the form (repeat for blends).",
            autocompletion=form_names,
        ),
    ] = None,
    compound: Annotated[
        list[str] | None,
        typer.Option(
            "--compound",
            metavar="AMOUNT",
            help="Write a label: compound weight per unit (capsule), one per --form.",
        ),
    ] = None,
    food_label: Annotated[
        bool, typer.Option("--food-label", help="Nutrition Facts rounding (21 CFR 101.9).")
    ] = False,
    servings: Annotated[
        int,
        typer.Option(
            "--servings", metavar="N", parser=whole_number("--servings"), help="Servings a day."
        ),
    ] = 1,
    units_per_serving: Annotated[
        int,
        typer.Option(
            "--units-per-serving",
            metavar="N",
            parser=whole_number("--units-per-serving"),
            help="Units (capsules) in one serving. Writing: --compound is for one unit and "
            "the declaration is for the serving. Reading: the line's amount is already per "
            "serving (as on Supplement Facts); this gives the amount per unit.",
        ),
    ] = 1,
    purity: Annotated[
        list[str] | None,
        typer.Option(
            "--purity",
            metavar="P",
            help="Writing: the raw material's assay from its certificate of analysis, one "
            "per --form: 98% (share that is the named salt) or 11.9%Mg (its magnesium "
            "content, which replaces the catalogue figure).",
        ),
    ] = None,
    overage: Annotated[
        str | None,
        typer.Option(
            "--overage",
            metavar="PCT",
            help="Writing: magnesium planned above the claim (5%) so that it holds over "
            "shelf life; the claim is the step the fill still covers with it.",
        ),
    ] = None,
    assay: Annotated[
        str | None,
        typer.Option(
            "--assay",
            metavar="AMOUNT",
            help="Writing: magnesium an assay found in one unit of the finished product "
            "(98mg), checked against the US floor and the EU tolerance.",
        ),
    ] = None,
    dv_basis: DvBasisOpt = "adult",
    standard: StandardOpt = "us",
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Reading: exit 3 if the label does not fit (a %DV or %NRV its amount does "
            "not give, a compound that cannot supply the magnesium, a %DV not rounded to "
            "the whole percent, rows that contradict each other) or a day is over the UL.",
        ),
    ] = False,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
    explain: ExplainOpt = False,
) -> None:
    """Read a label line (elemental or compound?), or write one with --form/--compound.

    A decimal comma is read (0,375 g; 37,5 mg) and said so; '1,500 mg' and '1.500 mg'
    read two ways (1500 or 1.5 mg) and are settled by the line's %DV/%NRV or refused.
    Each % goes with its own marker (48% DV 53% NRV); a source not in the catalogue is
    named, the figure read as Mg.

    Examples: mgcalc label "Magnesium citrate 500 mg" ;
    mgcalc label --form glycinate --compound 1400mg ; pbpaste | mgcalc label -
    """
    # the label reader loads with this command only: compare shares the module
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.reading import parse_label
    from mgcalc.core.labels.rounding import check_dv_basis
    from mgcalc.core.labels.text import MAX_LABEL_CHARS

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg, explain)
    check_dv_basis(dv_basis)
    get_standard(standard)  # a bad --standard is one usage error, also before a batch
    standard = standard.strip().lower()
    writing = (purity, overage, assay)
    if form or compound or (any(writing) and batch is None):
        if text is not None or batch is not None:
            raise InputError(
                "give a label line to read, or --form/--compound to write one, not both",
                suggestion='mgcalc label "Magnesium 100 mg" or '
                "mgcalc label --form oxide --compound 100mg",
            )
        forms, amounts = form or [], compound or []
        if len(forms) != len(amounts):
            raise InputError(
                f"each --form needs one --compound ({len(forms)} forms, {len(amounts)} amounts)"
            )
        if not forms:
            raise InputError(
                "--purity, --overage and --assay are for writing a label: give --form and "
                "--compound too",
                suggestion="mgcalc label --form glycinate --compound 700mg --overage 5%",
            )
        purities = purity or []
        if purities and len(purities) != len(forms):
            raise InputError(
                f"give one --purity per --form, or none ({len(forms)} forms, "
                f"{len(purities)} purities)"
            )
        from mgcalc.core.labels.writer_input import declaration

        parts = list(zip(forms, amounts, strict=True))
        result = declaration(
            parts,
            purities,
            overage,
            assay,
            dv_basis=dv_basis,
            food_label=food_label,
            units_per_serving=units_per_serving,
            servings=servings,
            standard=standard,
        )
        actions.show(result, out)
        return

    def read(line: str) -> LabelResult:
        parsed = parse_label(line)
        return LabelResult(
            parsed, units_per_serving, servings, dv_basis, standard, line_per_serving=True
        )

    if batch is not None:
        from mgcalc.cli.label_batch import label_spec  # only a batch reads lines so

        spec, applied = label_spec(ctx, read)
        breach = _breach if strict else None
        raise typer.Exit(actions.batch(ctx, spec, batch, out, (*applied, "strict"), breach=breach))
    if text is None:
        raise InputError("missing TEXT", suggestion='mgcalc label "Magnesium citrate 500 mg"')
    if text == "-":
        text = sys.stdin.read(MAX_LABEL_CHARS + 1)
    reading = read(text)
    actions.show(reading, out)
    if strict and (why := _breach(reading)):
        raise LimitExceeded(f"{why} (--strict)")


def _breach(result: object) -> str | None:
    """``label --strict``: why a label as read does not fit (core.labels.fit)."""
    from mgcalc.core.labels.assess import LabelResult
    from mgcalc.core.labels.fit import limit_breach

    return limit_breach(result) if isinstance(result, LabelResult) else None


def compare(
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="[FILE]",
            help="CSV with columns name, form, amount, amount_is, units, price ('-' for stdin).",
        ),
    ] = None,
    product: Annotated[
        list[str] | None,
        typer.Option(
            "--product",
            metavar="CSV-ROW",
            help="One CSV row: name, form, amount, amount_is, units, price. Repeatable.",
        ),
    ] = None,
    target: Annotated[
        str, typer.Option("--target", metavar="AMOUNT", help="Elemental magnesium a day.")
    ] = "300mg",
    cabinet: Annotated[
        bool,
        typer.Option(
            "--cabinet", help="Add your cabinet's products that have --price and --count."
        ),
    ] = False,
    batch: Annotated[
        str | None,
        typer.Option(
            "--batch",
            "-b",
            metavar="FILE",
            help="The CSV FILE, as with the other commands' --batch (same as FILE).",
        ),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Products by cost per 100 mg of elemental magnesium.

    The CSV is read as --batch input is (header, # comments, commas, semicolons or
    tabs); json, ndjson and csv stream the records in input order, each with its rank.

    Example: mgcalc compare products.csv --target 300mg
    """
    from mgcalc.core.error_records import error_place
    from mgcalc.core.labels.compare import CompareResult
    from mgcalc.core.labels.compare import compare as run_compare
    from mgcalc.core.reference.lifestage import adult_ul

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    if file is not None and batch is not None:
        raise InputError("give the CSV as FILE or as --batch FILE, not both")
    path = file if file is not None else batch
    if cabinet:
        product = [*(product or ()), *cabinet_rows()]
    if path is None and not product:
        raise InputError("no products: give a CSV FILE ('-' for stdin) or --product")
    rows = product_rows(path) if path is not None else iter(())
    target_mg, target_error = compare_target(target)
    if out.quiet or (out.fmt is not OutputFormat.TABLE and out.svg is None):
        from mgcalc.cli.compare_stream import stream_compare

        context = CompareResult([], target_mg, adult_ul("us"), target_error=target_error)
        code = stream_compare(
            rows, product or (), context, out.fmt, sys.stdout, sys.stderr, quiet=out.quiet
        )
        raise typer.Exit(code)
    listing = list(rows)
    if not listing and not product:
        raise InputError("no products: the file has a header and no rows")
    result = run_compare(
        listing, target_mg, adult_ul("us"), target_error=target_error, options=product or ()
    )
    bad = [target_error] if target_error is not None else []
    errors = [f"{error_place(e)}: {e['error']}" for e in [*bad, *result.errors]]
    if actions.show_with_errors(result, out, errors):
        raise typer.Exit(EXIT_PARTIAL)


def cabinet_rows() -> list[str]:
    """The cabinet's priced products as --product rows (elemental mg per unit, from the
    label as the cabinet read it); none priced is an error that says how to price one."""
    import csv
    import io

    from mgcalc.store.cabinet import list_products

    rows = []
    for item in list_products():
        if item.price is None or item.count is None:
            continue
        if len(item.forms) != 1:  # compare ranks by form: a line naming none is left out
            sys.stderr.write(f"mgcalc: note: {item.name} names no single form; left out\n")
            continue
        line = io.StringIO()
        form = item.forms[0]
        per_unit = f"{item.elemental_mg_per_unit!r}mg"
        csv.writer(line).writerow([item.name, form, per_unit, "elemental", item.count, item.price])
        rows.append(line.getvalue().strip())
    if not rows:
        raise InputError(
            "no cabinet product has a price and a count to compare",
            suggestion='add them: mgcalc cabinet add NAME "LABEL LINE" --price P --count N '
            "--replace",
        )
    return rows


def compare_target(text: str) -> tuple[float | None, OptionError | None]:
    """The daily target in mg, or why it cannot be read: a bad target does not stop
    the comparison (costs per 100 mg need none), as a bad row does not."""
    from mgcalc.core.error_records import option_error

    try:
        return parse_quantity(text).mg, None
    except InputError as exc:
        return None, option_error("--target", text, str(exc))


def product_rows(file: str) -> Iterator[tuple[int, str, dict[str, str]]]:
    """Product rows from a CSV file or stdin, read as batch input is (BOM, CRLF,
    one row per physical line, a non-UTF-8 line as that row's error), as they come."""
    from mgcalc.cli.batch import open_source
    from mgcalc.cli.batch_input import read_lines
    from mgcalc.core.labels.compare import rows_from_lines

    source = open_source(file)
    try:
        lines = (
            (block.first + index, text, block.problems.get(index))
            for block in read_lines(source)
            for index, text in enumerate(block.texts)
        )
        yield from rows_from_lines(lines)
    finally:
        if file != "-":
            source.close()
