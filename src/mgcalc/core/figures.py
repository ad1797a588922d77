"""How figures are rounded and written, the same in every command and format.

Kept apart from the result objects because nearly every module rounds (labels,
intake, the diary, plans, tables): none of them needs the calculators' results
to write ``80.81`` or ``2`` the way the rest of the tool does.
"""

from __future__ import annotations

from decimal import Decimal


def plain(value: float) -> str:
    """A number as scripts want it: ``80.81``, ``300`` (no exponent, no ``.0``), from
    the shortest repr so that 4040835.37 does not print as 4040835.3700000001.

    The exponent of a repr such as ``1e-05`` is written out by moving its point, as
    ``format(Decimal(repr(value)), "f")`` would (a test holds the two equal), without
    importing decimal on every table's path."""
    text = repr(float(value))
    mantissa, e, exponent = text.partition("e")
    if e:
        sign = "-" if mantissa.startswith("-") else ""
        whole, _, fraction = mantissa.lstrip("-").partition(".")
        digits = whole + fraction
        point = len(whole) + int(exponent)
        if point <= 0:
            text = f"{sign}0.{'0' * -point}{digits}"
        elif point >= len(digits):
            text = sign + digits + "0" * (point - len(digits))
        else:
            text = f"{sign}{digits[:point]}.{digits[point:]}"
    elif not text.lstrip("-")[:1].isdigit():  # inf and nan, which outputs never hold
        text = format(Decimal(text), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# Large masses read better in bigger units: (from mg, unit, mg per unit, decimals)
BIG_MG = ((1e9, "t", 1e9, 3), (1e6, "kg", 1e6, 3), (1e4, "g", 1e3, 2))


def mass_unit(value_mg: float) -> tuple[str, float, int]:
    """The unit a person writes ``value_mg`` in (mg below 10 g, then g, kg, t), with
    its size in mg and the decimals kept: one rule for tables and messages alike."""
    for least, unit, per, places in BIG_MG:
        if abs(value_mg) >= least:
            return unit, per, places
    return "mg", 1.0, 2


def mass(value_mg: float) -> str:
    """``603.04 mg``, ``251.77 g``, ``6.03 t``: a mass as a person writes it, never
    ``6030368069.279999733 mg``."""
    unit, per, places = mass_unit(value_mg)
    figure = mg2(value_mg) if unit == "mg" else round(value_mg / per, places)
    return f"{plain(figure)} {unit}"


def mass_span(low_mg: float, high_mg: float, like_mg: float | None = None) -> str:
    """``241.21-262.32 g``: a range in one unit, that of ``like_mg`` (the figure it
    stands beside) or else of its top."""
    unit, per, places = mass_unit(high_mg if like_mg is None else like_mg)
    if unit == "mg":
        low, high = mg2(low_mg), mg2(high_mg)
    else:
        low, high = round(low_mg / per, places), round(high_mg / per, places)
    return f"{plain(low)}-{plain(high)} {unit}"


def mass_range(value_mg: float, low_mg: float, high_mg: float) -> str:
    """``251.77 g (241.21-262.32 g)``: the range in the unit of the figure beside it."""
    return f"{mass(value_mg)} ({mass_span(low_mg, high_mg, value_mg)})"


def counted(count: float, noun: str, plural: str | None = None) -> str:
    """``1 serving``, ``2 servings``, ``0.5 tablet``: a count with its noun agreeing."""
    word = noun if count == 1 or (0 < count < 1) else (plural or noun + "s")
    return f"{plain(count)} {word}"


def mg2(value: float) -> float:
    """mg to 0.01; a smaller non-zero figure keeps 3 significant digits, so that 1 mcg
    of citrate shows 0.000162 mg of magnesium, never a silent 0. (Comparisons inline:
    batch mode rounds several figures per record.)"""
    if value and -0.01 < value < 0.01:
        return float(f"{value:.3g}")
    return round(value, 2)


def milli3(value: float) -> float:
    if value and -0.001 < value < 0.001:
        return float(f"{value:.3g}")
    return round(value, 3)


def whole(count: float) -> float:
    """A count of units or servings as people write it: ``2``, not ``2.0`` (an int
    when whole, in JSON, CSV and tables alike); half a tablet stays ``0.5``."""
    return int(count) if float(count).is_integer() else count


def frac5(value: float) -> float:
    return round(value, 5)
