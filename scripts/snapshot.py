#!/usr/bin/env python3
"""Snapshot what mgcalc prints, and compare two snapshots.

Why this exists: mgcalc is being restructured file by file. Users must not notice: every
command, README example, error and batch run has to print the same bytes and exit with
the same code afterwards. This script holds a corpus of a few hundred real invocations,
runs them against a given ``mgcalc`` executable and writes exit code, stdout and stderr of
each to one JSON file; ``compare`` then shows what changed between two such files.

Each case has a kind:

- ``json``: ``--json`` / ``--format json`` output (and ``schema``), a contract;
- ``machine``: csv, ndjson, ``-q``, markdown, completion, batch streams: also a contract;
- ``error``: the point is the exit code and the one line on stderr;
- ``table``: plain tables, help pages, SVG: their layout may change, so differences are
  reported apart and do not fail ``compare``.

Runs are deterministic: a fresh temporary root per run of the corpus, one MGCALC_HOME per
stateless case (each empty) and one per stateful group (profile, cabinet, diary), whose
cases run in the order listed; the diary is always given explicit ``--date``/``--end``;
COLUMNS=100, NO_COLOR=1, LANG=C.UTF-8 and TZ=UTC (of the caller's environment only PATH
is passed on; PYTHONHASHSEED is left random: the output does not depend on it). Outputs are
normalised: the MGCALC_HOME path becomes ``<MGCALC_HOME>`` and ISO timestamps of the
current run (``added_at``, ``logged_at``: the wall clock at which something was stored)
keep their length but have their digits replaced by ``N``.

Usage:
    python scripts/snapshot.py [run] --mgcalc PATH --out FILE [--jobs N] [--only TEXT]
    python scripts/snapshot.py compare OLD.json NEW.json [--context N] [--all-tables]
    python scripts/snapshot.py list
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import datetime
import difflib
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

KINDS = ("json", "machine", "error", "table")
FATAL_KINDS = frozenset({"json", "machine", "error"})
FORMAT_VERSION = 1
TIMEOUT_S = 120
DIFF_LINES = 40

# --- the corpus ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Case:
    """One invocation: argv after ``mgcalc``, stdin text, and what its output is."""

    argv: tuple[str, ...]
    kind: str
    stdin: str | None = None
    # None: a fresh, empty MGCALC_HOME of its own; a name: the shared home of a stateful
    # group, whose cases run one after another in corpus order
    home: str | None = None
    env: tuple[tuple[str, str], ...] = ()
    # shell redirection applied to mgcalc: "", "<&-" (closed stdin), ">/dev/full", ">&-"
    redirect: str = ""
    # files written into the case's working directory (its MGCALC_HOME) before the run
    files: tuple[tuple[str, str], ...] = ()

    def label(self) -> str:
        parts = [f"[{self.home}]"] if self.home else []
        parts.extend(f"{key}={value}" for key, value in self.env)
        parts.append(shlex.join(["mgcalc", *self.argv]))
        if self.redirect:
            parts.append(self.redirect)
        if self.stdin is not None:
            digest = hashlib.sha1(self.stdin.encode("utf-8")).hexdigest()[:8]
            parts.append(f"<<< {json.dumps(self.stdin, ensure_ascii=False)[:40]}... [{digest}]")
        return " ".join(parts)


Command = str | Sequence[str]  # a str is split as a shell would (shlex)


def c(
    kind: str,
    command: Command,
    *,
    stdin: str | None = None,
    home: str | None = None,
    env: Mapping[str, str] | None = None,
    redirect: str = "",
    files: Mapping[str, str] | None = None,
) -> Case:
    """One case: ``c("json", "elemental citrate 500mg --json")``."""
    argv = tuple(shlex.split(command)) if isinstance(command, str) else tuple(command)
    return Case(
        argv,
        kind,
        stdin=stdin,
        home=home,
        env=tuple((env or {}).items()),
        redirect=redirect,
        files=tuple((files or {}).items()),
    )


FORMAT_FLAGS: dict[str, tuple[tuple[str, ...], str]] = {
    "json": (("--json",), "json"),
    "fjson": (("-f", "json"), "json"),
    "csv": (("--format", "csv"), "machine"),
    "ndjson": (("-f", "ndjson"), "machine"),
    "q": (("-q",), "machine"),
    "table": ((), "table"),
}
ALL_FORMATS = ("json", "csv", "ndjson", "q", "table")


def variants(
    command: Command,
    formats: Iterable[str] = ALL_FORMATS,
    *,
    stdin: str | None = None,
    home: str | None = None,
) -> list[Case]:
    """The same invocation in several output formats."""
    argv = tuple(shlex.split(command)) if isinstance(command, str) else tuple(command)
    cases = []
    for name in formats:
        flags, kind = FORMAT_FLAGS[name]
        cases.append(Case((*argv, *flags), kind, stdin=stdin, home=home))
    return cases


def errors(*commands: Command) -> list[Case]:
    return [c("error", command) for command in commands]


def words(text: str) -> list[str]:
    return text.split()


FORM_IDS = words(
    "oxide hydroxide carbonate-anhydrous phosphate chloride-anhydrous carbonate-usp "
    "buffered-glycinate sulfate-anhydrous carbonate-trihydrate fumarate sulfate-monohydrate "
    "succinate acetate-anhydrous hydroxide-pentahydrate citrate malate glycinate citrate-malate "
    "glycerophosphate-anhydrous lactate-anhydrous chloride-hexahydrate citrate-nonahydrate "
    "glycerophosphate-ph-eur malate-trihydrate glycerophosphate-monohydrate citrate-dibasic "
    "acetate-tetrahydrate lactate-dihydrate sulfate-heptahydrate picolinate taurate pidolate "
    "aspartate-anhydrous threonate aspartate-dihydrate orotate-anhydrous magtein acetyl-taurate "
    "aspartate-tetrahydrate orotate-dihydrate ascorbate gluconate-anhydrous "
    "gluconate-monohydrate gluconate-dihydrate"
)
GOALS = words(
    "general sleep muscle-cramps constipation blood-pressure blood-sugar energy migraine "
    "sensitive-stomach"
)
TOPICS = words(
    "what-is how-it-works best-form how-much when side-effects food who-is-at-risk cycling "
    "combining long-term-safety branded-vs-generic loading-phase medications sleep goals "
    "mechanisms pharmacokinetics"
)
SCHEMAS = words(
    "cabinet check compare compound convert elemental evidence food forms guide interactions "
    "label log log-day log-import log-week plan profile serum sources where"
)
BATCH_SCHEMAS = words("elemental compound convert label food serum check plan")
COMMANDS = words(
    "elemental compound convert serum check plan label compare forms food evidence guide "
    "interactions sources schema where profile cabinet log"
)
SUBCOMMANDS = {
    "profile": words("set show clear"),
    "cabinet": words("add list show remove"),
    "log": words("add none remove undo export import day week days"),
}

COMPARE_CSV = (
    "name,form,amount,amount_is,units,price\n"
    "Gentle,glycinate,500mg,compound,120,19.99\n"
    "Basic,oxide,250mg,elemental,100,6.50\n"
    "Broken,unobtainium,1g,compound,10,5\n"
)
COMPARE_GOOD_CSV = (
    "name,form,amount,amount_is,units,price\n"
    "Gentle,glycinate,500mg,compound,120,19.99\n"
    "Basic,oxide,250mg,elemental,100,6.50\n"
    "Citra,citrate,150mg,elemental,120,14\n"
)

# stdin for --batch: good lines, a bad line in the middle, comments, blanks, CSV headers
BATCH: dict[str, str] = {
    "elemental": "citrate 500mg\nfoo 1g\n\n# comment\nepsom salt 1 g\n",
    "compound": "glycinate 200mg\nnope 1g\noxide 100mg\n",
    "convert": "10 mmol\nfoo\n240mg\n5 mEq\n",
    "label": "Magnesium citrate 500 mg\n=HYPERLINK(1)\nMagnesium (as oxide) 250 mg 60% DV\n",
    "food": "almonds 1oz\nzzzzqqq 1g\nspinach, 1 cup\n",
    "serum": "2.0 mg/dL\n0.5 mmol/L\nnonsense\n1.7 mEq/L\n",
    "check": "sex,age,food,supplement\nfemale,34,almonds 1oz,glycinate 1000mg\nmale,abc,,\n"
    "male,45,300,400\n",
    "plan": "sex,age,food,medication\nfemale,34,200,doxycycline\nmale,45,,\nmale,70,150,\n",
}
BATCH_CSV: dict[str, str] = {
    "elemental": "form,amount\ncitrate,500mg\nunobtainium,1g\nglycinate,1 g\n",
    "compound": "form,elemental\nglycinate,200mg\noxide,nope\n",
    "food": "food,amount\nalmonds,1oz\nbanana,1\n",
}
BATCH_GOOD: dict[str, str] = {
    "elemental": "citrate 500mg\nglycinate 1g\noxide 400 mg\n",
    "convert": "10 mmol\n240mg\n",
    "serum": "2.0 mg/dL\n0.85 mmol/L\n",
}

CHECK_PEOPLE_CSV = (
    "name,sex,age,food,supplement\nAnn,female,34,250,glycinate 1000mg\nBob,male,45,300,400\n"
)
CHECK_PEOPLE_FULL_CSV = (
    "sex,age,pregnant,lactating,standard,food,supplement,medication,kidney_disease,egfr\n"
    "female,30,yes,no,us,250,citrate 500mg;oxide 250mg,ppi,no,\n"
    "female,28,no,x,eu,almonds 1oz;300,200,levothyroxine,no,90\n"
    "male,70,no,no,us,200,250,metformin;Synthroid,no,40\n"
    "male,60,no,no,us,200,100,,yes,\n"
    "male,40,yes,no,us,200,100,,,\n"
)
PLAN_PEOPLE_CSV = (
    "sex,age,food,form,unit_size,unit_is_compound,goal,medication\n"
    "female,34,200,citrate,500mg,yes,sleep,doxycycline\n"
    "male,45,150,glycinate,100mg,no,muscle-cramps,\n"
    "male,20,0,oxide,,,constipation,\n"
    "female,8,50,glycinate,,,general,\n"
    "female,34,200,citrate,,,slep,\n"
)

PANEL = (
    "Supplement Facts\nServing Size 2 Capsules\n"
    "Magnesium (as magnesium glycinate) 200 mg 48%\n"
    "Zinc (as zinc picolinate) 15 mg 136%\n"
    "Other ingredients: cellulose, magnesium stearate\n"
)

# A diary export with fixed logged_at stamps (log import input): JSON, NDJSON and CSV.
EXPORT_HEADER = "id,date,clock,kind,item,count,elemental_mg,form,food,compound_mg,source,logged_at"
EXPORT_CSV = f"""{EXPORT_HEADER}
1,2025-03-01,08:00,product,nightly,1,200.0,glycinate,,,,2025-03-01T09:10:00.000000
2,2025-03-01,08:00,supplement,glycinate 1000mg,1,140.96,glycinate,,1000.0,PUBCHEM,\
2025-03-01T09:11:00.000000
3,2025-03-01,,food,almonds 1oz,1,79.1,,"Nuts, almonds, dry roasted, without salt added",,\
USDA,2025-03-01T09:12:00.000000
4,2025-03-02,,none,no supplements,1,0.0,,,,,2025-03-02T09:13:00.000000
"""


def _export_records() -> list[dict[str, object]]:
    import csv
    import io

    records: list[dict[str, object]] = []
    for row in csv.DictReader(io.StringIO(EXPORT_CSV)):
        record: dict[str, object] = {key: value or None for key, value in row.items()}
        record["count"] = int(row["count"])
        record["elemental_mg"] = float(row["elemental_mg"])
        record["compound_mg"] = float(row["compound_mg"]) if row["compound_mg"] else None
        records.append(record)
    return records


EXPORT_JSON = json.dumps(_export_records(), indent=2) + "\n"
EXPORT_NDJSON = "".join(json.dumps(record) + "\n" for record in _export_records())
# an export written before the clock and food fields (time; a food's name in form)
EXPORT_OLD_JSON = """[
 {"id": "1", "date": "2025-04-01", "time": "07:30", "kind": "supplement",
  "item": "citrate 500mg", "count": 1, "elemental_mg": 80.82, "form": "citrate",
  "compound_mg": 500.0, "source": "PUBCHEM", "logged_at": "2025-04-01T07:31:00.000000"},
 {"id": "2", "date": "2025-04-01", "time": null, "kind": "food", "item": "spinach 1 cup",
  "count": 1, "elemental_mg": 23.7, "form": "Spinach, raw", "compound_mg": null,
  "source": "USDA", "logged_at": "2025-04-01T07:31:00.000000"}
]
"""


def help_cases() -> list[Case]:
    cases = [c("table", "--help"), c("table", "-h"), c("table", [])]
    cases += [c("table", [command, "--help"]) for command in COMMANDS]
    for group, subs in SUBCOMMANDS.items():
        cases.append(c("table", [group]))  # no_args_is_help
        cases += [c("table", [group, sub, "-h"]) for sub in subs]
    cases += [c("machine", "--version"), c("machine", "-V")]
    cases.append(c("machine", "--show-completion bash"))
    return cases


def readme_cases() -> list[Case]:
    """The README's ``$ mgcalc`` examples; of a pipeline, mgcalc's part."""
    return [
        c("table", "elemental citrate 500mg"),
        c("json", "elemental MgSO4.7H2O 1g --json"),
        c("machine", "elemental glycinate 500mg --explain -q"),
        c("table", "elemental magnesium sulfate 2g"),
        c("json", "elemental chloride 535mg --json"),
        c("table", "elemental magtein 2g"),
        c("table", "compound glycinate 200mg --unit-size '500mg compound'"),
        c("machine", "convert 10mmol --format csv"),
        c("table", "elemental sulfate 2mL --concentration 50%"),
        c("machine", "elemental milk of magnesia 2 tbsp --concentration 400mg/5mL -q"),
        c("machine", "compound sulfate 8mEq --concentration 4mEq/mL --explain -q"),
        c("error", "elemental sulfate 2mL"),
        c("table", "serum 2.0mg/dL"),
        c("json", "serum 0.65 mmol/L --json"),
        c("machine", "forms --sort name -q"),
        c("table", "forms --goal sleep"),
        c("machine", "forms --goal cramps -q"),
        c("json", "forms --goal leg-cramps --json"),
        c("error", "plan --sex female --goal slep"),
        c(
            "table",
            "check --sex female --age 34 --food 'almonds 1oz' --supplement "
            "'Magnesium (as magnesium glycinate) 200 mg 48%' --supplement 'citrate 500mg x2'",
        ),
        c(
            "table",
            "check --sex female --age 30 --supplement 'Magnesium 25% DV' "
            "--supplement 'magtein 2000mg'",
        ),
        c("machine", "check --sex female --age 0 --supplement 50 --strict -q"),
        c(
            "machine",
            "check --sex male --age 70 --supplement 250 --medication Synthroid "
            "--medication metformin --egfr 40 -q",
        ),
        c(
            "table",
            "plan --sex male --age 45 --food 150 --form citrate --unit-size '500mg compound' "
            "--goal sleep --medication doxycycline",
        ),
        c(
            "table",
            "plan --sex female --age 40 --food 'spinach 1 cup' --medication levothyroxine@07:00",
        ),
        c("machine", "plan --sex male --age 70 --food 200 --egfr 25 -q"),
        c("table", "label 'Magnesium citrate 500 mg'"),
        c(
            "table",
            "label 'Magnesium (as magnesium bisglycinate chelate) 200 mg "
            "(from 1000 mg magnesium bisglycinate)'",
        ),
        c("table", "label -", stdin=PANEL),
        c("json", "label 'Magnesium 375 mg 100% NRV' --json"),
        c("table", "label --form glycinate --compound 1405mg"),
        c("machine", "label --form glycinate --compound 1400mg -q"),
        c(
            "machine",
            "label --batch - -f ndjson",
            stdin="Magnesium (as magnesium bisglycinate) 195 mg 47%\n",
        ),
        c("table", "compare - --target 300mg", stdin=COMPARE_GOOD_CSV),
        c("table", "food 'spinach, 1 cup'"),
        c("table", "food chia seeds 1 oz"),
        c("machine", "food avocado 1 -q"),
        c("json", "food 'milk 250 mL' --json"),
        c("error", "food almonds 28"),
        c(
            "table",
            "check --sex female --age 40 --food 'almonds, 1 oz' --food 'banana (1 medium)'",
        ),
        c("machine", "food --search 'dark chocolate' --limit 3 -f csv"),
        c("machine", "guide how-much --format md"),
        c("machine", "evidence -q"),
        c("json", "evidence --json"),
        c("machine", "guide sleep --format md"),
        c("json", "interactions --medication ppi --json"),
        c("machine", "sources -q"),
        c("machine", "check --batch - -q", stdin=CHECK_PEOPLE_CSV),
        c(
            "machine",
            "elemental --batch - --format ndjson",
            stdin="citrate 500mg\nfoo 1g\nepsom salt 1 g\n",
        ),
        c("table", "where"),
        c("error", "log import -", stdin='[{"id": 1, "date": "2026-13-01"}]'),
    ]


def elemental_cases() -> list[Case]:
    cases = [c("json", ["elemental", form, "1g", "--json"]) for form in FORM_IDS]
    cases += variants("elemental citrate 500mg", ("fjson", "csv", "ndjson", "q"))
    cases += variants("elemental magtein 2g", ("json", "csv", "q"))
    names = [
        "'magnesium glycinate'", "bisglycinate", "epsom-salt", "epsom salt",
        "'Magnésium glycinate'", "citrato de magnesio", "[25Mg]O", "MgSO4", "MgCl2.6H2O",
        "'Mg(OH)2'", "MgO", "sulfate", "chloride", "carbonate", "lactate", "gluconate",
        "orotate", "aspartate", "acetate", "glycerophosphate", "malate", "L-threonate",
        "milk of magnesia", "citrate-1:1",
    ]  # fmt: skip
    cases += [c("json", f"elemental {name} 500mg --json") for name in names]
    amounts = [
        "'500 mg'", "0.5g", "'1,000 mg'", "500", "500mcg", "500ug", "500µg", "2kg", "1t",
        "1000t", "1mcg", "'1 g'", "0.001g", "'1,000,000 mg'",
    ]  # fmt: skip
    cases += [c("machine", f"elemental glycinate {amount} -q") for amount in amounts]
    cases += [
        c("json", "elemental oxide 400mg --count 3 --json"),
        c("machine", "elemental oxide 400mg -n 2 -q"),
        c("json", "elemental MgSO4.7H2O 1g --purity 90% --json"),
        c("machine", "elemental citrate 1g --purity 0.9 -q"),
        c("json", "elemental magnesium sulfate 2mL --concentration 50% --json"),
        c("machine", "elemental sulfate '10 mL' --concentration 500mg/mL -q"),
        c("json", "elemental chloride '1 tsp' --concentration 4mEq/mL --json"),
        c("machine", "elemental sulfate '0.1 L' --concentration 10% -q"),
        c("json", "elemental citrate 500mg --explain --json"),
        c("machine", "elemental magtein 2g --explain -q"),
        c("machine", "elemental sulfate 2mL --concentration 50% --explain -q"),
        c("json", "elemental carbonate 1g --json"),
        c("table", "elemental citrate 500mg --svg -"),
        c("table", "elemental citrate 2kg"),
        c("table", "elemental citrate 500mg --count 2 --explain"),
    ]
    cases += errors(
        "elemental unobtainium 1g",
        "elemental dimagnesium malate 1g",
        "elemental dimagnesium citrate 1g",
        "elemental citrate abc",
        "elemental citrate",
        "elemental citrate 500mg -f xml",
        "elemental citrate 500mg --format md",
        "elemental citrate 2000t",
        "elemental citrate 0mg",
        "elemental citrate 0.5mcg",
        "elemental citrate -5mg",
        "elemental citrate 1_0",
        "elemental citrate nan",
        ["elemental", "citrate", "1" * 41 + "mg"],
        "elemental citrate '1,00 mg'",
        "elemental citrate 500mg --count 0",
        "elemental citrate 500mg --count abc",
        "elemental citrate 500mg --count 100001",
        "elemental citrate 500mg --purity 150%",
        "elemental citrate 500mg --purity 0",
        "elemental citrate 500mg --concentration 50%",
        "elemental sulfate 2mL --concentration lots",
        "elemental citrate 500mg --json -q",
        "elemental citrate 500mg --json -f csv",
        "elemental citrate 500mg --json --svg -",
        "elemental citrate 500mg --bogus",
        ["elemental", "x" * 201, "1g"],
        ["elemental", "citrate", "500\u202emg"],
    )
    return cases


def calculator_cases() -> list[Case]:
    """compound, convert, serum."""
    cases = variants("compound glycinate 200mg --unit-size 500mg")
    cases += [
        c("json", "compound glycinate 200mg --unit-size 100mg --json"),
        c("json", "compound glycinate 200mg --unit-size '500mg compound' --json"),
        c("json", "compound citrate 300mg --unit-size 1000mg --unit-is-compound --json"),
        c("json", "compound oxide 100mg --json"),
        c("machine", "compound oxide 100mg -q"),
        c("json", "compound glycinate '8 mmol' --json"),
        c("machine", "compound citrate 16mEq -q"),
        c("json", "compound citrate 300mg --purity 0.9 --json"),
        c("json", "compound sulfate 8mEq --concentration 4mEq/mL --json"),
        c("machine", "compound sulfate 1g --concentration 50% -q"),
        c("json", "compound magtein 144mg --json"),
        c("machine", "compound glycinate 200mg --unit-size 120mg --explain -q"),
        c("table", "compound oxide 100mg"),
    ]
    cases += errors(
        "compound glycinate 200mg --unit-size big",
        "compound nope 200mg",
        "compound glycinate",
        "compound glycinate 0mg",
    )
    for amount in ("10mmol", "10 mmol", "'5 mEq'", "240mg", "1g", "240"):
        cases.append(c("json", f"convert {amount} --json"))
    cases += variants("convert 20 mEq", ("csv", "ndjson", "q", "table"))
    cases.append(c("machine", "convert 10mmol --explain -q"))
    cases.append(c("table", "convert"))  # no amount: the help page
    cases += errors("convert 10 furlongs", "convert '0 mmol'", "convert abc")
    for value in (
        "2.0mg/dL", "2.0 mmol/L", "0.65 mmol/L", "1.7 mEq/L", "20 mg/L", "0.5 mmol/L",
        "3.5mg/dL", "0.85mmol/L",
    ):  # fmt: skip
        cases.append(c("json", f"serum {value} --json"))
    cases += variants("serum 1.2mg/dL", ("csv", "ndjson", "q", "table"))
    cases.append(c("machine", "serum 0.65 mmol/L --explain -q"))
    cases += errors("serum 99mg/dL", "serum 2.0", "serum abc", "serum")
    return cases


def check_plan_cases() -> list[Case]:
    cases = variants(
        "check --sex female --age 34 --food 'almonds 1oz' --supplement 'glycinate 1000mg' "
        "--medication ppi"
    )
    people = [
        "--sex male --age 2 --standard eu --supplement 300",
        "--sex female --supplement 400",
        "--sex female --supplement 'Magnesium 25% DV' --supplement 'magtein 2g' "
        "--supplement 'carbonate 1g x2'",
        "--sex male --age 8m --food 50",
        "--sex female --age 2.5 --supplement 65",
        "--sex male --age 10 --supplement 110",
        "--sex female --age 16 --food 200 --supplement 350",
        "--sex male --age 70 --food 300",
        "--sex female --age 30 --pregnant --food 250 --supplement 300",
        "--sex female --age 17 --pregnant --supplement 200",
        "--sex female --age 30 --lactating --supplement 100",
        "--sex female --age 30 --standard eu --supplement 300",
        "--sex male --age 45 --standard eu --food 'spinach 1 cup'",
        "--sex male --supplement '10 mmol' --supplement 0",
        "--sex male --supplement '2 capsules of glycinate 500mg'",
        "--sex male --supplement '400mg glycinate'",
        "--sex male --supplement 'Magnesium (as citrate) 200 mg 48%'",
        "--sex female --egfr 95 --supplement 200",
        "--sex female --egfr 50 --supplement 200",
        "--sex female --egfr 20 --supplement 200",
        "--sex female --egfr 10 --supplement 200",
        "--sex female --kidney-disease --supplement 200",
        "--sex male --supplement 300 --medication levothyroxine@07:00 --medication Cipro@08:30 "
        "--medication gabapentin",
        "--sex male --supplement 300 --medication warfarin",
        "--sex female --food 0",
    ]
    cases += [c("json", f"check {person} --json") for person in people]
    cases += [c("machine", f"check {person} -q") for person in people[:8]]
    cases += [
        c("machine", "check --sex female --supplement 600 --strict -q"),
        c("json", "check --sex female --supplement 600 --strict --json"),
        c("machine", "check --sex female --supplement 200 --strict -q"),
        c("machine", "check --sex female --egfr 20 --supplement 100 --strict -q"),
        c("machine", "check --sex female --supplement 'glycinate 1000mg' --explain -q"),
        c(
            "table",
            "check --sex male --age 70 --supplement 250 --medication Synthroid --egfr 40",
        ),
        c("table", "check --sex female"),
    ]
    cases += errors(
        "check --sex female --age 200",
        "check --sex robot",
        "check --sex male --pregnant",
        "check --sex female --pregnant --lactating",
        "check --sex female --supplement 'unobtainium 1g'",
        "check --sex female --food 'zzzzqqq 1g'",
        "check --sex female --egfr -3",
        "check --sex female --standard uk",
        "check --sex female --age abc",
        "check --sex female --medication levothyroxine@25:00",
        "check --supplement 100",
        "check --sex female --format yaml",
    )
    plans = [
        "--sex male --age 45 --food 150 --form citrate --unit-size 500mg --unit-is-compound "
        "--goal sleep --medication doxycycline",
        "--sex female --age 30 --food 400",
        "--sex female --lactating --food 0",
        "--sex male --food 250 --form oxide --unit-size 250mg",
        "--sex female --food 200 --goal muscle-cramps",
        "--sex female --food 200 --goal constipation --form citrate",
        "--sex male --food 200 --goal migraine --standard eu",
        "--sex male --age 5 --food 50",
        "--sex female --age 30 --pregnant --food 'almonds 1oz'",
        "--sex male --food 200 --egfr 25",
        "--sex male --food 200 --kidney-disease",
        "--sex male --food 200 --medication levothyroxine@07:00 --medication ppi",
        "--sex female --food 200 --form magtein",
    ]
    cases += [c("json", f"plan {person} --json") for person in plans]
    cases += [c("machine", f"plan {person} -q") for person in plans[:6]]
    cases += variants("plan --sex female --age 30 --food 100", ("csv", "ndjson", "table"))
    cases.append(c("machine", "plan --sex female --food 100 --explain -q"))
    cases += errors(
        "plan --sex female",
        "plan --sex female --food 100 --form nope",
        "plan --sex female --food 100 --unit-size 0mg",
        "plan --food 100",
    )
    return cases


def label_cases() -> list[Case]:
    cases = variants("label 'Magnesium citrate 500 mg'")
    lines = [
        "Magnesium (from magnesium bisglycinate) 200mg 50%",
        "Magnesium (as magnesium glycinate) 200 mg 48%",
        "Magnesium 375 mg 100% NRV",
        "Magnesium 0,375 g",
        "Magnesium 37,5 mg",
        "Magnesium 1,500 mg 357% DV",
        "Magnesium 120 mg 48% DV 53% NRV",
        "Magnesium (as oxide, citrate) 250 mg 60%",
        "Magnesium (as magnesium unobtainium) 100 mg",
        "Magnesium oxide 500 mg",
        "Magnesium 25% DV",
        "Magnesium (as buffered magnesium glycinate) 200 mg",
        "Magnesium (as Magtein magnesium L-threonate) 144 mg",
    ]
    cases += [c("json", ["label", line, "--json"]) for line in lines]
    cases += [c("machine", ["label", line, "-q"]) for line in lines[:6]]
    cases += [
        c("json", "label - --json", stdin=PANEL),
        c("json", "label 'Magnesium 100 mg' --units-per-serving 2 --json"),
        c("json", "label 'Magnesium 100 mg' --servings 3 --json"),
        c("json", "label 'Magnesium 100 mg' --dv-basis child --json"),
        c("machine", "label 'Magnesium 100 mg' --dv-basis pre-2016 -q"),
        c("json", "label 'Magnesium 100 mg' --standard eu --json"),
        c("machine", "label 'Magnesium citrate 500 mg' --explain -q"),
        c("json", "label --form glycinate --compound 1400mg --json"),
        c("json", "label --form oxide --compound 5mg --json"),
        c("json", "label --form oxide --compound 5mg --food-label --json"),
        c("json", "label --form citrate --compound 500mg --units-per-serving 2 --json"),
        c(
            "json",
            "label --form glycinate --compound 500mg --form oxide --compound 100mg --json",
        ),
        c(
            "machine",
            "label --form citrate --compound 500mg --dv-basis infant --standard eu -q",
        ),
        c("machine", "label --form glycinate --compound 1400mg -f csv"),
        c("machine", "label --form glycinate --compound 1400mg --explain -q"),
        c("error", "label 'Magnesium 1,500 mg'"),
        c("table", "label -", stdin=PANEL.replace("200 mg", "200mg")),
        c("error", "label -", stdin=""),
    ]
    cases += errors(
        "label",
        "label 'Vitamin C 1000 mg'",
        "label 'Magnesium 1.500 mg'",
        "label --form glycinate",
        "label --form glycinate --compound abc",
        "label --form nope --compound 100mg",
        "label 'Magnesium 100 mg' --dv-basis adultish",
        "label 'Magnesium 100 mg' --servings 0",
    )
    return cases


def compare_cases() -> list[Case]:
    cases = variants("compare - --target 300mg", stdin=COMPARE_CSV)
    cases += variants("compare -", ("json", "q"), stdin=COMPARE_GOOD_CSV)
    cases += [
        c(
            "json",
            "compare --product Gentle,glycinate,500mg,compound,120,19.99 "
            "--product Basic,oxide,250mg,elemental,100,6.50 --json",
        ),
        c(
            "json",
            "compare products.csv --target '10 mmol' --json",
            files={"products.csv": COMPARE_GOOD_CSV},
        ),
        c("machine", "compare - --target 1g -f csv", stdin=COMPARE_GOOD_CSV),
        c("error", "compare - --target 'three hundred'", stdin=COMPARE_CSV),
        c("error", "compare -", stdin="name,form\nx,citrate\n"),
    ]
    cases += errors("compare", "compare no-such-file.csv", "compare --product Only,citrate")
    return cases


def catalogue_cases() -> list[Case]:
    """forms, food, evidence, guide, interactions, sources, schema, where."""
    cases = variants("forms")
    cases += [c("machine", f"forms --sort {key} -q") for key in ("name", "id", "absorption")]
    cases += [c("json", f"forms --goal {goal} --json") for goal in GOALS]
    cases += [c("machine", f"forms --goal {alias} -q") for alias in ("bp", "cramps")]
    cases += [
        c("machine", "forms --goal sleep --all -q"),
        c("machine", "forms --goal sleep -f csv"),
        c("table", "forms --svg -"),
    ]
    cases.append(c("table", "forms --all"))
    cases += errors("forms --goal slep", "forms --sort price")
    cases += variants("food 'pumpkin seeds' '1 oz'")
    foods = [
        "almonds 1oz", "'spinach, 1 cup'", "'2 bananas'", "avocado 1", "'almonds 28g'",
        "'dark chocolate' 100g", "milk '250 mL'", "'black beans' '1 cup'", "tofu '0.5 cup'",
        "'brown rice' 200g", "oatmeal '1 cup'", "salmon '3 oz'",
    ]  # fmt: skip
    cases += [c("json", f"food {food} --json") for food in foods]
    cases += [
        c("json", "food --search 'dark chocolate' --limit 3 --json"),
        c("machine", "food -s almond -q"),
        c("machine", "food --search spinach -f ndjson"),
        c("json", "food --search zzzzqqq --json"),
        c("table", "food --search chia"),
    ]
    cases += errors(
        "food zzzz 1g",
        "food almonds",
        "food almonds '1 furlong'",
        "food --search almond --limit abc",
    )
    cases += variants("evidence")
    cases += variants("guide", ("json", "csv", "q", "table"))
    cases += [c("machine", f"guide {topic} --format md") for topic in TOPICS]
    cases += [c("json", f"guide {topic} --json") for topic in TOPICS[:6]]
    cases += [c("table", "guide how-much"), c("machine", "guide how-much -q")]
    cases += errors("guide nosuch", "guide sleep --format md --json")
    cases += variants("interactions")
    for meds in (
        "ppi", "ppi warfarin", "Synthroid", "Cipro", "doxycycline", "kidney-disease",
        "loop-diuretics zinc",
    ):  # fmt: skip
        options = " ".join(f"--medication {med}" for med in meds.split())
        cases.append(c("json", f"interactions {options} --json"))
    cases.append(c("table", "interactions --medication ppi"))
    cases += errors("interactions --medication aspirinzzz")
    cases += variants("sources")
    cases += [
        c("json", "sources IOM97 ODS --json"),
        c("machine", "sources USDA -q"),
        c("table", "sources IOM97 ODS"),
    ]
    cases += errors("sources NOPE")
    cases += [c("json", f"schema {name}") for name in SCHEMAS]
    cases += [c("json", f"schema {name} --batch") for name in BATCH_SCHEMAS]
    cases += errors("schema nosuch", "schema")
    cases += variants("where", ("json", "csv", "q", "table"))
    # no MGCALC_HOME: the platform's data directory under HOME (the case's home too)
    cases.append(c("json", "where --json", env={"MGCALC_HOME": ""}))
    return cases


def batch_cases() -> list[Case]:
    cases: list[Case] = []
    for command, text in BATCH.items():
        cases += variants(f"{command} --batch -", stdin=text)
    for command, text in BATCH_CSV.items():
        cases += variants(f"{command} --batch -", ("ndjson", "q"), stdin=text)
    for command, text in BATCH_GOOD.items():
        cases += variants(f"{command} -b -", ("ndjson", "csv", "q"), stdin=text)
    cases += [
        c("json", "check --batch - --json", stdin=CHECK_PEOPLE_FULL_CSV),
        c("machine", "check --batch - -q", stdin=CHECK_PEOPLE_FULL_CSV),
        c("error", "check --batch - --strict -q", stdin=CHECK_PEOPLE_FULL_CSV),
        c("machine", "plan --batch - -f ndjson", stdin=PLAN_PEOPLE_CSV),
        c("machine", "plan --batch - -q", stdin=PLAN_PEOPLE_CSV),
        c(
            "machine",
            "elemental --batch lines.txt -f ndjson",
            files={"lines.txt": BATCH["elemental"]},
        ),
        c(
            "machine",
            "elemental --batch - --purity 0.9 -q",
            stdin="citrate 500mg\nglycinate 1g\n",
        ),
        c("machine", "elemental --batch - -f ndjson", stdin=""),
        c("machine", "elemental --batch - -f ndjson", stdin="citrate 500mg\r\nglycinate 1g"),
        c("machine", "elemental --batch - -f csv", stdin="=cmd|' /C calc'!A0 1g\ncitrate 500mg\n"),
        c(
            "machine",
            "elemental --batch - -q",
            stdin="citrate 500mg\n" + "x" * 5000 + "\nglycinate 1g\n",
        ),
        c("machine", "label --batch - -f csv", stdin="Magnesium 1,500 mg\nMagnesium 0,375 g\n"),
        c("error", "elemental citrate 500mg --batch -", stdin="citrate 1g\n"),
        c("error", "check --batch -", stdin="colour,age\nred,3\n"),
        c("error", "check --batch - --sex female", stdin=CHECK_PEOPLE_CSV),
    ]
    cases += errors("elemental --batch no-such-file.txt")
    return cases


def special_cases() -> list[Case]:
    """Environment, narrow terminals, the Typer path, completion, closed streams."""
    no_fast = {"MGCALC_NO_FASTPATH": "1"}
    cases = [
        c("json", "elemental citrate 500mg --json", env=no_fast),
        c("machine", "check --sex female --supplement 400 -q", env=no_fast),
        c("machine", "label 'Magnesium citrate 500 mg' -f ndjson", env=no_fast),
        c("machine", "elemental --batch - -q", stdin=BATCH["elemental"], env=no_fast),
        c("error", "elemental citrate 0mg", env=no_fast),
        c("table", "elemental citrate 500mg", env=no_fast),
    ]
    for columns in ("40", "60", "80"):
        env = {"COLUMNS": columns}
        cases += [
            c("table", "elemental citrate 500mg", env=env),
            c("table", "check --sex female --supplement 400", env=env),
            c("table", "forms", env=env),
            c("table", "elemental --help", env=env),
        ]
    cases += [
        c("table", "elemental citrate 500mg", env={"COLUMNS": "abc"}),
        c("json", "elemental citrate 500mg --json", env={"COLUMNS": "20"}),
    ]
    for line in (
        "mgcalc elemental cit", "mgcalc food alm", "mgcalc forms --goal s", "mgcalc lo",
        "mgcalc guide ho", "mgcalc schema log", "mgcalc check --sex f", "mgcalc log ",
        "mgcalc label --dv-basis ", "mgcalc elemental citrate 500mg --format ",
    ):  # fmt: skip
        cword = len(line.split()) - (0 if line.endswith(" ") else 1)
        env = {"_MGCALC_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(cword)}
        cases.append(c("machine", [], env=env))
    cases += [
        c("error", "elemental citrate 500mg", redirect=">/dev/full"),
        c("error", "forms --json", redirect=">/dev/full"),
        c("error", "elemental citrate 500mg -q", redirect=">&-"),
        c("error", "elemental --batch - -q", redirect="<&-"),
        c("error", "label -", redirect="<&-"),
        c("error", "elemental citrate 500mg --svg /nonexistent-dir/out.svg"),
        c("error", ["elemental", "citrate", "x" * 10001]),
    ]
    cases += errors("nosuchcmd", "--bogus")
    return cases


def diary_cases() -> list[Case]:
    """Profile, cabinet and diary in one home, in this order (each step sees the last)."""
    steps: list[tuple[str, Command] | tuple[str, Command, str]] = [
        ("json", "where --json"),
        ("table", "where"),
        ("error", "profile show"),
        ("error", "profile show -q"),
        ("json", "cabinet list --json"),
        ("machine", "cabinet list -q"),
        ("error", "log day 2026-11-20 --json"),
        ("json", "log export --json"),
        ("error", "log undo"),
        ("error", "log remove 1"),
        ("error", "profile set --age 34"),
        ("error", "profile set --sex female --age 300"),
        ("table", "profile set --sex female --age 34 --medication levothyroxine@07:00"),
        ("json", "profile show --json"),
        ("machine", "profile show -q"),
        ("machine", "profile show -f csv"),
        ("table", "profile show"),
        ("json", "profile set --sex female --age 34 --medication ppi --json"),
        ("json", "check --supplement 400 --json"),
        ("machine", "check --supplement 400 -q"),
        ("json", "check --sex male --supplement 400 --json"),
        ("json", "plan --food 200 --json"),
        (
            "table",
            "cabinet add nightly 'Magnesium (as magnesium glycinate) 200 mg' --price 18.90 "
            "--count 90",
        ),
        ("error", "cabinet add nightly 'Magnesium citrate 100 mg'"),
        (
            "json",
            "cabinet add nightly 'Magnesium (as magnesium glycinate) 200 mg' --price 9.5 "
            "--count 60 --replace --json",
        ),
        ("machine", "cabinet add calm 'Magnesium citrate 1000 mg' --units-per-serving 2 -q"),
        ("error", "cabinet add fizzy 'Vitamin C 1000 mg'"),
        ("error", "cabinet add 'two words' 'Magnesium 100 mg'"),
        ("error", "cabinet add =sum 'Magnesium oxide 500 mg' -f csv"),
        ("machine", "cabinet add Fizz-1 'Magnesium oxide 500 mg' -f csv"),
        ("json", "cabinet list --json"),
        ("machine", "cabinet list -f csv"),
        ("machine", "cabinet list -f ndjson"),
        ("machine", "cabinet list -q"),
        ("table", "cabinet list"),
        ("json", "cabinet show nightly --json"),
        ("machine", "cabinet show calm -q"),
        ("table", "cabinet show nightly"),
        ("error", "cabinet show nope"),
        ("json", "cabinet remove Fizz-1 --json"),
        ("error", "cabinet remove Fizz-1"),
        (
            "table",
            "log add nightly 'glycinate 1000mg' --food 'almonds 1oz' --date 2026-11-20 "
            "--time 08:00",
        ),
        ("machine", "log add nightly --food 250 --date 2026-11-21 -q"),
        ("machine", "log add nightly --food 250 --date 2026-11-22 -q"),
        ("machine", "log none --date 2026-11-23 -q"),
        ("machine", "log add nightly calm --food 'spinach 1 cup' --date 2026-11-25 -q"),
        ("machine", "log add nightly --date 2026-11-26 -q"),
        ("json", "log add nightly x2 300 --date 2026-11-19 --time 7:05 --json"),
        ("machine", "log add 'citrate 500mg' --date 2026-11-18 --time 21:00 -f csv"),
        ("json", "log none --date 2026-11-17 --json"),
        ("error", "log add nosuchproduct --date 2026-11-18"),
        ("error", "log add --date 2026-11-18"),
        ("error", "log add 300 --date 2026-13-01"),
        ("error", "log add 300 --date 2026-11-18 --time 25:00"),
        ("json", "log undo --json"),
        ("machine", "log undo -q"),
        ("table", "log add nightly --date 2026-11-18 --time 22:00"),
        ("table", "log undo"),
        ("table", "log day 2026-11-25"),
        ("json", "log day 2026-11-25 --json"),
        ("machine", "log day 2026-11-25 -q"),
        ("machine", "log day 2026-11-25 -f csv"),
        ("machine", "log day 2026-11-24 -q"),
        ("json", "log day 2026-11-24 --json"),
        ("machine", "log day 2026-11-23 -q"),
        ("json", "log day 2026-11-20 --sex male --age 70 --egfr 25 --json"),
        ("machine", "log day 2026-11-25 --strict -q"),
        ("json", "log day 2026-11-19 --standard eu --json"),
        ("table", "log week --end 2026-11-26"),
        ("json", "log week --end 2026-11-26 --json"),
        ("machine", "log week --end 2026-11-26 -f csv"),
        ("machine", "log week --end 2026-11-26 -f ndjson"),
        ("machine", "log week --end 2026-11-26 -q"),
        ("machine", "log week --end 2026-11-26 --strict -q"),
        ("machine", "log week --end 2026-11-10 -q"),
        ("machine", "log days 3 --end 2026-11-26 --format csv"),
        ("json", "log days 14 --end 2026-11-30 --json"),
        ("table", "log days 10 --end 2026-11-26"),
        ("error", "log days 400 --end 2026-11-26"),
        ("error", "log days 0 --end 2026-11-26"),
        ("error", "log week --end someday"),
        ("json", "log export --json"),
        ("machine", "log export --format csv"),
        ("machine", "log export -f ndjson"),
        ("machine", "log export -q"),
        ("error", "log export -f table"),
        ("json", "log remove 2 --json"),
        ("error", "log remove 2"),
        ("error", "log remove abc"),
        ("table", "log remove 3"),
        ("json", "log import - --json", EXPORT_JSON),
        ("json", "log import - --json", EXPORT_JSON),
        ("machine", "log import - -q", EXPORT_NDJSON.replace("2025-03", "2025-05")),
        ("table", "log import -", EXPORT_CSV.replace("2025-03", "2025-06")),
        ("json", "log import - --json", EXPORT_OLD_JSON),
        ("error", "log import -", '[{"id": 1, "date": "2026-13-01"}]'),
        ("error", "log import -", "not json at all"),
        ("error", "log import no-such-backup.json"),
        ("json", "log day 2025-03-01 --json"),
        ("machine", "log days 40 --end 2025-04-05 -f csv"),
        ("machine", "log export -q"),
        ("json", "cabinet remove calm --json"),
        ("json", "log day 2026-11-25 --json"),
        ("json", "where --json"),
        ("table", "profile clear"),
        ("error", "profile show --json"),
        ("table", "profile clear"),
        ("error", "check --supplement 400"),
    ]
    cases = []
    for step in steps:
        stdin = step[2] if len(step) == 3 else None
        cases.append(c(step[0], step[1], stdin=stdin, home="diary"))
    return cases


def stateful_cases() -> list[Case]:
    cases = diary_cases()
    eu = "eu-profile"
    cases += [
        c(
            "machine",
            "profile set --sex male --age 70 --standard eu --egfr 25 --medication ppi "
            "--medication Synthroid -q",
            home=eu,
        ),
        c("json", "check --supplement 300 --json", home=eu),
        c("json", "plan --food 150 --json", home=eu),
        c("machine", "log add 300 --date 2026-01-02 -q", home=eu),
        c("json", "log day 2026-01-02 --json", home=eu),
        c("json", "log week --end 2026-01-05 --json", home=eu),
        c("json", "profile set --sex female --pregnant --age 25 --kidney-disease --json", home=eu),
        c("machine", "check --food 100 -q", home=eu),
        c("machine", "log import - -q", stdin=EXPORT_JSON, home=eu),
        c("machine", "log export -f csv", home=eu),
    ]
    # imports into an empty diary (README: a restore into a fresh MGCALC_HOME)
    cases += [
        c("table", "log import backup.json", files={"backup.json": EXPORT_JSON}),
        c("json", "log import - --json", stdin=EXPORT_CSV),
    ]
    return cases


def corpus() -> list[Case]:
    cases = [
        *help_cases(),
        *readme_cases(),
        *elemental_cases(),
        *calculator_cases(),
        *check_plan_cases(),
        *label_cases(),
        *compare_cases(),
        *catalogue_cases(),
        *batch_cases(),
        *special_cases(),
        *stateful_cases(),
    ]
    unique: list[Case] = []
    for case in cases:
        if case.kind not in KINDS:
            raise ValueError(f"unknown kind {case.kind!r}: {case}")
        # a stateless case listed twice (a README example that is also elsewhere) runs once;
        # a stateful one runs again, as its state may have changed
        if case.home is None and case in unique:
            continue
        unique.append(case)
    return unique


def named(cases: Sequence[Case]) -> list[tuple[str, Case]]:
    """Unique, stable names: the command line, numbered when repeated."""
    seen: dict[str, int] = {}
    out = []
    for case in cases:
        base = case.label()
        seen[base] = seen.get(base, 0) + 1
        out.append((base if seen[base] == 1 else f"{base} #{seen[base]}", case))
    return out


# --- running ---------------------------------------------------------------------------

_TIMESTAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\b")


class Normaliser:
    """Replaces what changes from run to run: temp paths and wall-clock timestamps."""

    def __init__(self, root: Path, dates: set[str]) -> None:
        self.root = root
        self.dates = dates

    def __call__(self, text: str, home: Path) -> str:
        for path in {str(home.resolve()), str(home)}:
            text = text.replace(path, "<MGCALC_HOME>")
        for path in {str(self.root.resolve()), str(self.root)}:
            text = text.replace(path, "<SNAPSHOT_TMP>")
        return _TIMESTAMP.sub(self._stamp, text)

    def _stamp(self, match: re.Match[str]) -> str:
        if match[1] not in self.dates:
            return match[0]
        return re.sub(r"\d", "N", match[0])


def _today() -> str:
    """The date mgcalc sees (it runs with TZ=UTC)."""
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def base_env(home: Path) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "MGCALC_HOME": str(home),
        "COLUMNS": "100",
        "NO_COLOR": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
    }
    return env


def run_case(mgcalc: str, case: Case, home: Path) -> tuple[int, str, str]:
    home.mkdir(parents=True, exist_ok=True)
    for name, text in case.files:
        (home / name).write_text(text, encoding="utf-8")
    env = base_env(home)
    env.update(case.env)
    argv: list[str] = [mgcalc, *case.argv]
    if case.redirect:
        argv = ["/bin/sh", "-c", f'exec "$0" "$@" {case.redirect}', *argv]
    proc = subprocess.run(
        argv,
        input=(case.stdin or "").encode("utf-8"),
        capture_output=True,
        env=env,
        cwd=home,
        timeout=TIMEOUT_S,
        check=False,
    )
    return (
        proc.returncode,
        proc.stdout.decode("utf-8", "backslashreplace"),
        proc.stderr.decode("utf-8", "backslashreplace"),
    )


def run_corpus(mgcalc: str, only: str | None, jobs: int) -> dict[str, object]:
    cases = named(corpus())
    if only:
        cases = [(name, case) for name, case in cases if only in name]
    root = Path(tempfile.mkdtemp(prefix="mgcalc-snap-", dir="/tmp" if os.name == "posix" else None))
    dates = {_today()}
    results: dict[int, tuple[int, str, str, Path]] = {}
    try:
        # stateless cases: one empty home each, in parallel; a stateful group: one task
        # that runs its cases in corpus order in the group's home
        tasks: list[list[int]] = []
        groups: dict[str, list[int]] = {}
        for index, (_, case) in enumerate(cases):
            if case.home is None:
                tasks.append([index])
            else:
                if case.home not in groups:
                    groups[case.home] = []
                    tasks.append(groups[case.home])
                groups[case.home].append(index)

        def home_of(index: int) -> Path:
            case = cases[index][1]
            return root / (f"g-{case.home}" if case.home else f"c{index:04d}")

        def work(indices: list[int]) -> None:
            for index in indices:
                home = home_of(index)
                code, out, errtext = run_case(mgcalc, cases[index][1], home)
                results[index] = (code, out, errtext, home)

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            for future in [pool.submit(work, task) for task in tasks]:
                future.result()
        dates.add(_today())
        normalise = Normaliser(root, dates)
        records = []
        for index, (name, case) in enumerate(cases):
            code, out, errtext, home = results[index]
            records.append(
                {
                    "name": name,
                    "kind": case.kind,
                    "argv": list(case.argv),
                    "stdin": case.stdin,
                    "home": case.home,
                    "env": dict(case.env),
                    "redirect": case.redirect,
                    "files": dict(case.files),
                    "exit": code,
                    "stdout": normalise(out, home),
                    "stderr": normalise(errtext, home),
                }
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return {"format": FORMAT_VERSION, "cases": records}


# --- comparing -------------------------------------------------------------------------


def _diff(old: str, new: str, what: str, context: int) -> Iterator[str]:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        f"old {what}",
        f"new {what}",
        n=context,
    )
    for shown, line in enumerate(lines):
        if shown == DIFF_LINES:
            yield f"      ... (diff cut at {DIFF_LINES} lines)\n"
            return
        yield "      " + (line if line.endswith("\n") else line + "\n      \\ no newline\n")


def _rstripped(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def compare(old_path: Path, new_path: Path, context: int, all_tables: bool) -> int:
    old = {c["name"]: c for c in json.loads(old_path.read_text(encoding="utf-8"))["cases"]}
    new = {c["name"]: c for c in json.loads(new_path.read_text(encoding="utf-8"))["cases"]}
    by_kind: dict[str, list[str]] = {kind: [] for kind in KINDS}
    totals: dict[str, int] = dict.fromkeys(KINDS, 0)
    for name, case in old.items():
        kind = str(case["kind"])
        totals[kind] += 1
        other = new.get(name)
        if other is None:
            by_kind[kind].append(f"  {name}\n      missing from {new_path}\n")
            continue
        parts = []
        if case["exit"] != other["exit"]:
            parts.append(f"      exit code: {case['exit']} -> {other['exit']}\n")
        for stream in ("stdout", "stderr"):
            if case[stream] != other[stream]:
                what = (
                    " (only in spaces at line ends)"
                    if _rstripped(case[stream]) == _rstripped(other[stream])
                    else ""
                )
                parts.append(f"      {stream} differs{what}:\n")
                parts.extend(_diff(case[stream], other[stream], stream, context))
        if parts:
            by_kind[kind].append(f"  {name}\n" + "".join(parts))
    extra = sorted(set(new) - set(old))
    out = sys.stdout
    table_limit = None if all_tables else 10
    for kind in KINDS:
        entries = by_kind[kind]
        if not entries:
            continue
        fatal = "" if kind in FATAL_KINDS else " (layout may change: not a failure)"
        out.write(f"== {kind}: {len(entries)} of {totals[kind]} cases differ{fatal}\n")
        shown = entries if kind in FATAL_KINDS or table_limit is None else entries[:table_limit]
        for entry in shown:
            out.write(entry)
        if len(shown) < len(entries):
            out.write(f"  ... {len(entries) - len(shown)} more (--all-tables shows them)\n")
        out.write("\n")
    if extra:
        out.write(f"== {len(extra)} cases only in {new_path} (not compared)\n")
        for name in extra:
            out.write(f"  {name}\n")
        out.write("\n")
    summary = ", ".join(f"{kind} {len(by_kind[kind])}/{totals[kind]}" for kind in KINDS)
    failing = sum(len(by_kind[kind]) for kind in FATAL_KINDS)
    out.write(f"summary: differing cases by kind: {summary}; total {len(old)} cases\n")
    out.write("result: " + ("DIFFERENT" if failing else "same (json, machine, error)") + "\n")
    return 1 if failing else 0


# --- command line ----------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the corpus and write a snapshot")
    run.add_argument("--mgcalc", required=True, help="the mgcalc executable to run")
    run.add_argument("--out", required=True, type=Path, help="the JSON file to write")
    run.add_argument("--jobs", type=int, default=max(1, min(8, os.cpu_count() or 1)))
    run.add_argument("--only", help="only cases whose name contains this text")
    cmp = sub.add_parser("compare", help="compare two snapshots (exit 1 if they differ)")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    cmp.add_argument("--context", type=int, default=2, help="diff context lines")
    cmp.add_argument("--all-tables", action="store_true", help="list every table difference")
    sub.add_parser("list", help="print the corpus, one case a line")
    given = list(sys.argv[1:] if argv is None else argv)
    if given and given[0] not in ("run", "compare", "list", "-h", "--help"):
        given.insert(0, "run")  # snapshot.py --mgcalc PATH --out FILE
    args = parser.parse_args(given)

    if args.command == "list":
        counts: dict[str, int] = dict.fromkeys(KINDS, 0)
        for name, case in named(corpus()):
            counts[case.kind] += 1
            print(f"{case.kind:8} {name}")
        print("cases: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
        return 0
    if args.command == "compare":
        return compare(args.old, args.new, args.context, args.all_tables)
    mgcalc = shutil.which(args.mgcalc) or args.mgcalc
    if not Path(mgcalc).exists():
        parser.error(f"no mgcalc at {args.mgcalc}")
    mgcalc = str(Path(mgcalc).absolute())
    started = time.monotonic()
    snapshot = run_corpus(mgcalc, args.only, args.jobs)
    args.out.write_text(json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n", "utf-8")
    records = snapshot["cases"]
    assert isinstance(records, list)
    counts = dict.fromkeys(KINDS, 0)
    for record in records:
        counts[record["kind"]] += 1
    print(
        f"{len(records)} cases ({', '.join(f'{k} {v}' for k, v in counts.items())}) "
        f"in {time.monotonic() - started:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
