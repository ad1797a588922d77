"""The baseline for the batch benchmark: a plain loop a user might write.

It reads ``FORM AMOUNT`` lines, parses the amount (mg or g), looks the fraction
up in a dict, and writes one ``json.dumps`` record per line, with none of
mgcalc's validation, aliases or caching. mgcalc's batch mode must beat it.
"""

import json
import sys

FRACTIONS = {}  # filled from mgcalc's catalogue so both compute the same figures


def main() -> None:
    from mgcalc.core.chemistry.forms import alias_table, from_record

    for key, record in alias_table().items():
        FRACTIONS[key] = from_record(record).fraction
    write = sys.stdout.write
    for line in sys.stdin:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        form, _, amount = line.rpartition(" ")
        amount = amount.lower()
        if amount.endswith("mg"):
            mg = float(amount[:-2].replace(",", ""))
        elif amount.endswith("g"):
            mg = float(amount[:-1]) * 1000
        else:
            mg = float(amount)
        fraction = FRACTIONS[form.lower().replace(" ", "-")]
        elemental = mg * fraction
        write(
            json.dumps(
                {
                    "form": form,
                    "fraction": round(fraction, 5),
                    "compound_mg": round(mg, 2),
                    "elemental_mg": round(elemental, 2),
                    "elemental_mmol": round(elemental / 24.305, 3),
                    "elemental_meq": round(elemental / 12.1525, 3),
                }
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
