"""Start-up stays lean by construction (issue 11): ``schema`` reads the generated
schema table instead of building the Typer app, and ``guide`` draws its Markdown
without rich.markdown. Checked by the modules a fresh process loads, not by time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from mgcalc.cli.schematable import OUTPUTS

_SCRIPT = """
import io, json, sys
from mgcalc.entry import run
argvs = json.loads(sys.argv[1])
sys.stdout = io.StringIO()
codes = [run(argv) for argv in argvs]
sys.stdout = sys.__stdout__
print(json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""


def loaded(argvs: list[list[str]], **env: str) -> tuple[list[int], set[str]]:
    """Exit codes of ``argvs`` run in one fresh process, and the modules it loaded."""
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(argvs)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    return result["codes"], set(result["modules"])


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
    from mgcalc.data import topics

    argvs = [["guide"], *(["guide", topic.id] for topic in topics())]
    codes, modules = loaded(argvs)
    assert codes == [0] * len(argvs)
    assert not {"typer", "pydantic", "rich", "markdown_it", "pygments"} & modules
    codes, modules = loaded(argvs[:3], FORCE_COLOR="1")
    assert codes == [0] * 3
    assert "rich.console" in modules
    assert not {"typer", "pydantic", "rich.markdown", "markdown_it", "pygments"} & modules
