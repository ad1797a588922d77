"""An error that mixes the saved profile with the command line says which part came
from the profile and how to leave it out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("command", [("check",), ("plan", "--food", "0"), ("log", "day")])
def test_saved_pregnancy_with_a_given_age(mg, command: tuple[str, ...]) -> None:
    assert mg("profile", "set", "--sex", "female", "--age", "30", "--pregnant").code == 0
    ran = mg(*command, "--age", "60")
    assert ran.code == 2 and ran.out == ""
    assert ran.err.count("\n") == 1 and ran.err.startswith("mgcalc: error: ")
    assert "the pregnancy comes from your saved profile" in ran.err
    assert "give --sex female --age 60" in ran.err and "mgcalc profile set" in ran.err
    # the override the message gives works
    assert mg(*command, "--sex", "female", "--age", "60", "--json").code == 0


def test_saved_age_with_a_given_pregnancy(mg) -> None:
    assert mg("profile", "set", "--sex", "female", "--age", "60").code == 0
    ran = mg("check", "--pregnant")
    assert ran.code == 2 and "the age comes from your saved profile" in ran.err
    assert "--age N --pregnant" in ran.err


def test_a_matching_profile_still_works(mg) -> None:
    assert mg("profile", "set", "--sex", "female", "--age", "30", "--pregnant").code == 0
    rec = mg("check", "--age", "35", "--json").json()
    assert rec["pregnant"] is True and rec["profile_used"] is True
