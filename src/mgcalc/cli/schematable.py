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
        "listing": ["mgcalc.core.cabinet:ProductRecord"],
        "single": ["mgcalc.core.cabinet:ProductRecord", "mgcalc.core.cabinet:RemovedProductRecord"],
    },
    "check": {"batch": True, "listing": [], "single": ["mgcalc.core.intake:CheckRecord"]},
    "compare": {
        "batch": False,
        "listing": [
            "mgcalc.core.compare:ProductRecord",
            "mgcalc.core.error_records:ErrorRecord",
            "mgcalc.core.error_records:OptionError",
        ],
        "single": [],
    },
    "compound": {"batch": True, "listing": [], "single": ["mgcalc.core.results:CompoundRecord"]},
    "convert": {"batch": True, "listing": [], "single": ["mgcalc.core.results:ConvertRecord"]},
    "elemental": {"batch": True, "listing": [], "single": ["mgcalc.core.results:ElementalRecord"]},
    "evidence": {"batch": False, "listing": ["mgcalc.core.evidence:EvidenceRecord"], "single": []},
    "food": {
        "batch": True,
        "listing": ["mgcalc.core.food_results:FoodSearchRecord"],
        "single": ["mgcalc.core.food_results:FoodRecord"],
    },
    "forms": {
        "batch": False,
        "listing": [
            "mgcalc.core.form_listing:FormRecordOut",
            "mgcalc.core.knowledge:RankingRecord",
        ],
        "single": [],
    },
    "guide": {"batch": False, "listing": ["mgcalc.core.knowledge:GuideRecord"], "single": []},
    "interactions": {
        "batch": False,
        "listing": [
            "mgcalc.core.knowledge:InteractionRecord",
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
        "listing": ["mgcalc.core.diary:ListedEntryRecord", "mgcalc.core.diary_days:DayRowRecord"],
        "single": ["mgcalc.core.diary_io:ImportRecord", "mgcalc.core.diary_days:DayRecord"],
    },
    "log-day": {"batch": False, "listing": [], "single": ["mgcalc.core.diary_days:DayRecord"]},
    "log-import": {"batch": False, "listing": [], "single": ["mgcalc.core.diary_io:ImportRecord"]},
    "log-week": {"batch": False, "listing": ["mgcalc.core.diary_days:DayRowRecord"], "single": []},
    "plan": {"batch": True, "listing": [], "single": ["mgcalc.core.plan:PlanRecord"]},
    "profile": {"batch": False, "listing": [], "single": ["mgcalc.core.profile:ProfileRecord"]},
    "serum": {"batch": True, "listing": [], "single": ["mgcalc.core.serum:SerumRecord"]},
    "sources": {"batch": False, "listing": ["mgcalc.core.sources:SourceRecord"], "single": []},
    "where": {"batch": False, "listing": [], "single": ["mgcalc.core.profile:WhereRecord"]},
}
