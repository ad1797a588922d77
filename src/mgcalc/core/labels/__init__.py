"""Labels: reading the lines people paste, writing the lines manufacturers print, and
comparing products by the cost of their magnesium.

- ``reading``: a label line (or a pasted panel) -> :class:`~.parsed.ParsedLabel` (pure,
  no reference values), the entry point other commands call (``parse_label``);
  ``parsed`` holds the reading and the warnings it raises itself.
- ``assess``: a parsed line against the Daily Value, the NRV and the UL.
- ``writing``: compound weights -> the 21 CFR / EU declaration.
- ``rounding``: the rounding rules of both.
- ``compare``: products ranked by the cost of their elemental magnesium.
"""
