"""Intake: check an intake against the references, plan a dose, time it, and the cautions."""
