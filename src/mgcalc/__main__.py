"""``python -m mgcalc``: Ctrl-C handling first, before anything else is imported."""

from mgcalc.interrupt import stop_on_interrupt

stop_on_interrupt()

from mgcalc.entry import main  # noqa: E402 (after the handler, on purpose)

main()
