"""Shell-completion sources for names users type: forms (and later foods, topics)."""

from __future__ import annotations


def form_names(incomplete: str) -> list[str]:
    from mgcalc.core.forms import alias_table

    prefix = incomplete.lower()
    return sorted(name for name in alias_table() if name.startswith(prefix))
