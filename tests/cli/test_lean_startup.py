"""Start-up stays lean by construction (issue 11): ``schema`` reads the generated
schema table instead of building the Typer app, and ``guide`` draws its Markdown
without rich.markdown. Checked by the modules a fresh process loads, not by time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from mgcalc.cli.schematable import OUTPUTS
from tests.cli.fresh import run_fresh as loaded


def test_schema_builds_no_app() -> None:
    """Every schema, batch ones too, without Typer, pydantic or another command's module."""
    argvs = [["schema", name] for name in OUTPUTS]
    argvs += [["schema", name, "--batch"] for name, output in OUTPUTS.items() if output["batch"]]
    argvs.append(["schema", "elementl"])
    codes, modules = loaded(argvs)
    assert codes == [0] * (len(argvs) - 1) + [2]
    assert not {"typer", "pydantic", "rich", "mgcalc.cli.app"} & modules
    assert {m for m in modules if m.startswith("mgcalc.cli.")} <= {
        "mgcalc.cli.commandtable",
        "mgcalc.cli.complete",
        "mgcalc.cli.fastpath",
        "mgcalc.cli.info_cmds",
        "mgcalc.cli.options",
        "mgcalc.cli.schematable",
        "mgcalc.cli.typerstub",
    }


def test_guide_draws_without_rich_markdown() -> None:
    """Every topic in a pipe loads no rich at all; on a terminal, rich but not
    rich.markdown (markdown-it, pygments)."""
    from mgcalc.data.knowledge import topics

    argvs = [["guide"], *(["guide", topic.id] for topic in topics())]
    codes, modules = loaded(argvs)
    assert codes == [0] * len(argvs)
    assert not {"typer", "pydantic", "rich", "markdown_it", "pygments"} & modules
    codes, modules = loaded(argvs[:3], FORCE_COLOR="1")
    assert codes == [0] * 3
    assert "rich.console" in modules
    assert not {"typer", "pydantic", "rich.markdown", "markdown_it", "pygments"} & modules


TABLES = [
    ["plan", "--sex", "male", "--age", "45", "--food", "250", "--form", "citrate"],
    ["cabinet", "add", "morning", "Magnesium (as magnesium citrate) 150 mg"],
    ["label", "Magnesium (as citrate) 200 mg 48%"],
    ["compare", "--product", "A,citrate,500mg,compound,60,12.50"],
    ["log", "day", "--sex", "female", "--age", "34"],
    ["log", "week", "--sex", "female", "--age", "34"],
    ["check", "--sex", "female", "--age", "34", "--food", "250", "--supplement", "300"],
    ["elemental", "citrate", "500mg"],
    ["forms"],
]


_PIPE_SCRIPT = """
import json, sys
from mgcalc.entry import run
codes = [run(argv) for argv in json.loads(sys.argv[1])]
sys.stderr.write("\\n" + json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""


def piped(argvs: list[list[str]], **env: str) -> tuple[list[int], set[str], str]:
    """Exit codes, loaded modules and stdout of ``argvs`` run in one fresh process
    whose stdout is a pipe."""
    proc = subprocess.run(
        [sys.executable, "-c", _PIPE_SCRIPT, json.dumps(argvs)],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stderr.decode().rsplit("\n", 1)[-1])
    return result["codes"], set(result["modules"]), proc.stdout.decode("ascii", "replace")


def test_tables_in_a_pipe_load_no_rich(tmp_path) -> None:
    """Tables in a pipe come from the plain writer, at any width, and in ASCII on a
    stream that cannot encode more; with FORCE_COLOR rich draws them."""
    for env in ({}, {"COLUMNS": "40"}, {"PYTHONIOENCODING": "ascii", "LANG": "C"}):
        home = tmp_path / str(len(env))
        codes, modules, out = piped(TABLES, MGCALC_HOME=str(home), **env)
        assert codes == [0] * len(TABLES)
        assert not {m for m in modules if m == "rich" or m.startswith("rich.")}, env
        assert out.isascii() == ("LANG" in env) and "80.82 mg" in out
    codes, modules, _ = piped(TABLES[:2], MGCALC_HOME=str(tmp_path / "c"), FORCE_COLOR="1")
    assert codes == [0, 0] and {"rich.console", "rich.table"} <= modules


def test_tables_on_a_terminal_are_drawn_by_rich(tmp_path) -> None:
    """On a real terminal (a pty) the table has rich's styles: the bold title."""
    import pty

    main, side = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    proc = subprocess.run(
        [sys.executable, "-m", "mgcalc", "elemental", "citrate", "500mg"],
        stdin=subprocess.DEVNULL,
        stdout=side,
        stderr=subprocess.PIPE,
        env={**env, "MGCALC_HOME": str(tmp_path), "COLUMNS": "80", "TERM": "xterm"},
        timeout=60,
    )
    os.close(side)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    assert proc.returncode == 0, proc.stderr
    assert b"\x1b[1m" in drawn and "─".encode() in drawn and b"80.82 mg" in drawn
