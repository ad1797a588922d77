"""Run the examples in README.md and docs/*.md and write their real output back.

An example is a ```console block: each line that starts with ``$ `` is a command,
and the lines after it, up to the next command, are what it printed: stdout, then
stderr, then ``[exit N]`` when N is not 0. Commands run in bash with pipefail, in a
pipe (no terminal, so tables are plain text), 100 columns wide, with NO_COLOR set.
The commands of one page run in order in a fresh directory with
``MGCALC_HOME=mgcalc-home``, so the diary examples build on each other and never
touch a real diary; they give their dates (``--date``, ``--end``), so a run next year
prints what a run today prints. Pages run in parallel.

    python scripts/update_docs.py            rewrite the pages whose examples changed
                                             (and docs/keys.md, from the schemas)
    python scripts/update_docs.py --check    name the stale examples, change nothing

tests/test_docs.py runs the same check on every page.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
REGENERATE = "python scripts/update_docs.py"

BLOCK = re.compile(r"^```console\n(?P<body>.*?)^```$", re.S | re.M)
# Variables that change what mgcalc prints besides its arguments; the examples set
# their own width and colour, and none of the others.
AMBIENT = (
    "COLUMNS",
    "LINES",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "MGCALC_DEBUG",
    "MGCALC_BUSY_TIMEOUT_MS",
)


@dataclass(frozen=True)
class Example:
    page: Path
    number: int  # 1-based, in the page's order
    command: str
    shown: str  # the output the page shows

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}: example {self.number}: $ {self.command}"


@dataclass(frozen=True)
class Ran:
    stdout: str
    stderr: str
    code: int

    @property
    def shown(self) -> str:
        """The output as a page shows it: trailing spaces and blank lines dropped."""
        lines = [line.rstrip() for line in (self.stdout + self.stderr).splitlines()]
        if self.code:
            lines.append(f"[exit {self.code}]")
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines)


def split_block(body: str) -> Iterator[tuple[str, str]]:
    """(command, output) for each ``$ `` line of a console block."""
    command: str | None = None
    output: list[str] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield command, "\n".join(output).rstrip("\n")
            command, output = line[2:], []
        elif command is not None:
            output.append(line)
    if command is not None:
        yield command, "\n".join(output).rstrip("\n")


def examples(page: Path) -> list[Example]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        for command, shown in split_block(match["body"]):
            found.append(Example(page, len(found) + 1, command, shown))
    return found


def environment(bin_dir: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in AMBIENT}
    env.update(
        COLUMNS="100",
        NO_COLOR="1",
        MGCALC_HOME="mgcalc-home",
        # the mgcalc (and python) of the interpreter running this, first
        PATH=bin_dir + os.pathsep + env.get("PATH", ""),
    )
    return env


def run_page(page: Path) -> list[tuple[Example, Ran]]:
    """Run a page's examples in order, in a fresh directory."""
    env = environment(str(Path(sys.executable).parent))
    results = []
    with tempfile.TemporaryDirectory(prefix="mgcalc-docs-") as workdir:
        for example in examples(page):
            proc = subprocess.run(
                ["bash", "-o", "pipefail", "-c", example.command],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=workdir,
                stdin=subprocess.DEVNULL,
                timeout=120,
            )
            results.append((example, Ran(proc.stdout, proc.stderr, proc.returncode)))
    return results


def stale(results: list[tuple[Example, Ran]]) -> list[str]:
    """One message per example whose real output differs from the page, with a diff."""
    messages = []
    for example, ran in results:
        if ran.shown != example.shown:
            diff = difflib.unified_diff(
                example.shown.splitlines(),
                ran.shown.splitlines(),
                "page",
                "real run",
                lineterm="",
                n=1,
            )
            messages.append(example.where + "\n" + "\n".join(list(diff)[:40]))
    return messages


def rewrite(page: Path, results: list[tuple[Example, Ran]]) -> bool:
    """Write the real outputs into the page; True when it changed."""
    text = page.read_text(encoding="utf-8")
    outputs = iter(ran.shown for _, ran in results)

    def block(match: re.Match[str]) -> str:
        parts = []
        for command, _ in split_block(match["body"]):
            output = next(outputs)
            parts.append(f"$ {command}\n{output}\n" if output else f"$ {command}\n")
        return "```console\n" + "".join(parts) + "```"

    new = BLOCK.sub(block, text)
    if new != text:
        page.write_text(new, encoding="utf-8")
    return new != text


def require_tools() -> None:
    missing = [tool for tool in ("bash", "jq") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"the examples need {', '.join(missing)} on PATH")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    require_tools()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        runs = dict(zip(PAGES, pool.map(run_page, PAGES), strict=True))
    if args.check:
        messages = [message for results in runs.values() for message in stale(results)]
        for message in messages:
            print(message, end="\n\n")
        if messages:
            print(f"{len(messages)} example(s) out of date; regenerate: {REGENERATE}")
        return 1 if messages else 0
    for page, results in runs.items():
        if rewrite(page, results):
            print(f"updated {page.relative_to(ROOT)}")
    # docs/keys.md: the key glossary, generated from the schemas (scripts/keys_doc.py)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "keys_doc.py")], check=False)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
