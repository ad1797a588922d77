"""Pure domain code: no typer, no rich, no printing, no sys.exit.

Everything here takes plain values and returns frozen result objects or raises an
:class:`~mgcalc.core.errors.MgcalcError`; the CLI decides how to show either.
"""
