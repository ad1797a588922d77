"""The figures the guide's topics quote, drawn from the package data.

Topics are text with ``{placeholders}``; every number in them comes from here, so the
guide never types a figure of its own. Groups are computed on first use
(:class:`LazyFigures`), only the ones holding the figures a topic quotes: a topic
that quotes no food never reads the USDA table, one that quotes only intakes or
study figures never builds the forms catalogue for the ranking, and best-form
(study figures and the ranking) reads no intake tables.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from mgcalc.core.foods.lookup import lookup_food_text
from mgcalc.core.foods.results import food_figures
from mgcalc.core.knowledge.goals import guide_figures
from mgcalc.core.knowledge.ranking import rank_forms
from mgcalc.data.knowledge import evidence, stacking
from mgcalc.data.labels import daily_values, nrv
from mgcalc.data.reference import medications, standards


def _evidence_figures() -> dict[str, str]:
    data = evidence()
    return {
        "study_low": str(data["dose_range"]["low_mg"]),
        "study_high": str(data["dose_range"]["high_mg"]),
        "food_absorption": str(data["absorption"]["food_percent"]),
        "oxide_absorption": str(data["absorption"]["oxide_percent"]),
        "tmax_low": str(data["pharmacokinetics"]["tmax_low_h"]),
        "tmax_high": str(data["pharmacokinetics"]["tmax_high_h"]),
        "plasma_share": str(data["pharmacokinetics"]["plasma_share_below_percent"]),
        "before_bed": data["timing"]["before_bed"],
        "after_training": data["timing"]["after_training"],
        "with_meals": data["timing"]["with_meals"],
    }


def _intake_figures() -> dict[str, str]:

    us, eu = standards()["us"], standards()["eu"]
    band = {b.label: b for b in us.band}
    return {
        "rda_men": str(band["31-50 years"].male),
        "rda_women": str(band["31-50 years"].female),
        "rda_men_young": str(band["19-30 years"].male),
        "rda_women_young": str(band["19-30 years"].female),
        "ul_us": str(next(u.mg for u in us.ul if u.below_months is None)),
        "ul_eu": str(next(u.mg for u in eu.ul if u.below_months is None)),
        "dv": str(daily_values()["adult"].mg),
        "nrv": str(nrv().mg),
    }


def _ranking_figures() -> dict[str, str]:
    """The forms ranking builds the whole forms catalogue (molmass for every formula)."""
    ranking = rank_forms("general").forms[:2]
    return {"best_general": " and ".join(form.id for form, _ in ranking)}


def _list_figures() -> dict[str, str]:
    return {
        "stacking_list": "\n".join(f"- {s.name}: {s.note}" for s in stacking()),
        "medication_list": "\n".join(f"- {m.name}: {m.effect} {m.advice}" for m in medications()),
    }


def _goal_figures() -> dict[str, str]:

    return guide_figures()


def _food_figures() -> dict[str, str]:
    """The figures that read the USDA table (about 0.1 s): only topics that quote them."""

    def food_mg(text: str) -> str:
        return f"{round(lookup_food_text(text).magnesium_mg):d}"

    return {
        "pumpkin_seeds_oz": food_mg("pumpkin seeds 1 oz"),
        "spinach_half_cup": food_mg("spinach 1/2 cup"),
        **food_figures(),
    }


_FIGURE_GROUPS = (
    _evidence_figures,
    _intake_figures,
    _ranking_figures,
    _list_figures,
    _goal_figures,
    _food_figures,
)
# the figures of the groups whose keys are fixed (a test holds this to what they
# return): a topic computes only the groups it quotes; the others, in order, until
# the figure asked for turns up
FIXED_KEYS: dict[Callable[[], dict[str, str]], frozenset[str]] = {
    _evidence_figures: frozenset(
        (
            "study_low",
            "study_high",
            "food_absorption",
            "oxide_absorption",
            "tmax_low",
            "tmax_high",
            "plasma_share",
            "before_bed",
            "after_training",
            "with_meals",
        )
    ),
    _intake_figures: frozenset(
        (
            "rda_men",
            "rda_women",
            "rda_men_young",
            "rda_women_young",
            "ul_us",
            "ul_eu",
            "dv",
            "nrv",
        )
    ),
    _ranking_figures: frozenset(("best_general",)),
    _list_figures: frozenset(("stacking_list", "medication_list")),
}


class LazyFigures(dict[str, str]):
    """The figures a topic quotes, each group computed the first time one of its keys
    is asked for, so a topic that quotes no food never reads the USDA table."""

    def __init__(self) -> None:
        super().__init__()
        self._pending = list(_FIGURE_GROUPS)

    def __missing__(self, key: str) -> str:
        fixed = [group for group in self._pending if key in FIXED_KEYS.get(group, ())]
        others = [group for group in self._pending if group not in FIXED_KEYS]
        for group in fixed or others:
            self._pending.remove(group)
            self.update(group())
            if key in self:
                return self[key]
        raise KeyError(key)


@cache
def figures() -> dict[str, str]:
    """Every number the guide may quote, drawn from the package data."""
    found: dict[str, str] = {}
    for group in _FIGURE_GROUPS:
        found.update(group())
    return found
