"""Labels: reading the lines people paste, writing the lines manufacturers print.

- ``reading``: a label line (or a pasted panel) -> :class:`ParsedLabel` (pure, no
  reference values), the entry point other commands call (``parse_label``).
- ``assess``: a parsed line against the Daily Value, the NRV and the UL.
- ``writing``: compound weights -> the 21 CFR / EU declaration.
- ``rounding``: the rounding rules of both.
"""

from mgcalc.core.labels.reading import ParsedLabel, parse_label

__all__ = ["ParsedLabel", "parse_label"]
