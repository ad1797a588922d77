"""log export takes the shared output options the README promises every data command."""

from __future__ import annotations


def test_export_takes_json_and_quiet(mg) -> None:
    mg("log", "add", "200", "150")
    default = mg("log", "export")
    assert default.code == 0, default.err
    assert mg("log", "export", "--json").json() == default.json()
    assert len(default.json()) == 2
    assert mg("log", "export", "-q").out == "2\n"
    clash = mg("log", "export", "--format", "csv", "--json")
    assert clash.code == 2 and "ask for different outputs" in clash.err
