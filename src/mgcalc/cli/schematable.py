"""What ``mgcalc schema NAME`` describes, by NAME (generated; do not edit).

Made by ``python -m mgcalc.cli.tablegen`` from the records the command modules
register (mgcalc.cli.info_cmds.SCHEMAS) and the Typer app; tests/cli/test_commandtable.py
fails when it is out of date. Format: name -> {single: [record], listing: [record],
batch: the command has --batch}, each record as "module:qualname".
"""

from typing import Any

OUTPUTS: dict[str, dict[str, Any]] = {
    "cabinet": {
        "batch": False,
        "listing": ["mgcalc.core.diary.cabinet:ProductRecord"],
        "single": [
            "mgcalc.core.diary.cabinet:ProductRecord",
            "mgcalc.core.diary.cabinet:RemovedProductRecord",
        ],
    },
    "check": {"batch": True, "listing": [], "single": ["mgcalc.core.intake.check:CheckRecord"]},
    "compare": {
        "batch": False,
        "listing": [
            "mgcalc.core.labels.compare:ProductRecord",
            "mgcalc.core.error_records:ErrorRecord",
            "mgcalc.core.error_records:OptionError",
        ],
        "single": [],
    },
    "compound": {
        "batch": True,
        "listing": [],
        "single": ["mgcalc.core.chemistry.results:CompoundRecord"],
    },
    "convert": {
        "batch": True,
        "listing": [],
        "single": ["mgcalc.core.chemistry.results:ConvertRecord"],
    },
    "elemental": {
        "batch": True,
        "listing": [],
        "single": ["mgcalc.core.chemistry.results:ElementalRecord"],
    },
    "evidence": {
        "batch": False,
        "listing": ["mgcalc.core.reference.evidence:EvidenceRecord"],
        "single": [],
    },
    "food": {
        "batch": True,
        "listing": ["mgcalc.core.foods.results:FoodSearchRecord"],
        "single": ["mgcalc.core.foods.results:FoodRecord"],
    },
    "forms": {
        "batch": False,
        "listing": [
            "mgcalc.core.knowledge.form_listing:FormRecordOut",
            "mgcalc.core.knowledge.ranking:RankingRecord",
        ],
        "single": [],
    },
    "guide": {"batch": False, "listing": ["mgcalc.core.knowledge.guide:GuideRecord"], "single": []},
    "interactions": {
        "batch": False,
        "listing": [
            "mgcalc.core.reference.interactions:InteractionRecord",
            "mgcalc.core.error_records:OptionError",
        ],
        "single": [],
    },
    "label": {
        "batch": True,
        "listing": [],
        "single": [
            "mgcalc.core.labels.records:LabelRecord",
            "mgcalc.core.labels.records:DeclarationRecord",
        ],
    },
    "log": {
        "batch": False,
        "listing": [
            "mgcalc.core.diary.entries:ListedEntryRecord",
            "mgcalc.core.diary.days:DayRowRecord",
        ],
        "single": ["mgcalc.core.diary.transfer:ImportRecord", "mgcalc.core.diary.days:DayRecord"],
    },
    "log-day": {"batch": False, "listing": [], "single": ["mgcalc.core.diary.days:DayRecord"]},
    "log-import": {
        "batch": False,
        "listing": [],
        "single": ["mgcalc.core.diary.transfer:ImportRecord"],
    },
    "log-week": {"batch": False, "listing": ["mgcalc.core.diary.days:DayRowRecord"], "single": []},
    "plan": {"batch": True, "listing": [], "single": ["mgcalc.core.intake.plan:PlanRecord"]},
    "profile": {
        "batch": False,
        "listing": [],
        "single": ["mgcalc.core.diary.profile:ProfileRecord"],
    },
    "serum": {"batch": True, "listing": [], "single": ["mgcalc.core.serum:SerumRecord"]},
    "sources": {
        "batch": False,
        "listing": ["mgcalc.core.reference.sources:SourceRecord"],
        "single": [],
    },
    "where": {"batch": False, "listing": [], "single": ["mgcalc.core.diary.profile:WhereRecord"]},
}
