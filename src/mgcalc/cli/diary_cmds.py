"""``log``: writing the diary (add, none, remove, undo) and moving it (export, import).

Days and weeks are read by :mod:`mgcalc.cli.days_cmds`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt, whole_number
from mgcalc.core.errors import InputError

if TYPE_CHECKING:
    from mgcalc.core.diary.entries import Entry
    from mgcalc.core.diary.standing import Logged

DateOpt = Annotated[
    str,
    typer.Option(
        "--date",
        metavar="DATE",
        help="YYYY-MM-DD, MM-DD, today, yesterday, a weekday (monday) or days back (-2).",
    ),
]
TimeOpt = Annotated[
    str | None,
    typer.Option("--time", metavar="HH:MM", help="Time taken (default: now, for today)."),
]


def _when(date_text: str, time_text: str | None) -> tuple[str, str | None, str]:
    from datetime import datetime

    from mgcalc.core.diary.dates import not_future
    from mgcalc.core.diary.entries import parse_date, parse_time

    now = datetime.now().astimezone()  # logged_at carries its UTC offset
    day = not_future(parse_date(date_text, now.date()), now.date())
    time: str | None
    if time_text is not None:
        time = parse_time(time_text)
    else:
        time = now.strftime("%H:%M") if day == now.date().isoformat() else None
    return day, time, now.isoformat(timespec="microseconds")


def log_add(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ITEM]...",
            help="A cabinet product with an optional count of servings (nightly x2), "
            "or FORM AMOUNT (glycinate 400mg), or elemental mg (300).",
        ),
    ] = None,
    food: Annotated[
        list[str] | None,
        typer.Option("--food", metavar="MG|FOOD", help="Food: 'almonds 1oz' or mg. Repeatable."),
    ] = None,
    date: DateOpt = "today",
    time: TimeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Log supplements and foods (one transaction); prints the entries with their ids.

    Example: mgcalc log add nightly x2 "glycinate 400mg" --food "almonds 1oz"
    """
    from mgcalc.core.diary.items import build_entries
    from mgcalc.store.cabinet import all_products
    from mgcalc.store.db import connect
    from mgcalc.store.diary import add_entries, day_entries

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    if not items and not food:
        raise InputError("give something to log: a product, 'FORM AMOUNT' or --food")
    day, at, logged_at = _when(date, time)
    connection = connect(create=True)
    assert connection is not None
    try:
        products = {p.name.lower(): p for p in all_products(connection)}
        entries = build_entries(
            items or [], food or [], products, day=day, time=at, logged_at=logged_at
        )
        earlier = day_entries(connection, day)
        with actions.deferred_interrupt() as interrupt:
            stored = add_entries(entries, connection=connection)
            logged = {e.item.lower() for e in stored if e.kind == "product"}
            low = [
                p.name
                for p in all_products(connection)
                if p.name.lower() in logged and p.nearly_empty
            ]
            actions.show(_logged(stored, earlier, day, low), out)
    finally:
        connection.close()
    _kept(interrupt.pending, stored)


def _logged(stored: list[Entry], earlier: list[Entry], day: str, logged: list[str]) -> Logged:
    """The entries with the day's standing for the saved person, and the questions."""
    from mgcalc.core.diary.standing import Logged, Standing, questions
    from mgcalc.core.intake.for_person import stage_for
    from mgcalc.core.reference.interactions import medication_use
    from mgcalc.store.profile import load

    profile = load()
    stage = None
    uses = []
    if profile is not None:
        stage = stage_for(
            sex=profile.sex,
            age=profile.age,
            pregnant=profile.pregnant,
            lactating=profile.lactating,
            standard=profile.standard,
        )
        uses = [medication_use(text) for text in profile.medications]
    warnings = questions(stored, earlier, uses)
    warnings += [f"{name} is nearly empty: under a week of servings left" for name in logged]
    return Logged(stored, Standing(day, stage, [*earlier, *stored], warnings))


