"""The ``mgcalc`` console script: one place where every outcome becomes an exit code.

The Typer app (:mod:`mgcalc.cli.app`) parses every invocation. Whatever happens,
the user sees one line on stderr and a documented exit code, never a traceback,
unless ``MGCALC_DEBUG=1`` asks for one.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from typing import Any

from mgcalc.core.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_OK,
    InputError,
    MgcalcError,
    error_line,
    reraise_interrupt,
)
from mgcalc.interrupt import stop_on_interrupt

MAX_ARGUMENT_CHARS = 10_000  # a pasted label panel is 5,000 at most
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EBADF, errno.EPIPE}


def main() -> None:
    stop_on_interrupt()
    code = run(sys.argv[1:])
    stop_on_interrupt()  # and while the last output is flushed on the way out
    sys.exit(code)


def run(argv: list[str]) -> int:
    saved = sys.stderr
    try:
        return _run(argv)
    finally:
        if isinstance(sys.stderr, StderrGuard):
            sys.stderr = saved


def _run(argv: list[str]) -> int:
    _tolerate_narrow_encodings()
    _forget_unusable_columns()
    try:
        with contextlib.suppress(ValueError, OSError):
            signal.signal(signal.SIGINT, signal.default_int_handler)
        _check_streams()
        _check_lengths(argv)
        code = run_typer(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_closed_pipe()
    except SystemExit as exit_request:
        # rich and click end a help page whose reader has gone with exit 1
        if isinstance(exit_request.__context__, BrokenPipeError):
            return _quiet_closed_pipe()
        raise
    except KeyboardInterrupt:
        _say("\n")
        return EXIT_INTERRUPTED
    except MgcalcError as error:
        _say(error_line(str(error)))
        return error.exit_code
    except OSError as error:
        if error.errno not in _WRITE_ERRORS or os.environ.get("MGCALC_DEBUG") == "1":
            return _internal(error)
        _discard_stdout()
        _say(error_line(f"cannot write the output: {error.strerror or error}"))
        return EXIT_IO
    except Exception as error:  # the one place an unexpected error is caught
        try:
            reraise_interrupt(error)
        except KeyboardInterrupt:
            _say("\n")
            return EXIT_INTERRUPTED
        return _internal(error)


def _internal(error: Exception) -> int:
    if os.environ.get("MGCALC_DEBUG") == "1":
        raise error
    first_line = (str(error).splitlines() or [""])[0]
    _say(
        error_line(
            f"{type(error).__name__}: {first_line} (set MGCALC_DEBUG=1 for the traceback)",
            "internal error",
        )
    )
    return EXIT_INTERNAL


def _say(text: str) -> None:
    """A message on stderr, if anyone is still reading it."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass


def _check_streams() -> None:
    """A closed stdout (``>&-``) is one clear error, and so is reading a closed stdin
    (``<&-``); a closed stderr is tolerated."""
    if sys.stdin is None:
        sys.stdin = ClosedInput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
    if not isinstance(sys.stderr, StderrGuard):
        sys.stderr = StderrGuard(sys.stderr)
    if sys.stdout is None:
        raise OutputClosed("standard output is closed; nothing can be printed")


def _check_lengths(argv: list[str]) -> None:
    for position, arg in enumerate(argv, 1):
        if len(arg) > MAX_ARGUMENT_CHARS:
            raise InputError(
                f"argument {position} has {len(arg):,} characters; "
                f"the limit is {MAX_ARGUMENT_CHARS:,}"
            )


class StderrGuard:
    """stderr whose reader may have gone (``2> >(head -c1)``): a failed write ends the
    messages, never the command, so records on stdout are still written (and a broken
    stderr is not mistaken for a closed stdout)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                return int(self.stream.write(text))
            except (OSError, ValueError):
                self.gone = True
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                self.gone = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class ClosedInput(io.TextIOBase):
    """Stands in for a closed stdin: reading it is an input error, not a crash."""

    def _closed(self) -> InputError:
        return InputError("standard input is closed; pipe the input in or give a FILE")

    def read(self, size: int | None = -1) -> str:
        raise self._closed()

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        raise self._closed()

    @property
    def buffer(self) -> Any:
        raise self._closed()

    def isatty(self) -> bool:
        return False


class OutputClosed(MgcalcError):
    exit_code = EXIT_IO


def _discard_stdout() -> None:
    """After a failed write, send what is still buffered to /dev/null, so that the
    flush at exit does not fail a second time with Python's own message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def run_typer(argv: list[str]) -> int:
    """Run the Typer app without its own exit handling, so usage errors come here."""
    from typer import Abort, TyperException

    from mgcalc.cli.app import PipeClosed, click_command
    from mgcalc.cli.layout import help_width

    command = click_command()
    try:
        result = command.main(
            args=argv, prog_name="mgcalc", standalone_mode=False, terminal_width=help_width()
        )
    except PipeClosed:
        raise BrokenPipeError from None
    except TyperException as error:  # click's usage errors (typer vendors click) derive from it
        context = getattr(error, "ctx", None)  # a usage error knows the command it is about
        hint = f" (see '{context.command_path} --help')" if context is not None else ""
        message = " ".join(error.format_message().split())
        sys.stderr.write(error_line(f"{message}{hint}"))
        return error.exit_code
    except Abort:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
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


def _forget_unusable_columns() -> None:
    """COLUMNS=0, -5 or abc is unset, for help and tables alike (rich would draw
    help zero columns wide)."""
    from mgcalc.render import columns_from_env

    if "COLUMNS" in os.environ and columns_from_env() is None:
        del os.environ["COLUMNS"]
