"""``food``: magnesium in a portion of food, and search over the USDA table."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import food_names
from mgcalc.cli.options import BatchOpt, FormatOpt, JsonOpt, QuietOpt, SvgOpt, whole_number
from mgcalc.core.errors import InputError
from mgcalc.core.foods.lookup import food_key, lookup_food_text, search, split_food_amount
from mgcalc.core.foods.results import FoodResult, FoodSearchResult


def food(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FOOD AMOUNT",
            help="A food and an amount: almonds 1oz, 'spinach, 1 cup', '2 bananas'. A bare "
            "number counts the food's unit (avocado 1 = one avocado).",
            autocompletion=food_names,
        ),
    ] = None,
    search_text: Annotated[
        str | None, typer.Option("--search", "-s", metavar="TEXT", help="List matching foods.")
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", metavar="N", parser=whole_number("--limit"), help="Rows for --search."
        ),
    ] = 10,
    batch: BatchOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Magnesium in a portion of food (USDA SR28, 8,050 foods).

    Example: mgcalc food almonds 1oz ; mgcalc food --search "dark chocolate"
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    if batch is not None:
        from mgcalc.cli.batch_specs import food_spec  # the batch machinery: --batch only

        raise typer.Exit(actions.batch(ctx, food_spec(), batch, out))
    if search_text is not None:
        if words:
            raise InputError("give either FOOD AMOUNT or --search, not both")
        if not food_key(search_text):
            raise InputError(
                "--search needs a word to look for", suggestion='e.g. --search "dark chocolate"'
            )
        if not 1 <= limit <= 1000:
            raise InputError(f"--limit must be from 1 to 1000, got {limit}")
        actions.show(FoodSearchResult(search_text, search(search_text, limit)), out)
        return
    if not words:
        raise InputError("missing FOOD AMOUNT", suggestion="e.g. mgcalc food almonds 1oz")
    text = " ".join(words)
    split_food_amount(text)  # a clear error before any lookup when the amount is missing
    actions.show(FoodResult(lookup_food_text(text)), out)
