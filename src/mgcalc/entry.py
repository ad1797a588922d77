"""The ``mgcalc`` console script: one place where every outcome becomes an exit code.

Order of business: the fast path answers the hottest invocations without Typer;
anything else goes to the Typer app. Whatever happens, the user sees one line on
stderr and a documented exit code (design.md), never a traceback, unless
``MGCALC_DEBUG=1`` asks for one.
"""

from __future__ import annotations

import os
import sys

from mgcalc.core.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    MgcalcError,
    error_line,
)


def main() -> None:
    sys.exit(run(sys.argv[1:]))


def run(argv: list[str], *, fast: bool = True) -> int:
    _tolerate_narrow_encodings()
    try:
        code = None
        if fast and not os.environ.get("MGCALC_NO_FASTPATH"):
            from mgcalc.cli.fastpath import try_fast

            code = try_fast(argv)
        if code is None:
            code = run_typer(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_closed_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except MgcalcError as error:
        sys.stderr.write(error_line(str(error)))
        return error.exit_code
    except Exception as error:  # the one place an unexpected error is caught
        if os.environ.get("MGCALC_DEBUG") == "1":
            raise
        first_line = (str(error).splitlines() or [""])[0]
        sys.stderr.write(
            error_line(
                f"{type(error).__name__}: {first_line} (set MGCALC_DEBUG=1 for the traceback)",
                "internal error",
            )
        )
        return EXIT_INTERNAL


def run_typer(argv: list[str]) -> int:
    """Run the Typer app without its own exit handling, so usage errors come here."""
    # typer 0.29 vendors click; its exceptions derive from typer.TyperException.
    from typer import Abort, TyperException
    from typer._click.exceptions import NoArgsIsHelpError, UsageError

    from mgcalc.cli.app import PipeClosed, click_command

    command = click_command()
    try:
        result = command.main(args=argv, prog_name="mgcalc", standalone_mode=False)
    except PipeClosed:
        raise BrokenPipeError from None
    except NoArgsIsHelpError as help_request:
        sys.stdout.write(help_request.format_message() + "\n")
        return EXIT_OK
    except UsageError as error:
        hint = ""
        if error.ctx is not None:
            hint = f" (see '{error.ctx.command_path} --help')"
        message = " ".join(error.format_message().split())
        sys.stderr.write(error_line(f"{message}{hint}"))
        return error.exit_code
    except Abort:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except TyperException as error:
        sys.stderr.write(error_line(" ".join(error.format_message().split())))
        return int(getattr(error, "exit_code", 2))
    return result if isinstance(result, int) else EXIT_OK


def _quiet_closed_pipe() -> int:
    """The reader went away (``| head -1``): stop quietly, as Unix tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_OK


def _tolerate_narrow_encodings() -> None:
    """Under LANG=C or PYTHONIOENCODING=ascii, replace what cannot be encoded."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and not encoding.startswith("utf"):
            reconfigure(errors="replace")
