"""A Ctrl-C stays a Ctrl-C however Python wraps it; any other failure stays a record."""

import pytest

from mgcalc.core.errors import EXIT_INTERRUPTED, describe, reraise_interrupt


def _wrapped_interrupt() -> RuntimeError:
    """As Python 3.11 reports a Ctrl-C landing in a class's __set_name__."""
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as interrupt:
            raise RuntimeError("Error calling __set_name__") from interrupt
    except RuntimeError as wrapped:
        return wrapped


def test_a_wrapped_interrupt_is_raised_again_not_described() -> None:
    with pytest.raises(KeyboardInterrupt):
        describe(_wrapped_interrupt())
    with pytest.raises(KeyboardInterrupt):
        reraise_interrupt(_wrapped_interrupt())


def test_other_failures_are_described_as_the_record_error() -> None:
    error = RuntimeError("boom")
    error.__context__ = ValueError("inner")
    reraise_interrupt(error)  # nothing to raise
    assert describe(error) == "internal error: RuntimeError: boom"


def test_a_chain_that_loops_ends(monkeypatch) -> None:
    first, second = ValueError("a"), ValueError("b")
    first.__context__, second.__context__ = second, first
    reraise_interrupt(first)


def test_the_entry_point_exits_130_on_a_wrapped_interrupt(mg, monkeypatch) -> None:
    import mgcalc.entry

    def interrupted(argv):
        raise _wrapped_interrupt()

    monkeypatch.setattr(mgcalc.entry, "run_typer", interrupted)
    ran = mg("elemental", "citrate", "500mg")
    assert ran.code == EXIT_INTERRUPTED == 130
    assert "internal error" not in ran.err


def test_a_batch_record_interrupted_mid_import_ends_the_run(mg, monkeypatch) -> None:
    """Not an 'internal error' record for that line and a run that goes on: exit 130."""
    from mgcalc.cli.batch_input import Rows

    real = Rows.result

    def result(self, text):
        if text.startswith("oxide"):
            raise _wrapped_interrupt()
        return real(self, text)

    monkeypatch.setattr(Rows, "result", result)
    ran = mg(
        "elemental",
        "--batch",
        "-",
        "--format",
        "csv",  # JSON lines of a known form come from a template (batch_fast), not Rows
        stdin="citrate 500mg\noxide 400mg\nglycinate 1g\n",
    )
    assert ran.code == EXIT_INTERRUPTED
    assert "internal error" not in ran.out + ran.err
    assert "glycinate" not in ran.out  # the run stopped at the interrupted line
