"""What each command prints, for ``mgcalc schema NAME``: the one place that says it.

Record types are named ``"mgcalc.core.module:Name"`` and imported only when ``schema``
describes them, so this table costs nothing to the commands themselves. A name
with a dash is what one command of a group prints (``log-day``: ``log day``); the
group's own name lists the records of all its commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True, slots=True)
class Records:
    """``single``: records printed alone (one JSON object); ``listing``: records
    printed in an array; ``batch``: the command has ``--batch``, whose records the
    schema then describes too."""

    single: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()
    batch: bool = False


OUTPUTS: dict[str, Records] = {
    "elemental": Records(single=("mgcalc.core.results:ElementalRecord",), batch=True),
    "compound": Records(single=("mgcalc.core.results:CompoundRecord",), batch=True),
    "convert": Records(single=("mgcalc.core.results:ConvertRecord",), batch=True),
    "serum": Records(single=("mgcalc.core.serum:SerumRecord",), batch=True),
    "check": Records(single=("mgcalc.core.intake:CheckRecord",), batch=True),
    "plan": Records(single=("mgcalc.core.plan:PlanRecord",), batch=True),
    "label": Records(
        single=(
            "mgcalc.core.labels.records:LabelRecord",
            "mgcalc.core.labels.records:DeclarationRecord",
        ),
        batch=True,
    ),
    "compare": Records(
        listing=(
            "mgcalc.core.compare:ProductRecord",
            "mgcalc.core.error_records:ErrorRecord",
            "mgcalc.core.error_records:OptionError",
        )
    ),
    "forms": Records(
        listing=("mgcalc.core.form_listing:FormRecordOut", "mgcalc.core.knowledge:RankingRecord")
    ),
    "food": Records(
        single=("mgcalc.core.food_results:FoodRecord",),
        listing=("mgcalc.core.food_results:FoodSearchRecord",),
        batch=True,
    ),
    "evidence": Records(listing=("mgcalc.core.evidence:EvidenceRecord",)),
    "guide": Records(listing=("mgcalc.core.knowledge:GuideRecord",)),
    "interactions": Records(
        listing=("mgcalc.core.knowledge:InteractionRecord", "mgcalc.core.error_records:OptionError")
    ),
    "sources": Records(listing=("mgcalc.core.sources:SourceRecord",)),
    "where": Records(single=("mgcalc.core.profile:WhereRecord",)),
    "profile": Records(single=("mgcalc.core.profile:ProfileRecord",)),
    "cabinet": Records(
        single=("mgcalc.core.cabinet:ProductRecord", "mgcalc.core.cabinet:RemovedProductRecord"),
        listing=("mgcalc.core.cabinet:ProductRecord",),
    ),
    "log": Records(
        single=("mgcalc.core.diary_io:ImportRecord", "mgcalc.core.diary_days:DayRecord"),
        listing=("mgcalc.core.diary:ListedEntryRecord", "mgcalc.core.diary_days:DayRowRecord"),
    ),
    "log-day": Records(single=("mgcalc.core.diary_days:DayRecord",)),
    "log-import": Records(single=("mgcalc.core.diary_io:ImportRecord",)),
    "log-week": Records(listing=("mgcalc.core.diary_days:DayRowRecord",)),
}


def record_types(names: tuple[str, ...]) -> tuple[type, ...]:
    """The record types named ``module:Name`` in :data:`OUTPUTS`."""
    found = []
    for name in names:
        module, _, attribute = name.partition(":")
        found.append(getattr(import_module(module), attribute))
    return tuple(found)
