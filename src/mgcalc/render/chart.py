"""A diary's days as a bar chart, written as SVG text (``log week --svg``).

One bar a day: supplements at the bottom, food stacked on top, so the bar's top is
the day's total (read against the RDA or AI line) and the supplement part alone is
read against the UL line, which in both standards covers supplemental magnesium
only. A day over the UL draws its supplement part in red and says so above the bar;
a day with nothing logged has no bar and says "not logged", so a gap is never read
as zero.

The picture is self-contained: system fonts, no stylesheet or font from the
network, and a ``<title>``/``<desc>`` for screen readers. It is sized for a page
600-800 px wide.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from mgcalc.core.figures import plain

WIDTH, HEIGHT = 720, 420
LEFT, RIGHT, TOP, BOTTOM = 64, 150, 64, 64  # margins around the plot area
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"
SUPPLEMENT, FOOD, OVER = "#3567a8", "#8fbf6a", "#c62828"
REFERENCE_LINE, UL_LINE, GRID, MUTED = "#1b5e20", "#c62828", "#dddddd", "#666666"


def days_chart(rows: Sequence[Mapping[str, Any]]) -> str:
    """The SVG text of a chart of ``rows`` (one diary day each, oldest first, as
    ``log days --json`` gives them)."""
    if not rows:
        raise ValueError("a chart needs at least one day")
    first, last = rows[0], rows[-1]
    reference = _number(first.get("rda_mg"))
    limit = _number(first.get("ul_mg"))
    kind = str(first.get("reference_type") or "RDA").upper()
    top, step = _axis_top(
        [_number(r.get("total_mg")) or 0.0 for r in rows] + [reference or 0, limit or 0]
    )
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y(mg: float) -> float:
        return TOP + plot_h - mg / top * plot_h

    title = f"Magnesium by day, {first['date']} to {last['date']}"
    who = f"{first.get('life_stage', '')}, {str(first.get('standard', '')).upper()} standard"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="{FONT}" font-size="13">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(_description(rows, kind, reference, limit))}</desc>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        _text(LEFT, 26, title, size=17, weight="bold"),
        _text(LEFT, 46, who, fill=MUTED),
    ]
    parts += _grid(top, step, y, plot_w)
    parts += _bars(rows, y, plot_w, limit)
    # the higher line's label sits above it, the lower's below, so close lines stay legible
    lines = [(reference, REFERENCE_LINE, f"{kind} {plain(reference or 0)} mg", "total")]
    lines.append((limit, UL_LINE, f"UL {plain(limit or 0)} mg", "supplements"))
    drawn = sorted(
        (line for line in lines if line[0] is not None), key=lambda line: -(line[0] or 0)
    )
    for n, (mg, colour, label, against) in enumerate(drawn):
        parts += _line(y(mg or 0), plot_w, colour, label, against, above=n == 0 and len(drawn) > 1)
    parts += _legend(plot_w, len(rows))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _axis_top(values: Sequence[float]) -> tuple[float, float]:
    """A round top for the y axis a little above the highest figure, and the step
    between its gridlines (1, 2, 2.5 or 5 times a power of ten, about five steps)."""
    highest = max([*values, 1.0]) * 1.08
    power = 10.0 ** math.floor(math.log10(highest / 5))
    step = next(power * f for f in (1, 2, 2.5, 5, 10) if highest / (power * f) <= 6)
    return math.ceil(highest / step) * step, step


def _grid(top: float, step: float, y: Any, plot_w: float) -> list[str]:
    out = []
    for n in range(round(top / step) + 1):
        mg = step * n
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(mg):.1f}" y2="{y(mg):.1f}" '
            f'stroke="{GRID if n else "#888888"}" stroke-width="1"/>'
        )
        out.append(_text(LEFT - 8, y(mg) + 4, plain(mg), anchor="end", fill=MUTED))
    out.append(
        f'<text transform="translate(16 {TOP + (HEIGHT - TOP - BOTTOM) / 2}) rotate(-90)" '
        f'text-anchor="middle" fill="{MUTED}">mg a day</text>'
    )
    return out


def _bars(
    rows: Sequence[Mapping[str, Any]], y: Any, plot_w: float, limit: float | None
) -> list[str]:
    slot = plot_w / len(rows)
    bar = max(2.0, slot * 0.62)
    label_every = max(1, math.ceil(len(rows) / 14))
    base = y(0)
    out = []
    for n, row in enumerate(rows):
        x = LEFT + slot * n + (slot - bar) / 2
        middle = x + bar / 2
        supplements = _number(row.get("supplement_mg"))
        food = _number(row.get("food_mg"))
        over = bool(row.get("over_ul"))
        roomy = slot >= 56  # room for words under each bar; else marks the legend explains
        if row.get("status") == "not_logged" or (supplements is None and food is None):
            out.append(_mark(middle, base, "not logged", row, roomy))
        else:
            s, f = supplements or 0.0, food or 0.0
            colour = OVER if over else SUPPLEMENT
            if s:
                out.append(_rect(x, y(s), bar, base - y(s), colour, "supplements", row, s))
            if f:
                out.append(_rect(x, y(s + f), bar, y(s) - y(s + f), FOOD, "food", row, f))
            if not s and not f:
                out.append(_mark(middle, base, "none", row, roomy))
            if over and limit is not None and roomy:
                out.append(
                    _text(
                        middle,
                        y(s + f) - 6,
                        "over UL",
                        anchor="middle",
                        size=11,
                        fill=OVER,
                        weight="bold",
                    )
                )
        if n % label_every == 0:
            out.append(_text(middle, base + 18, _weekday(row["date"]), anchor="middle", size=11))
            out.append(
                _text(middle, base + 32, str(row["date"])[5:], anchor="middle", size=11, fill=MUTED)
            )
    return out


def _mark(middle: float, base: float, what: str, row: Any, roomy: bool) -> str:
    """A day without a bar, in words where there is room, else as a hollow or a
    filled grey dot (the legend says which is which)."""
    if roomy:
        return _text(middle, base - 6, what, anchor="middle", size=10, fill=MUTED)
    fill = "none" if what == "not logged" else MUTED
    return (
        f'<circle class="{what.replace(" ", "-")}" cx="{middle:.1f}" cy="{base - 6:.1f}" r="3" '
        f'fill="{fill}" stroke="{MUTED}"><title>{escape(str(row["date"]))}: {what}</title></circle>'
    )


def _rect(
    x: float, top: float, width: float, height: float, fill: str, what: str, row: Any, mg: float
) -> str:
    return (
        f'<rect class="{what}" x="{x:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{fill}"><title>{escape(str(row["date"]))}: {what} {plain(mg)} mg</title></rect>'
    )


def _line(
    at: float, plot_w: float, colour: str, label: str, against: str, *, above: bool
) -> list[str]:
    first, second = (at - 19, at - 5) if above else (at + 15, at + 29)
    return [
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{at:.1f}" y2="{at:.1f}" stroke="{colour}" '
        f'stroke-width="2" stroke-dasharray="7 4"/>',
        _text(LEFT + plot_w + 8, first, label, fill=colour, weight="bold"),
        _text(LEFT + plot_w + 8, second, f"({against})", fill=colour, size=11),
    ]


def _legend(plot_w: float, days: int) -> list[str]:
    x, y = LEFT + plot_w + 8, HEIGHT - BOTTOM - 62
    out = []
    entries = ((SUPPLEMENT, "supplements"), (FOOD, "food"), (OVER, "over the UL"))
    for n, (colour, name) in enumerate(entries):
        out.append(f'<rect x="{x}" y="{y + n * 20}" width="12" height="12" fill="{colour}"/>')
        out.append(_text(x + 18, y + n * 20 + 11, name, size=12))
    if (WIDTH - LEFT - RIGHT) / days < 56:  # the bars' marks, explained
        for n, (fill, name) in enumerate((("none", "not logged"), (MUTED, "no supplements"))):
            at = y - 44 + n * 20
            out.append(f'<circle cx="{x + 6}" cy="{at + 6}" r="3" fill="{fill}" stroke="{MUTED}"/>')
            out.append(_text(x + 18, at + 11, name, size=12))
    return out


def _weekday(day: Any) -> str:
    try:
        return date.fromisoformat(str(day)).strftime("%a")
    except ValueError:
        return ""


def _text(
    x: float,
    y: float,
    words: str,
    *,
    anchor: str = "start",
    size: int = 13,
    fill: str = "#222222",
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{fill}" font-weight="{weight}">{escape(words)}</text>'
    )


def _description(
    rows: Sequence[Mapping[str, Any]], kind: str, reference: float | None, limit: float | None
) -> str:
    """The chart in words, for a screen reader."""
    days = []
    for row in rows:
        if row.get("status") == "not_logged":
            days.append(f"{row['date']} not logged")
        else:
            over = ", over the UL" if row.get("over_ul") else ""
            days.append(
                f"{row['date']} supplements {plain(_number(row.get('supplement_mg')) or 0)} mg, "
                f"food {plain(_number(row.get('food_mg')) or 0)} mg{over}"
            )
    lines = [] if reference is None else [f"{kind} {plain(reference)} mg from all sources"]
    if limit is not None:
        lines.append(f"UL {plain(limit)} mg from supplements")
    return "; ".join(lines + days)
