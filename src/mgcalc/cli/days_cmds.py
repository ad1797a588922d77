"""``log day``, ``log week`` and ``log days N``: the diary against the references.

A day is a ``check`` of what was logged (same view, same JSON plus ``date``,
``status`` and ``entries``); a run of days is one row per day. The person comes
from the options given, else from the saved profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.options import (
    AgeOpt,
    EgfrOpt,
    FormatOpt,
    JsonOpt,
    KidneyOpt,
    LactatingOpt,
    MedicationOpt,
    PersonStandardOpt,
    PregnantOpt,
    QuietOpt,
    SexOpt,
    SvgOpt,
    whole_number,
)
from mgcalc.core.errors import InputError, LimitExceeded

if TYPE_CHECKING:
    from mgcalc.core.diary.days import DayResult

StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Exit 3 if any day's supplements exceed the UL.")
]
EndOpt = Annotated[
    str, typer.Option("--end", metavar="DATE", help="Last day shown: YYYY-MM-DD, today, yesterday.")
]


def _days(
    dates: list[str],
    sex: str | None,
    age: str | None,
    pregnant: bool,
    lactating: bool,
    standard: str | None,
    medication: list[str] | None,
    kidney_disease: bool,
    egfr: str | None,
) -> list[DayResult]:
    from mgcalc.cli.person import who
    from mgcalc.core.diary.days import DayResult, check_day
    from mgcalc.core.intake.for_person import stage_for
    from mgcalc.core.reference.interactions import medication_use
    from mgcalc.core.reference.kidney import KidneyFunction, parse_egfr
    from mgcalc.store.diary import entries_between

    person = who(sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr)
    fields = person.fields
    stage = stage_for(
        sex=fields["sex"],
        age=fields["age"],
        pregnant=fields["pregnant"],
        lactating=fields["lactating"],
        standard=fields["standard"],
    )
    meds = [medication_use(m) for m in fields["medication"]]
    egfr = fields["egfr"]
    kidney = KidneyFunction(None if egfr is None else parse_egfr(egfr), fields["kidney_disease"])
    entries = entries_between(dates[0], dates[-1])
    results = []
    for day in dates:
        todays = [e for e in entries if e.date == day]
        check = check_day(stage, todays, meds, kidney, person.profile_used)
        results.append(DayResult(day, check, todays))
    return results


def _today() -> str:
    from datetime import date

    return date.today().isoformat()


def log_day(
    day: Annotated[
        str, typer.Argument(metavar="[DATE]", help="YYYY-MM-DD, today or yesterday.")
    ] = "today",
    sex: SexOpt = None,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    standard: PersonStandardOpt = None,
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    egfr: EgfrOpt = None,
    strict: StrictOpt = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """One day as 'check' sees it (food vs RDA, supplements vs UL, cautions), with its entries.

    -q prints check's word (within, over, not_set, kidney), or not_logged for a day with no
    entries: it has no status against the UL.

    Example: mgcalc log day yesterday
    """
    from datetime import date

    from mgcalc.core.diary.entries import parse_date

    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    when = parse_date(day, date.today())
    args = (sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr)
    (result,) = _days([when], *args)
    actions.show(result, out)
    _strict(strict, [result])


def _run(
    count: int,
    end: str,
    person: tuple[
        str | None, str | None, bool, bool, str | None, list[str] | None, bool, str | None
    ],
    out: actions.OutputOptions,
    strict: bool,
) -> None:
    from datetime import date

    from mgcalc.core.diary.days import MAX_DAYS, DaysResult, date_span
    from mgcalc.core.diary.entries import parse_date

    if not 1 <= count <= MAX_DAYS:
        raise InputError(f"N must be from 1 to {MAX_DAYS} days, got {count}")
    dates = date_span(parse_date(end, date.today()), count)
    days = _days(dates, *person)
    actions.show(DaysResult(days), out)
    _strict(strict, days)


def _strict(strict: bool, days: list[DayResult]) -> None:
    over = [d.day for d in days if d.check.over_ul]
    if strict and over:
        raise LimitExceeded("supplements over the UL on " + ", ".join(over) + " (--strict)")


def log_week(
    end: EndOpt = "today",
    sex: SexOpt = None,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    standard: PersonStandardOpt = None,
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    egfr: EgfrOpt = None,
    strict: StrictOpt = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """The last seven days, one row each, with bars against the RDA and the UL.

    -q prints over if any day is over the UL, not_logged if no day has entries, else within.

    Example: mgcalc log week
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    person = (sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr)
    _run(7, end, person, out, strict)


def log_days(
    count: Annotated[
        int, typer.Argument(metavar="N", parser=whole_number("N"), help="How many days, up to 366.")
    ],
    end: EndOpt = "today",
    sex: SexOpt = None,
    age: AgeOpt = None,
    pregnant: PregnantOpt = False,
    lactating: LactatingOpt = False,
    standard: PersonStandardOpt = None,
    medication: MedicationOpt = None,
    kidney_disease: KidneyOpt = False,
    egfr: EgfrOpt = None,
    strict: StrictOpt = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    svg: SvgOpt = None,
) -> None:
    """The last N days, one row each (as 'log week').

    Example: mgcalc log days 14 --json
    """
    out = actions.OutputOptions.of(fmt, as_json, quiet, svg)
    person = (sex, age, pregnant, lactating, standard, medication, kidney_disease, egfr)
    _run(count, end, person, out, strict)