def _kept(interrupted: bool, stored: list[Entry]) -> None:
    """Ctrl-C after the entries were stored: they are kept, and this says so (exit 0)."""
    if interrupted:
        ids = " ".join(str(entry.id) for entry in stored)
        sys.stderr.write(
            f"mgcalc: note: interrupted after the entries were stored; they are kept (ids "
            f"{ids}; 'mgcalc log undo' takes them back)\n"
        )


def log_none(
    date: DateOpt = "today",
    time: TimeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Record 'no supplements' for a day (a day with nothing logged stays unknown); a
    day that holds supplements is refused.

    Example: mgcalc log none --date yesterday
    """
    from mgcalc.core.diary.entries import Entries, none_entry
    from mgcalc.store.diary import add_entries, entries_between

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    day, at, logged_at = _when(date, time)
    held = entries_between(day, day)
    taken = [e for e in held if e.kind in ("product", "supplement")]
    if taken:
        ids = ", ".join(f"#{e.id} {e.item}" for e in taken)
        raise InputError(
            f"{day} holds supplements ({ids}); 'none' would contradict them",
            suggestion="remove them first with 'mgcalc log remove ID' if they were wrong",
        )
    if any(e.kind == "none" for e in held):
        raise InputError(f"{day} is already recorded as a day without supplements")
    with actions.deferred_interrupt() as interrupt:
        stored = add_entries([none_entry(day, at, logged_at)])
        actions.show(Entries(stored), out)
    _kept(interrupt.pending, stored)


def log_remove(
    entry_id: Annotated[
        int, typer.Argument(metavar="ID", parser=whole_number("ID"), help="The entry's id.")
    ],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Remove one entry by id; prints what was removed.

    Example: mgcalc log remove 12
    """
    from mgcalc.core.diary.entries import Entries
    from mgcalc.store.diary import remove_entries

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    actions.show(Entries(remove_entries(entry_id), removed=True), out)


def log_undo(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Remove what the last 'log add' or 'log none' stored; prints it.

    Example: mgcalc log undo
    """
    from mgcalc.core.diary.entries import Entries
    from mgcalc.store.diary import remove_entries

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    actions.show(Entries(remove_entries(None), removed=True), out)


def log_export(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", metavar="json|csv|ndjson", help="Export format (default json)."
        ),
    ] = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Every entry, exactly, for a backup or another tool ('log import' reads it back);
    -q prints the number of entries.

    Example: mgcalc log export --format csv
    """
    from mgcalc.core.diary.transfer import write_csv
    from mgcalc.render import machine
    from mgcalc.store.diary import all_entries

    chosen = (fmt or "json").strip().lower()
    if chosen not in ("json", "csv", "ndjson"):
        raise InputError(f"unknown export format '{fmt}'", suggestion="choose json, csv or ndjson")
    actions.check_conflicts(fmt and chosen, as_json, quiet)
    entries = all_entries()
    machine.utf8(sys.stdout)  # an export is read back: UTF-8 whatever the locale
    if quiet:
        sys.stdout.write(f"{len(entries)}\n")
    elif chosen == "csv":
        write_csv(entries, sys.stdout)
    elif chosen == "ndjson":
        for entry in entries:
            machine.write_ndjson(entry.record(), sys.stdout)
    else:
        machine.write_json([entry.record() for entry in entries], sys.stdout)


def log_import(
    file: Annotated[str, typer.Argument(metavar="FILE", help="An export ('-' for stdin).")],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Add the entries of an export (JSON, NDJSON or CSV) in one transaction; a bad
    record changes nothing. Entries already in the diary are skipped.

    Example: mgcalc log import backup.json
    """
    from mgcalc.core.diary.transfer import ImportResult, read_entries
    from mgcalc.store.diary import import_entries

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    entries = read_entries(read_text(file))
    imported, present = import_entries(entries)
    actions.show(ImportResult(file, len(entries), imported, present), out)


def read_text(file: str) -> str:
    """A file (or stdin, '-') as UTF-8 text, or one clear error."""
    try:
        if file == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        with open(file, "rb") as stream:
            return stream.read().decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{file} is not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror}") from None
