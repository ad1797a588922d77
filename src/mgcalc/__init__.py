"""mgcalc: an offline magnesium dose and label calculator."""

__version__ = "0.1.0"
# The machine contract (docs/contract.md): keys, types and exit codes scripts rely on.
# It changes only when a key is renamed or retyped; every schema's $id names it.
CONTRACT_VERSION = 1
