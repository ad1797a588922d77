"""README.md and docs/*.md show real runs: every example is run again and must print
what its page shows (regenerate with ``python scripts/update_docs.py``)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from scripts.update_docs import PAGES, REGENERATE, ROOT, examples, require_tools, run_page, stale
from tests.contract.examples import EXAMPLES

README = ROOT / "README.md"


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_example_prints_what_its_page_shows(page: Path) -> None:
    require_tools()
    results = run_page(page)
    messages = stale(results)
    if messages:
        pytest.fail(
            f"{len(messages)} example(s) out of date; regenerate: {REGENERATE}\n\n"
            + "\n\n".join(messages),
            pytrace=False,
        )
    for example, ran in results:
        if ran.code or any(sign in example.command for sign in "|;&>$"):
            continue  # a pipeline's output is what the next command made of it
        words = shlex.split(example.command)
        if "--json" in words or "json" in words:
            json.loads(ran.stdout)
        elif "ndjson" in words:
            for line in ran.stdout.splitlines():
                json.loads(line)


def documented_commands() -> set[str]:
    """The commands (first word after ``mgcalc``) the pages run."""
    found = set()
    for page in PAGES:
        for example in examples(page):
            found |= set(re.findall(r"\bmgcalc ([a-z]+)", example.command))
    return found


def test_every_command_has_an_example_in_the_docs() -> None:
    missing = set(EXAMPLES) - documented_commands()
    assert not missing, f"no example in README.md or docs/ runs: {sorted(missing)}"


def test_readme_fits_and_shows_the_commands_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200, "README.md is at most 200 lines; move detail to docs/"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    quick_start = [
        line.replace("--quiet ", "")
        for line in ci.splitlines()
        if line.startswith("pip install") and "&&" in line
    ]
    assert len(quick_start) == 2
    for line in quick_start:
        assert f"\n{line}\n" in text, f"README's quick start lost what .ci/run runs: {line}"


def test_pages_link_to_pages_that_exist() -> None:
    broken = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            if not (page.parent / target).exists():
                broken.append(f"{page_id(page)} -> {target}")
    assert not broken, broken
