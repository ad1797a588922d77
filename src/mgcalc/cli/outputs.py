"""What each command prints, for ``mgcalc schema NAME``: the one place that says it.

Record types are named ``"mgcalc.core.module:Name"`` and imported only when ``schema``
describes them, so this table costs nothing to the commands themselves. A name
with a dash is what one command of a group prints (``log-day``: ``log day``); the
group's own name lists the records of all its commands.
"""

from __future__ import annotations

from importlib import import_module
from typing import NamedTuple


class Records(NamedTuple):
    """``single``: records printed alone (one JSON object); ``listing``: records
    printed in an array; ``batch``: the command has ``--batch``, whose records the
    schema then describes too."""

    single: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()
    batch: bool = False


OUTPUTS: dict[str, Records] = {
    "elemental": Records(single=("mgcalc.core.chemistry.results:ElementalRecord",), batch=True),
    "compound": Records(single=("mgcalc.core.chemistry.results:CompoundRecord",), batch=True),
    "convert": Records(single=("mgcalc.core.chemistry.results:ConvertRecord",), batch=True),
    "serum": Records(single=("mgcalc.core.serum:SerumRecord",), batch=True),
    "check": Records(single=("mgcalc.core.intake.check:CheckRecord",), batch=True),
    "plan": Records(single=("mgcalc.core.intake.plan:PlanRecord",), batch=True),
    "label": Records(
        single=(
            "mgcalc.core.labels.records:LabelRecord",
            "mgcalc.core.labels.records:DeclarationRecord",
        ),
        batch=True,
    ),
    "compare": Records(
        listing=(
            "mgcalc.core.labels.compare:ProductRecord",
            "mgcalc.core.error_records:ErrorRecord",
            "mgcalc.core.error_records:OptionError",
        ),
        batch=True,
    ),
    "forms": Records(
        listing=(
            "mgcalc.core.knowledge.form_listing:FormRecordOut",
            "mgcalc.core.knowledge.ranking:RankingRecord",
            "mgcalc.core.knowledge.product_listing:ProductListingRecord",
        )
    ),
    "food": Records(
        single=("mgcalc.core.foods.results:FoodRecord",),
        listing=("mgcalc.core.foods.results:FoodSearchRecord",),
        batch=True,
    ),
    "evidence": Records(listing=("mgcalc.core.reference.evidence:EvidenceRecord",)),
    "guide": Records(listing=("mgcalc.core.knowledge.guide:GuideRecord",)),
    "interactions": Records(
        listing=(
            "mgcalc.core.reference.interactions:InteractionRecord",
            "mgcalc.core.error_records:OptionError",
        )
    ),
    "sources": Records(listing=("mgcalc.core.reference.sources:SourceRecord",)),
    "backup": Records(single=("mgcalc.core.diary.backup:BackupRecord",)),
    "restore": Records(single=("mgcalc.core.diary.backup:RestoreRecord",)),
    "where": Records(single=("mgcalc.core.diary.profile:WhereRecord",)),
    "profile": Records(single=("mgcalc.core.diary.profile:ProfileRecord",)),
    "cabinet": Records(
        single=(
            "mgcalc.core.diary.cabinet:ProductRecord",
            "mgcalc.core.diary.cabinet:RemovedProductRecord",
        ),
        listing=("mgcalc.core.diary.cabinet:ProductRecord",),
    ),
    "log": Records(
        single=("mgcalc.core.diary.transfer:ImportRecord", "mgcalc.core.diary.days:DayRecord"),
        listing=(
            "mgcalc.core.diary.entries:ListedEntryRecord",
            "mgcalc.core.diary.standing:LoggedEntryRecord",
            "mgcalc.core.diary.days:DayRowRecord",
        ),
    ),
    "log-add": Records(listing=("mgcalc.core.diary.standing:LoggedEntryRecord",)),
    "log-none": Records(listing=("mgcalc.core.diary.entries:ListedEntryRecord",)),
    "log-remove": Records(listing=("mgcalc.core.diary.entries:ListedEntryRecord",)),
    "log-undo": Records(listing=("mgcalc.core.diary.entries:ListedEntryRecord",)),
    "log-export": Records(listing=("mgcalc.core.diary.entries:EntryRecord",)),
    "log-day": Records(single=("mgcalc.core.diary.days:DayRecord",)),
    "log-import": Records(single=("mgcalc.core.diary.transfer:ImportRecord",)),
    "log-week": Records(listing=("mgcalc.core.diary.days:DayRowRecord",)),
    "log-days": Records(listing=("mgcalc.core.diary.days:DayRowRecord",)),
    "profile-set": Records(single=("mgcalc.core.diary.profile:ProfileRecord",)),
    "profile-show": Records(single=("mgcalc.core.diary.profile:ProfileRecord",)),
    "profile-clear": Records(),  # a message on stdout, no record
    "cabinet-add": Records(single=("mgcalc.core.diary.cabinet:ProductRecord",)),
    "cabinet-show": Records(single=("mgcalc.core.diary.cabinet:ProductRecord",)),
    "cabinet-list": Records(listing=("mgcalc.core.diary.cabinet:ProductRecord",)),
    "cabinet-remove": Records(single=("mgcalc.core.diary.cabinet:RemovedProductRecord",)),
}


def record_types(names: tuple[str, ...]) -> tuple[type, ...]:
    """The record types named ``module:Name`` in :data:`OUTPUTS`."""
    found = []
    for name in names:
        module, _, attribute = name.partition(":")
        found.append(getattr(import_module(module), attribute))
    return tuple(found)
