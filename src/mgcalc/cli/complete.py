"""Shell-completion sources for the names users type: forms, foods, goals, guide topics,
sex, standard, DV basis, schema names. Each reads the same list that the matching
error (:class:`mgcalc.core.errors.UnknownNameError` with ``choices``) prints, so
what completion offers is what the command accepts. Enum options (``--format``,
``--sort``) complete from their enum through Typer."""

from __future__ import annotations

from collections.abc import Iterable


def form_names(incomplete: str) -> list[str]:
    from mgcalc.core.chemistry.forms import alias_table

    return _starting(incomplete, alias_table())


def food_names(incomplete: str) -> list[str]:
    from mgcalc.data.foods import common_foods

    names = (n.replace(" ", "-") for f in common_foods() for n in (f.name, *f.aliases))
    return _starting(incomplete, names)


def goal_names(incomplete: str) -> list[str]:
    from mgcalc.core.knowledge.goals import goal_ids

    return _starting(incomplete, goal_ids())


def topic_names(incomplete: str) -> list[str]:
    from mgcalc.data.knowledge import topics

    return _starting(incomplete, (topic.id for topic in topics()))


def sex_names(incomplete: str) -> list[str]:
    from mgcalc.core.reference.lifestage import SEXES

    return _starting(incomplete, SEXES)


def standard_names(incomplete: str) -> list[str]:
    from mgcalc.data.reference import standards

    return _starting(incomplete, standards())


def dv_basis_names(incomplete: str) -> list[str]:
    from mgcalc.data.labels import daily_values

    return _starting(incomplete, daily_values())


def schema_names(incomplete: str) -> list[str]:
    from mgcalc.cli.outputs import OUTPUTS

    return _starting(incomplete, OUTPUTS)


def _starting(incomplete: str, names: Iterable[str]) -> list[str]:
    prefix = incomplete.lower()
    return sorted(name for name in names if name.startswith(prefix))
