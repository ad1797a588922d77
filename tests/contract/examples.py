"""Real invocations of every command, for the tests that check all of them.

One entry per command of the app (a test fails when a command has none): each
example is (argv after the command, stdin). Cover every kind of record the
command can print: listings and single results, variants, bad records.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

BACKUP_FILE = str(Path(tempfile.mkdtemp(prefix="mgcalc-examples-")) / "backup.json")
BACKUP = json.dumps(
    {
        "format": "mgcalc-backup",
        "version": 1,
        "profile": {"sex": "female", "age": "34", "medications": ["ppi"]},
        "cabinet": [],
        "diary": [
            {
                "id": "1", "date": "2026-11-20", "clock": "08:00", "kind": "supplement",
                "item": "300", "count": 1, "elemental_mg": 300.0, "form": None, "food": None,
                "compound_mg": None, "source": None, "logged_at": "2026-11-20T08:00:00",
            }
        ],
    }
)  # fmt: skip

COMPARE_CSV = (
    "name,form,amount,amount_is,units,price\n"
    "Gentle,glycinate,500mg,compound,120,19.99\n"
    "Basic,oxide,250mg,elemental,100,6.50\n"
    "Broken,unobtainium,1g,compound,10,5\n"
)

Example = tuple[list[str], str]

EXAMPLES: dict[str, list[Example]] = {
    "where": [([], "")],
    "backup": [([BACKUP_FILE, "--force"], "")],
    "restore": [(["-", "--replace"], BACKUP)],
    "cabinet": [
        (
            [
                "add",
                "nightly",
                "Magnesium (as magnesium glycinate) 200 mg",
                "--price",
                "9.5",
                "--count",
                "60",
                "--replace",
            ],
            "",
        ),
        (["list"], ""),
    ],
    "log": [
        (["day", "--sex", "female", "--age", "34"], ""),
        (["week", "--sex", "male"], ""),
    ],
    "profile": [
        (["set", "--sex", "female", "--age", "34", "--medication", "ppi"], ""),
    ],
    "elemental": [
        (["citrate", "500mg"], ""),
        (["MgSO4.7H2O", "1g", "--purity", "90%"], ""),
        (["magnesium", "sulfate", "2mL", "--concentration", "50%"], ""),
        (["carbonate", "1g"], ""),
        (["mag-ox-400", "2"], ""),
        (["MgSO4", "4mL", "--concentration", "50%"], ""),
    ],
    "compound": [
        (["glycinate", "200mg", "--unit-size", "500mg"], ""),
        (["oxide", "100mg"], ""),
        (["mag-ox-400", "500mg"], ""),
    ],
    "convert": [(["10mmol"], ""), (["5 mEq"], "")],
    "serum": [(["2.0mg/dL"], ""), (["2.0", "mmol/L"], "")],
    "check": [
        (
            [
                "--sex",
                "female",
                "--age",
                "34",
                "--food",
                "almonds 1oz",
                "--supplement",
                "glycinate 1000mg",
                "--medication",
                "ppi",
            ],
            "",
        ),
        (["--sex", "male", "--age", "2", "--standard", "eu", "--supplement", "300"], ""),
        (["--sex", "female", "--supplement", "400"], ""),
        (  # derived, ranged and assumed items: every field of an intake item filled
            [
                "--sex",
                "female",
                "--supplement",
                "Magnesium 25% DV",
                "--supplement",
                "magtein 2g",
                "--supplement",
                "carbonate 1g x2",
            ],
            "",
        ),
    ],
    "plan": [
        (
            [
                "--sex",
                "male",
                "--age",
                "45",
                "--food",
                "150",
                "--form",
                "citrate",
                "--unit-size",
                "500mg",
                "--unit-is-compound",
                "--goal",
                "sleep",
                "--medication",
                "doxycycline",
            ],
            "",
        ),
        (["--sex", "female", "--age", "30", "--food", "400"], ""),
        (["--sex", "female", "--lactating", "--food", "0"], ""),
    ],
    "label": [
        (["Magnesium citrate 500 mg"], ""),
        (["Magnesium (from magnesium bisglycinate) 200mg 50%"], ""),
        (["--form", "glycinate", "--compound", "1400mg"], ""),
        (["--form", "oxide", "--compound", "5mg"], ""),
        (["--form", "carbonate-usp", "--compound", "500mg", "--overage", "5%"], ""),
        (["--form", "citrate", "--compound", "1g", "--servings", "2", "--standard", "eu"], ""),
    ],
    "compare": [
        (["-", "--target", "300mg"], COMPARE_CSV),
        (["-", "--target", "three hundred"], COMPARE_CSV),
    ],
    "forms": [([], ""), (["--goal", "sleep"], ""), (["--products"], "")],
    "food": [(["pumpkin seeds", "1 oz"], ""), (["--search", "dark chocolate", "--limit", "3"], "")],
    "evidence": [([], "")],
    "guide": [([], ""), (["how-much"], "")],
    "interactions": [
        ([], ""),
        (["--medication", "ppi"], ""),
        (["--medication", "ppi", "--medication", "warfarin"], ""),
    ],
    "sources": [([], ""), (["IOM97", "ODS"], "")],
}

# commands with --batch: lines to feed them, good and bad (a CSV header line, where
# there is one, is not a record)
BATCH: dict[str, str] = {
    "elemental": "citrate 500mg\nfoo 1g\n\n# comment\nepsom salt 1 g\n",
    "compound": "glycinate 200mg\nnope 1g\n",
    "convert": "10 mmol\nfoo\n",
    "compare": "name,form,amount,amount_is,units,price\nA,oxide,500mg,compound,100,5\n"
    "B,wat,1g,compound,10,5\n",
    "label": "Magnesium citrate 500 mg\n=HYPERLINK(1)\n",
    "food": "almonds 1oz\nzzzzqqq 1g\n",
    "serum": "2.0 mg/dL\n0.5 mmol/L\nnonsense\n",
    "check": "sex,age,food,supplement\nfemale,34,almonds 1oz,glycinate 1000mg\nmale,abc,,\n",
    "plan": "sex,age,food,medication\nfemale,34,200,doxycycline\nmale,45,,\n",
}

# commands that print no data records (their output is not a result)
NOT_DATA = {"schema"}
