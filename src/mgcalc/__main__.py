"""``python -m mgcalc``: Ctrl-C handling first, before anything else is imported."""

import os
import signal


def _stop(signum: int, frame: object) -> None:
    os.write(2, b"\n")
    os._exit(130)


signal.signal(signal.SIGINT, _stop)

from mgcalc.entry import main  # noqa: E402 (after the handler, on purpose)

main()
