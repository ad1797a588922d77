"""User text in table cells is shown as typed: rich markup in a label line or a
cabinet entry is never styled or swallowed (it was: '200 mg [bold]x[/bold]' showed
as '200 mg x')."""

from __future__ import annotations

import pytest

LINE = "Magnesium (as glycinate) 200 mg [bold]x[/bold] [red]"


@pytest.mark.parametrize("width", ["40", "200"])
def test_cabinet_list_shows_label_line_markup_verbatim(mg, monkeypatch, width: str) -> None:
    assert mg("cabinet", "add", "nightly", LINE).code == 0
    monkeypatch.setenv("COLUMNS", width)
    listed = mg("cabinet", "list")
    assert listed.code == 0, listed.err
    flat = " ".join(listed.out.split())
    assert "[bold]x[/bold]" in flat
    assert "[red]" in flat


def test_table_cells_and_headers_are_not_markup() -> None:
    import io

    from rich.console import Console

    from mgcalc.render.table import build_table
    from mgcalc.render.views import Column, View

    view = View(title="t", columns=[Column("[i]head[/i]")], rows=[["[b]cell[/b]"]])
    out = io.StringIO()
    Console(file=out, width=80).print(build_table(view, [20]))
    assert "[i]head[/i]" in out.getvalue()
    assert "[b]cell[/b]" in out.getvalue()
