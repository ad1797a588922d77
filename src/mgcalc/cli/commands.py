"""Every command of ``mgcalc``: where it is defined and the line that describes it.

The table is read by :mod:`mgcalc.cli.app`, which imports a command's module only
when that command runs or shows its own help; ``mgcalc --help`` and ``mgcalc log
--help`` list the summaries from here, importing no command at all. A command
is a function with Typer ``Annotated`` parameters, named ``"module:function"``;
its docstring's first paragraph is its summary here (a test keeps them equal).
The order is the order of ``--help``.
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):  # a NamedTuple: every run reads this table, and one costs little
    function: str
    summary: str
    no_args_is_help: bool = False  # print help, exit 0, when given no arguments


class Group(NamedTuple):
    """A command group (``mgcalc log ...``); with no command it prints its help."""

    summary: str
    commands: dict[str, Entry]


COMMANDS: dict[str, Entry | Group] = {
    "elemental": Entry(
        "mgcalc.cli.calc_cmds:elemental",
        "Elemental magnesium in AMOUNT of compound FORM (with mmol and mEq).",
        no_args_is_help=True,
    ),
    "compound": Entry(
        "mgcalc.cli.calc_cmds:compound",
        "Compound weight of FORM that supplies ELEMENTAL magnesium (and, with --unit-size, how "
        "many whole capsules or tablets, rounded up).",
        no_args_is_help=True,
    ),
    "convert": Entry(
        "mgcalc.cli.calc_cmds:convert",
        "Elemental magnesium between mg, mmol and mEq.",
        no_args_is_help=True,
    ),
    "serum": Entry(
        "mgcalc.cli.serum_cmd:serum",
        "Serum magnesium in mg/dL, mg/L, mmol/L and mEq/L, placed against an adult reference "
        "interval (with its source). Informs; does not interpret a result for treatment.",
    ),
    "check": Entry(
        "mgcalc.cli.intake_cmds:check",
        "Intake from food and supplements against the RDA/AI and the supplemental UL.",
    ),
    "plan": Entry(
        "mgcalc.cli.intake_cmds:plan",
        "A supplemental dose that closes the gap to the RDA/AI, never above the UL.",
    ),
    "label": Entry(
        "mgcalc.cli.label_cmds:label",
        "Read a label line (elemental or compound?), or write one with --form/--compound.",
    ),
    "compare": Entry(
        "mgcalc.cli.label_cmds:compare", "Products by cost per 100 mg of elemental magnesium."
    ),
    "forms": Entry(
        "mgcalc.cli.forms_cmd:forms",
        "The form catalogue (formula, magnesium %, absorption, tolerance), a ranking, "
        "or the products by name.",
    ),
    "food": Entry(
        "mgcalc.cli.food_cmd:food", "Magnesium in a portion of food (USDA SR28, 8,050 foods)."
    ),
    "evidence": Entry(
        "mgcalc.cli.knowledge_cmds:evidence",
        "The seed's research grades (A-D) beside the mainstream verdict and its source.",
    ),
    "guide": Entry(
        "mgcalc.cli.knowledge_cmds:guide",
        "Short, sourced answers to the common questions about magnesium.",
    ),
    "interactions": Entry(
        "mgcalc.cli.knowledge_cmds:interactions",
        "Medication classes that interact with magnesium, stacking notes, kidney caution.",
    ),
    "sources": Entry(
        "mgcalc.cli.info_cmds:sources",
        "Every source behind mgcalc's figures, with its full citation.",
    ),
    "schema": Entry(
        "mgcalc.cli.info_cmds:schema",
        "The JSON Schema of a command's output: every record it can print, error records "
        "included, each field with a description and unit.",
    ),
    "where": Entry(
        "mgcalc.cli.profile_cmds:where",
        "Where mgcalc keeps your profile and diary (MGCALC_HOME overrides).",
    ),
    "profile": Group(
        "Save who you are (sex, age, life stage, standard, kidney function, medicines), so "
        "check, plan and the diary need no --sex/--age.",
        {
            "set": Entry(
                "mgcalc.cli.profile_cmds:profile_set",
                "Save your profile: what is given is merged into what is saved (a birthday is "
                "--age alone); prints it as 'profile show' does.",
            ),
            "show": Entry(
                "mgcalc.cli.profile_cmds:profile_show",
                "Your saved profile and the reference values it selects.",
            ),
            "clear": Entry(
                "mgcalc.cli.profile_cmds:profile_clear",
                "Forget the saved profile (the diary and cabinet stay).",
            ),
        },
    ),
    "cabinet": Group(
        "Your products, by name: the label line as printed and what it supplies.",
        {
            "add": Entry(
                "mgcalc.cli.cabinet_cmds:cabinet_add",
                "Add a product from its label line; a line the label reader cannot read is "
                "refused.",
            ),
            "list": Entry(
                "mgcalc.cli.cabinet_cmds:cabinet_list",
                "Every product in the cabinet (quiet: how many).",
            ),
            "show": Entry(
                "mgcalc.cli.cabinet_cmds:cabinet_show",
                "One product: its line, forms, and magnesium per unit and serving.",
            ),
            "remove": Entry(
                "mgcalc.cli.cabinet_cmds:cabinet_remove",
                "Remove a product (diary entries that used it keep their figures); prints it.",
            ),
        },
    ),
    "backup": Entry(
        "mgcalc.cli.backup_cmds:backup",
        "Write your profile, cabinet and diary to one JSON file ('restore' reads it back).",
        no_args_is_help=True,
    ),
    "restore": Entry(
        "mgcalc.cli.backup_cmds:restore",
        "Restore a backup in one step (all or nothing); says what it restored. Entries and "
        "products already here are kept; a different profile or product needs --replace.",
        no_args_is_help=True,
    ),
    "log": Group(
        "Your magnesium diary: what you took and ate, day by day, against the references.",
        {
            "add": Entry(
                "mgcalc.cli.diary_cmds:log_add",
                "Log supplements and foods (one transaction); prints the entries with their ids.",
            ),
            "none": Entry(
                "mgcalc.cli.diary_cmds:log_none",
                "Record 'no supplements' for a day (a day with nothing logged stays unknown); a "
                "day that holds supplements is refused.",
            ),
            "remove": Entry(
                "mgcalc.cli.diary_cmds:log_remove",
                "Remove one entry by id; prints what was removed.",
            ),
            "undo": Entry(
                "mgcalc.cli.diary_cmds:log_undo",
                "Remove what the last 'log add' or 'log none' stored; prints it.",
            ),
            "export": Entry(
                "mgcalc.cli.diary_cmds:log_export",
                "Every entry, exactly, for a backup or another tool ('log import' reads it "
                "back); -q prints the number of entries.",
            ),
            "import": Entry(
                "mgcalc.cli.diary_cmds:log_import",
                "Add the entries of an export (JSON, NDJSON or CSV) in one transaction; a bad "
                "record changes nothing. Entries already in the diary are skipped.",
            ),
            "day": Entry(
                "mgcalc.cli.days_cmds:log_day",
                "One day as 'check' sees it (food vs RDA, supplements vs UL, cautions), with "
                "its entries.",
            ),
            "week": Entry(
                "mgcalc.cli.days_cmds:log_week",
                "The last seven days, one row each, with bars against the RDA and the UL.",
            ),
            "days": Entry(
                "mgcalc.cli.days_cmds:log_days", "The last N days, one row each (as 'log week')."
            ),
        },
    ),
}
