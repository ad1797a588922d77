"""``backup`` and ``restore``: the whole home (profile, cabinet, diary) in one file."""

from __future__ import annotations

from typing import Annotated

import typer

from mgcalc.cli import actions
from mgcalc.cli.options import FormatOpt, JsonOpt, QuietOpt
from mgcalc.core.errors import InputError


def backup(
    file: Annotated[str, typer.Argument(metavar="FILE", help="Where to write it ('-': stdout).")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing FILE.")] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write your profile, cabinet and diary to one JSON file ('restore' reads it back).

    Example: mgcalc backup mgcalc-backup.json
    """
    import json
    import sys
    from datetime import datetime
    from pathlib import Path

    from mgcalc.core.diary.backup import BackupResult, document
    from mgcalc.store.backup import current

    taken = current()
    text = json.dumps(document(taken, datetime.now().isoformat(timespec="seconds")), indent=1)
    if file == "-":
        sys.stdout.write(text + "\n")
        return
    out = actions.OutputOptions.of(fmt, as_json, quiet)
    path = Path(file)
    if path.exists() and not force:
        raise InputError(f"{file} exists", suggestion="give --force to overwrite it")
    try:
        temporary = path.with_name(f".{path.name}.partial")
        temporary.write_text(text + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise InputError(f"cannot write {file}: {exc.strerror}") from None
    actions.show(BackupResult(file, taken), out)


def restore(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A backup ('-' for stdin).")],
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Make this home exactly the backup: the profile, cabinet and diary here now "
            "are replaced.",
        ),
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Restore a backup in one step (all or nothing); says what it restored. Entries
    and products already here are kept; a different profile or product needs --replace.

    Example: mgcalc restore mgcalc-backup.json
    """
    from mgcalc.cli.diary_cmds import read_text
    from mgcalc.core.diary.backup import read_backup
    from mgcalc.store.backup import restore as restore_home

    out = actions.OutputOptions.of(fmt, as_json, quiet)
    backup = read_backup(read_text(file))
    with actions.deferred_interrupt() as interrupt:  # all of it, or (before this) nothing
        actions.show(restore_home(file, backup, replace=replace), out)
    if interrupt.pending:
        import sys

        sys.stderr.write("mgcalc: note: interrupted after the restore completed; it is kept\n")
