"""The command-line interface: argv in, result objects out to the renderers.

``app`` (Typer) defines every command and its help; ``fastpath`` answers the
hottest invocations without importing Typer at all; both call the same actions
in :mod:`mgcalc.cli.actions`, so they cannot disagree on what a command does.
"""
