"""``where`` and ``profile``: where the user's data lives, and who they are.

Neither imports sqlite3: the profile is a small TOML file beside the diary.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.complete import sex_names
from mgcalc.cli.options import (
    AgeOpt,
    ConditionOpt,
    CrclOpt,
    EgfrOpt,
    FormatOpt,
    JsonOpt,
    MedicationOpt,
    PersonStandardOpt,
    QuietOpt,
    SvgOpt,
)
from mgcalc.core.errors import InputError


def where(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Where mgcalc keeps your profile and diary (MGCALC_HOME overrides).

    Example: mgcalc where
    """
    from mgcalc.core.diary.profile import WhereResult
    from mgcalc.store.paths import config_path, database_path, home, home_source

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    config, database = config_path(), database_path()
    actions.show(
        WhereResult(
            str(home()),
            home_source(),
            str(config),
            config.exists(),
            str(database),
            database.exists(),
        ),
        out,
    )


def profile_set(
    sex: Annotated[
        str | None,
        typer.Option(
            "--sex",
            metavar="female|male",
            help="female or male (needed for a first profile).",
            show_default=False,
            autocompletion=sex_names,
        ),
    ] = None,
    age: AgeOpt = None,
    pregnant: Annotated[
        bool | None,
        typer.Option(
            "--pregnant/--not-pregnant", help="Use the pregnancy values.", show_default=False
        ),
    ] = None,
    lactating: Annotated[
        bool | None,
        typer.Option(
            "--lactating/--not-lactating", help="Use the lactation values.", show_default=False
        ),
    ] = None,
    standard: PersonStandardOpt = None,
    egfr: EgfrOpt = None,
    kidney_disease: Annotated[
        bool | None,
        typer.Option(
            "--kidney-disease/--no-kidney-disease",
            help="Kidney impairment: no supplement without a clinician.",
            show_default=False,
        ),
    ] = None,
    medication: MedicationOpt = None,
    remove_medication: Annotated[
        list[str] | None,
        typer.Option(
            "--remove-medication",
            metavar="NAME",
            help="Take one saved medicine off the profile. Repeatable.",
        ),
    ] = None,
    clear: Annotated[
        list[str] | None,
        typer.Option(
            "--clear",
            metavar="FIELD",
            help="Forget one saved field: age, egfr, crcl, medications, conditions, standard, "
            "pregnant, lactating, kidney-disease. Repeatable.",
        ),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace the whole saved profile (needs --sex).")
    ] = False,
    crcl: CrclOpt = None,
    condition: ConditionOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Save your profile: what is given is merged into what is saved (a birthday is
    --age alone); prints it as 'profile show' does.

    Example: mgcalc profile set --sex female --age 34 --medication levothyroxine@07:00
    """
    from mgcalc.core.reference.interactions import medication_use, unknown_warning
    from mgcalc.core.reference.kidney import parse_crcl, parse_egfr
    from mgcalc.store.profile import Changes, load, merge, save

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    changes = Changes(
        sex=sex,
        age=age,
        pregnant=pregnant,
        lactating=lactating,
        standard=standard,
        egfr=None if egfr is None else parse_egfr(egfr),
        kidney_disease=kidney_disease,
        medications=tuple(medication or ()),
        remove_medications=tuple(remove_medication or ()),
        clear=tuple(clear or ()),
        crcl=None if crcl is None else parse_crcl(crcl),
        conditions=tuple(condition or ()),
    )
    profile = merge(None if replace else load(), changes)
    uses = [medication_use(text) for text in changes.medications]
    save(profile)
    for use in uses:
        if use.medication is None:
            sys.stderr.write(f"mgcalc: note: {unknown_warning(use)}\n")
    _show(out)


def profile_show(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """Your saved profile and the reference values it selects.

    Example: mgcalc profile show --json
    """
    _show(actions.OutputOptions.of(fmt, as_json, quiet, svg))


def profile_clear() -> None:
    """Forget the saved profile (the diary and cabinet stay).

    Example: mgcalc profile clear
    """
    from mgcalc.store.profile import clear

    removed = clear()
    sys.stderr.write("Profile cleared.\n" if removed else "No profile was saved.\n")


def _show(out: actions.OutputOptions) -> None:
    from mgcalc.core.diary.profile import ProfileResult
    from mgcalc.core.reference.lifestage import Person, life_stage, parse_age, parse_sex
    from mgcalc.store.paths import config_path
    from mgcalc.store.profile import load

    profile = load()
    if profile is None:
        raise InputError(
            "no profile is saved", suggestion="save one: mgcalc profile set --sex female --age 34"
        )
    age = None if profile.age is None else parse_age(profile.age)
    person = Person(parse_sex(profile.sex), age, profile.pregnant, profile.lactating)
    result = ProfileResult(
        profile.age,
        profile.egfr,
        profile.kidney_disease,
        profile.medications,
        life_stage(person, profile.standard),
        str(config_path()),
        profile.crcl,
        profile.conditions,
    )
    actions.show(result, out)
