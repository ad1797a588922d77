"""Ctrl-C while mgcalc is still starting ends the process quietly, with exit 130.

Python turns SIGINT into ``KeyboardInterrupt``, and one that arrives while modules
are being imported prints a traceback. The console script (``console.py``) and
``python -m mgcalc`` (``__main__.py``) install this handler before they import
anything else of mgcalc, so what is left is the interpreter's own start-up and, for
the console script, the installer's ``import re`` line that runs before ours.
This module imports only ``os`` (loaded by Python's start-up) and ``_signal``, the C
module under ``signal``, on purpose: ``signal`` itself builds enum classes, 1-10 ms.
"""

import _signal  # type: ignore[import-not-found]  # no stub; see the docstring
import os

# The same value as mgcalc.core.errors.EXIT_INTERRUPTED (a test keeps them equal);
# importing it would widen the window this module exists to close.
EXIT_INTERRUPTED = 130


def _stop(signum: int, frame: object) -> None:
    try:
        os.write(2, b"\n")
    finally:
        os._exit(EXIT_INTERRUPTED)


def stop_on_interrupt() -> None:
    """From now on Ctrl-C exits 130 at once, without a traceback (until :func:`run`
    installs Python's own handler to unwind cleanly)."""
    try:  # noqa: SIM105 (contextlib is not imported yet, and need not be)
        _signal.signal(_signal.SIGINT, _stop)
    except (ValueError, OSError):  # not the main thread, or no signals here
        pass
