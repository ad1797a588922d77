"""The ``mgcalc`` console script's target (``[project.scripts]`` in pyproject.toml).

Importing this module installs the quiet Ctrl-C handler first, then the rest of
mgcalc: a Ctrl-C during those imports ends with exit 130 and no traceback. Only the
console script imports it; library users import ``mgcalc.core``.
"""

from mgcalc.interrupt import stop_on_interrupt

stop_on_interrupt()

from mgcalc.entry import main  # noqa: E402 (after the handler, on purpose)

__all__ = ["main"]
