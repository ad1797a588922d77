"""mgcalc: an offline magnesium dose and label calculator."""

__version__ = "0.1.0"
