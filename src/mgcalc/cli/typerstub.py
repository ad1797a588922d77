"""Import a command module for the fast path without importing Typer.

A command module declares its parameters with ``typer.Option``/``typer.Argument``
in ``Annotated`` types (and diary-style groups with ``typer.Typer()`` and
``@group.command()``). Those declarations are read only when Typer builds its
click command; the fast path never does, since the generated command table
already says how to parse argv. Importing Typer for them costs about as much as
the rest of a run, so while the fast path imports a command module (and only
then, only if Typer is not loaded yet) ``typer`` is a stand-in that accepts the
declarations and provides ``typer.Exit``. Any other use of ``typer`` loads the
real one.

Modules imported against the stand-in hold it in their globals; if the real app
is built later in the same process (``schema`` registers every command),
:func:`forget_stubbed` drops them from ``sys.modules`` first so they are imported
again against the real Typer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from types import ModuleType
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Exit(Exception):
    """Stands in for ``typer.Exit``: a command ends with this exit code."""

    def __init__(self, code: int = 0) -> None:
        super().__init__(code)
        self.exit_code = code


class _Declarations:
    """Stands in for ``typer.Typer`` at import time: decorators leave functions as
    they are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        return lambda function: function

    callback = command

    def add_typer(self, *args: Any, **kwargs: Any) -> None:
        pass


def _declared(*args: Any, **kwargs: Any) -> None:
    """``typer.Option(...)``/``typer.Argument(...)``: nothing the fast path reads."""


def _real(name: str) -> Any:
    """Anything beyond declarations: load the real Typer and hand that over."""
    if sys.modules.get("typer") is STUB:
        del sys.modules["typer"]
    return getattr(import_module("typer"), name)


STUB = ModuleType("typer", "Declaration-only stand-in for Typer (see mgcalc.cli.typerstub).")
STUB.Option = _declared  # type: ignore[attr-defined]
STUB.Argument = _declared  # type: ignore[attr-defined]
STUB.Typer = _Declarations  # type: ignore[attr-defined]
STUB.Exit = Exit  # type: ignore[attr-defined]
STUB.__getattr__ = _real  # type: ignore[method-assign]

_stubbed: set[str] = set()


def import_command_module(name: str) -> ModuleType:
    """``import_module(name)``, against the stand-in when Typer is not loaded yet."""
    if "typer" in sys.modules:
        return import_module(name)
    before = set(sys.modules)
    sys.modules["typer"] = STUB
    try:
        return import_module(name)
    except ImportError:  # the module imports from Typer's submodules: use the real one
        for added in set(sys.modules) - before:
            del sys.modules[added]
        return import_module(name)
    finally:
        if sys.modules.get("typer") is STUB:
            del sys.modules["typer"]
        _stubbed.update(
            added
            for added in set(sys.modules) - before
            if vars(sys.modules[added]).get("typer") is STUB
        )


def forget_stubbed() -> None:
    """Drop the modules imported against the stand-in, so they import again for real."""
    for name in _stubbed:
        sys.modules.pop(name, None)
    _stubbed.clear()


def exit_types() -> tuple[type[BaseException], ...]:
    """The ``Exit`` classes a command may raise: the stand-in's, and Typer's if loaded."""
    real = sys.modules.get("typer")
    if real is None or real is STUB:
        return (Exit,)
    return (Exit, real.Exit)
