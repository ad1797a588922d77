"""The command-line interface: argv in, result objects out to the renderers.

:mod:`mgcalc.cli.app` is the Typer application and its table of commands; each
command module parses its options and calls an action (:mod:`mgcalc.cli.actions`)
or core directly, then hands the result to :mod:`mgcalc.render`.
"""
