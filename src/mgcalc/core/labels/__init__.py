"""Labels: reading the lines people paste, writing the lines manufacturers print.

- ``reading``: a label line (or a pasted panel) -> :class:`ParsedLabel` (pure, no
  reference values), the entry point other commands call (``parse_label``);
  ``parsed`` holds the reading and the warnings it raises itself.
- ``assess``: a parsed line against the Daily Value, the NRV and the UL.
- ``writing``: compound weights -> the 21 CFR / EU declaration.
- ``rounding``: the rounding rules of both.
"""

from mgcalc.core.labels.parsed import ParsedLabel
from mgcalc.core.labels.reading import parse_label

__all__ = ["ParsedLabel", "parse_label"]
