"""-q prints the JSON value of the status, word for word (within, not ok; not_set, not no-ul)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--sex", "female", "--supplement", "200"],
        ["check", "--sex", "female", "--supplement", "600"],
        ["check", "--sex", "male", "--age", "2", "--standard", "eu", "--supplement", "50"],
        ["check", "--sex", "female", "--age", "0.5", "--food", "20"],
    ],
)
def test_check_quiet_is_the_json_ul_status(mg, argv: list[str]) -> None:
    status = mg(*argv, "--json").json()["ul_status"]
    assert mg(*argv, "-q").out == f"{status}\n"
    assert status in ("within", "over", "not_set")


def test_log_day_quiet_is_the_json_ul_status(mg) -> None:
    assert mg("log", "add", "200", "--date", "2026-03-02").code == 0
    for day in ("2026-03-02", "2026-03-01"):
        status = mg("log", "day", day, "--sex", "female", "--json").json()["ul_status"]
        assert mg("log", "day", day, "--sex", "female", "-q").out == f"{status}\n"
