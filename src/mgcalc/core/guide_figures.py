"""The figures the guide's topics quote, drawn from the package data.

Topics are text with ``{placeholders}``; every number in them comes from here, so the
guide never types a figure of its own. Groups are computed on first use
(:class:`LazyFigures`), in order, up to the one that holds the figure asked for: a
topic that quotes no food never reads the USDA table, and one that quotes only
intakes or study figures never builds the forms catalogue for the ranking.
"""

from __future__ import annotations

from functools import cache

from mgcalc.data import evidence, medications, stacking, standards


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
    from mgcalc.data import daily_values, nrv

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
    from mgcalc.core.knowledge import rank_forms

    ranking = rank_forms("general").forms[:2]
    return {"best_general": " and ".join(form.id for form, _ in ranking)}


def _list_figures() -> dict[str, str]:
    return {
        "stacking_list": "\n".join(f"- {s.name}: {s.note}" for s in stacking()),
        "medication_list": "\n".join(f"- {m.name}: {m.effect} {m.advice}" for m in medications()),
    }


def _goal_figures() -> dict[str, str]:
    from mgcalc.core.goals import guide_figures

    return guide_figures()


def _food_figures() -> dict[str, str]:
    """The figures that read the USDA table (about 0.1 s): only topics that quote them."""
    from mgcalc.core.food_results import food_figures
    from mgcalc.core.foods import lookup_food_text

    def food_mg(text: str) -> str:
        return f"{round(lookup_food_text(text).magnesium_mg):d}"

    return {
        "pumpkin_seeds_oz": food_mg("pumpkin seeds 1 oz"),
        "spinach_half_cup": food_mg("spinach 1/2 cup"),
        **food_figures(),
    }


# a topic computes the groups up to the last one it quotes: cheap and common first
_FIGURE_GROUPS = (
    _evidence_figures,
    _intake_figures,
    _ranking_figures,
    _list_figures,
    _goal_figures,
    _food_figures,
)


class LazyFigures(dict[str, str]):
    """The figures a topic quotes, each group computed the first time one of its keys
    is asked for, so a topic that quotes no food never reads the USDA table."""

    def __init__(self) -> None:
        super().__init__()
        self._pending = list(_FIGURE_GROUPS)

    def __missing__(self, key: str) -> str:
        while self._pending:
            self.update(self._pending.pop(0)())
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
