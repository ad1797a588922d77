"""What each output key means, and its unit: the words of ``mgcalc schema``.

One key has one type and one meaning in every command (design.md), so each key is
described once, here. A record whose field means something narrower can say so
next to the field instead: ``percent_dv: Annotated[int, Doc("...", "%")]``; the
schema builder (mgcalc.render.schema) prefers that, and a test fails when a field
of any record has neither. Numbers carry a unit ("1" for plain counts and ratios).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Doc:
    """A field's description and unit, for ``Annotated`` fields and the glossary."""

    description: str
    unit: str | None = None


MG = "mg"
FIELDS: dict[str, Doc] = {
    # records of every kind
    "line": Doc("Line number of the input (batch records and compare rows), from 1.", "1"),
    "input": Doc("The input text this record answers, as given."),
    "error": Doc("Why this input could not be computed (an error record)."),
    "sources": Doc("Ids of the sources behind the figures (see mgcalc sources)."),
    "warnings": Doc("Cautions to show the reader: UL, kidneys, medicines, label issues."),
    "notes": Doc("Further remarks on the figures, for people."),
    "id": Doc("Identifier of the entry (form, topic, source, interaction, diary row)."),
    "name": Doc("Human-readable name (of the form, product or interaction)."),
    # chemistry
    "form": Doc("Catalogue id of the magnesium form (or the formula given)."),
    "forms": Doc("Catalogue ids of the magnesium forms named."),
    "formula": Doc("Chemical formula, hydrate water after a dot (MgSO4.7H2O)."),
    "fraction": Doc("Mass fraction of magnesium in the compound, computed from the formula.", "1"),
    "fraction_low": Doc("Lowest magnesium fraction of a raw material's stated range.", "1"),
    "fraction_high": Doc("Highest magnesium fraction of a raw material's stated range.", "1"),
    "stated": Doc("What the source states about a raw material's content (null for formulas)."),
    "percent": Doc("Magnesium share of the compound's mass.", "%"),
    "molar_mass": Doc("Molar mass of the compound (IUPAC atomic weights).", "g/mol"),
    "purity": Doc("Share of the raw material that is the named salt (0..1).", "1"),
    "count": Doc(
        "Number of units or servings the amount was multiplied by (x2); whole counts are "
        "integers, half a tablet is 0.5.",
        "1",
    ),
    "compound_mg": Doc("Weight of the compound (the salt, not magnesium).", MG),
    "compound_parts_mg": Doc("Compound weight of each form, in the order of forms.", MG),
    "elemental_mg": Doc(
        "Elemental magnesium in what the record is about: the amount given, one serving "
        "of a label line or cabinet product, an intake item, a diary entry or a dose.",
        MG,
    ),
    "elemental_low_mg": Doc(
        "Low end of a stated range: at fraction_low, or a label's range (null without one).", MG
    ),
    "elemental_high_mg": Doc(
        "High end of a stated range: at fraction_high, or a label's range (null without one).",
        MG,
    ),
    "compound_low_mg": Doc("Compound weight needed at fraction_high.", MG),
    "compound_high_mg": Doc("Compound weight needed at fraction_low.", MG),
    "assumed": Doc("What a bare name was read as, why, and what to ask for instead."),
    "basis": Doc("Why that reading: pharmacopoeia, clinical, market or safer."),
    "alternatives": Doc("Form ids to name instead of the bare name."),
    "mmol": Doc("Elemental magnesium in millimoles (24.305 mg per mmol).", "mmol"),
    "meq": Doc("Elemental magnesium in milliequivalents (Mg2+: 2 mEq per mmol).", "mEq"),
    "mg": Doc("Elemental magnesium.", MG),
    "given": Doc("The amount as given, with its unit."),
    "unit_size_mg": Doc("Compound weight of one capsule or tablet.", MG),
    "units": Doc("Number of capsules or tablets (null when no unit size applies).", "1"),
    "supplied_elemental_mg": Doc("Elemental magnesium the rounded-up units supply.", MG),
    "volume_ml": Doc("Volume of the solution or liquid (null without --concentration).", "mL"),
    "concentration": Doc("The concentration as given (null without --concentration)."),
    "compound_mg_per_ml": Doc("Compound per millilitre of the solution.", "mg/mL"),
    "elemental_mg_per_ml": Doc("Elemental magnesium per millilitre of the solution.", "mg/mL"),
    "absorption": Doc("Absorption tier from the cited studies (high, medium, low, unknown)."),
    "absorption_note": Doc("What the absorption studies found, in words."),
    "gi_note": Doc("Stomach and bowel tolerance, in words."),
    "aliases": Doc("Other names accepted for this entry."),
    # intake, check and plan
    "standard": Doc("Reference standard: us (IOM 1997) or eu (EFSA/SCF)."),
    "standard_title": Doc("Full name of the reference standard."),
    "life_stage": Doc("Life-stage group the reference values are for."),
    "sex": Doc("Sex the reference values are for (female or male)."),
    "age_years": Doc("Age given, in years (null when not given).", "years"),
    "age_assumed": Doc("True when no age was given and an adult was assumed."),
    "pregnant": Doc("Reference values for pregnancy."),
    "lactating": Doc("Reference values for lactation."),
    "rda_mg": Doc("The RDA, or the AI where no RDA is set (see reference_type).", MG),
    "reference_type": Doc("Which reference rda_mg/target_mg is: RDA or AI."),
    "ul_mg": Doc("Tolerable upper intake level for supplemental magnesium (null if none).", MG),
    "food_mg": Doc("Magnesium from food.", MG),
    "supplement_mg": Doc("Magnesium from supplements and medicines.", MG),
    "supplement_low_mg": Doc(
        "plan: the proposed supplement at the low end of the form's stated content range "
        "(null without a range).",
        MG,
    ),
    "supplement_high_mg": Doc(
        "plan: the proposed supplement at the top of the form's stated content range, the "
        "figure held against the UL (null without a range).",
        MG,
    ),
    "elemental_per_day_low_mg": Doc(
        "compare: the daily units at the low end of the form's stated content range (null "
        "without a range).",
        MG,
    ),
    "elemental_per_day_high_mg": Doc(
        "compare: the daily units at the top of the form's stated content range, the figure "
        "held against the UL (null without a range).",
        MG,
    ),
    "total_mg": Doc("Magnesium from food and supplements together.", MG),
    "percent_of_reference": Doc("Total intake as a share of the RDA/AI.", "%"),
    "percent_of_ul": Doc("Supplemental intake as a share of the UL.", "%"),
    "over_ul": Doc(
        "True when supplemental magnesium is over the UL, counting the top of any stated "
        "range (in compare: null when --target could not be read)."
    ),
    "ul_group": Doc(
        "label: the standard and age group whose UL the product is read against, from its "
        "DV basis (child: US 1-3 years; infant: none set; adult, pregnancy: the adult UL)."
    ),
    "ul_status": Doc(
        "Supplemental intake against the UL: over, within, not_set (no UL for the age), or "
        "not_logged (a diary day with no entries has no status)."
    ),
    "drop_to_fit": Doc("Supplements to leave out to come within the UL (inputs as given)."),
    "cautions": Doc("Cautions with their kind and sources (warnings holds their text)."),
    "foods": Doc("Each food counted, as read."),
    "supplements": Doc("Each supplement counted, as read."),
    "source": Doc("Where an intake item's figure comes from (form, food or mg given)."),
    "derived": Doc("True when the input states no amount and it was derived (from a %DV)."),
    "figure_note": Doc(
        "How the figure was reached when not read outright: derived, a range counted at its "
        "top (which never understates intake against the UL), a bare name's hydrate, what "
        "the label reader noted (null when the figure was read outright)."
    ),
    "food": Doc("Food description (USDA SR28; null for an item that is not a food found there)."),
    "ndb": Doc("USDA SR28 NDB number of the food."),
    "preparation": Doc("How the food was prepared, when the database says."),
    "amount": Doc("The food amount as given (1 oz, 2 tbsp, 100 g)."),
    "amount_g": Doc("The food amount in grams.", "g"),
    "magnesium_mg": Doc("Magnesium in the food amount.", MG),
    "ods": Doc("The ODS fact sheet's figure for this everyday food, beside SR28's."),
    "serving": Doc("The serving the ODS figure is for."),
    "usda_sr28_mg": Doc("SR28's figure for that serving, to compare.", MG),
    "differs": Doc("Whether the ODS and SR28 figures differ."),
    "mg_per_100g": Doc("Magnesium per 100 g of the food.", "mg/100 g"),
    "matched_by": Doc("How the food was found: ndb, name or search."),
    "citation": Doc("Full citation of the source."),
    "url": Doc("Where the source can be read (null if offline only)."),
    "food_group": Doc("USDA SR28 food group."),
    "common_names": Doc("Everyday names of the food."),
    "measures": Doc("Household measures the food amount may use."),
    "goal": Doc("Goal the plan or ranking is for."),
    "target_mg": Doc("The RDA/AI the plan aims at (null where none is set).", MG),
    "gap_mg": Doc(
        "Target less food: what supplements could add; never below 0 (food at or over "
        "the target leaves a gap of 0).",
        MG,
    ),
    "doses": Doc("The doses of the plan, in the order of the day."),
    "time": Doc("When to take the dose."),
    "clock": Doc("Clock time (HH:MM) of the dose or diary entry; null when not given."),
    "note": Doc("A remark on this entry (medication window, evidence detail)."),
    "profile_used": Doc("True when the saved profile supplied the person's details."),
    # the diary's profile and files
    "egfr": Doc("Saved eGFR, kidney function (null if not given).", "mL/min/1.73 m2"),
    "egfr_category": Doc(
        "KDIGO GFR category of the eGFR (G1, G2, G3a, G3b, G4, G5; null without one)."
    ),
    "kidney_disease": Doc("Whether kidney disease was declared."),
    "medications": Doc("Medication classes or drug names declared."),
    "interaction": Doc("How the medicine interacts: spacing, avoid, depletion, retention, effect."),
    "times": Doc("Clock times the medicine is taken (HH:MM)."),
    "names": Doc("Drug names this interaction entry covers."),
    "path": Doc("File the record was read from or saved to."),
    "home": Doc("Directory holding mgcalc's profile and diary."),
    "home_from": Doc("What chose that directory: MGCALC_HOME or the platform default."),
    "config": Doc("Path of the profile file."),
    "config_exists": Doc("Whether the profile file exists."),
    "database": Doc("Path of the diary database (SQLite)."),
    "database_exists": Doc("Whether the diary database exists."),
    "removed": Doc(
        "True when the command took this entry or product out (log remove, log undo, "
        "cabinet remove); false when it stored it."
    ),
    # labels
    "figure_is": Doc("What the amount on the label line is: elemental or compound."),
    "stated_mg": Doc(
        "The amount printed on the label line; for a range (100-200 mg) its top, as check "
        "counts it against the UL (both ends in stated_range_mg).",
        MG,
    ),
    "elemental_range_mg": Doc("Elemental range when the form is ambiguous: [low, high].", MG),
    "elemental_per_day_mg": Doc(
        "Elemental magnesium a day: servings x units per serving (label), or units a day "
        "x elemental_per_unit_mg (compare; null when --target could not be read).",
        MG,
    ),
    "units_per_serving": Doc("Capsules or tablets per serving.", "1"),
    "units_per_pack": Doc("Capsules or tablets in one pack or bottle (what its price buys).", "1"),
    "servings": Doc("Servings per day.", "1"),
    "dv_basis": Doc("FDA Daily Value group (adult, infant, child, pregnancy, pre-2016)."),
    "dv_mg": Doc("The FDA Daily Value used.", MG),
    "percent_dv": Doc("Percent of the Daily Value, as rounded for the label.", "%"),
    "percent_nrv": Doc("Percent of the EU Nutrient Reference Value (375 mg).", "%"),
    "stated_percent_dv": Doc("The %DV printed on the label line (null if none).", "%"),
    "percent_dv_matches": Doc("Whether the printed %DV agrees with the computed one."),
    "declaration": Doc("The US Supplement (or Nutrition) Facts line."),
    "eu_declaration": Doc("The EU label line with % NRV."),
    "declared_mg": Doc("The amount to declare, rounded as the rule says.", MG),
    "declared": Doc("Whether a US declaration is made (none under 2% of the RDI)."),
    "magnesium_row": Doc("The magnesium row found in the label text."),
    "stated_range_mg": Doc("Amount range printed on the line: [low, high].", MG),
    "compound_supplies_mg": Doc("Elemental magnesium the stated compound supplies.", MG),
    "elemental_per_day_range_mg": Doc("Elemental magnesium per day: [low, high].", MG),
    "percent_dv_display": Doc("percent_dv as printed on a label (47%, <1%)."),
    "percent_nrv_display": Doc("percent_nrv as printed on a label."),
    "stated_percent": Doc("The percentage printed on the label line (null if none).", "%"),
    "stated_percent_display": Doc("stated_percent as printed on the label line."),
    "stated_percent_basis": Doc("What the printed percentage is of: dv or nrv."),
    "stated_percents": Doc(
        "Every percentage the line prints, each with its basis and whether it fits "
        "('48% DV 53% NRV' prints two); the first is also stated_percent."
    ),
    "percent_matches": Doc("Whether the printed percentage agrees with the computed one."),
    "percent_of_ul_range": Doc("percent_of_ul for the low and high amounts.", "%"),
    "may_exceed_ul": Doc(
        "True when the high end of a range is over the UL; the same as over_ul, which "
        "counts the top of any range as check does."
    ),
    "descriptors": Doc("Words on the line that describe the product (buffered, chelated)."),
    "ignored": Doc("Parts of the pasted text that were not read."),
    "meets_declared_amount": Doc("Whether the product supplies at least what it declares."),
    "compliant_declaration": Doc("A declaration the product meets (null when it is fine)."),
    "compliant_declared_mg": Doc("The amount such a declaration states.", MG),
    "overage_mg": Doc("Elemental magnesium to add to meet the declared amount.", MG),
    "overage_compound_mg": Doc("Compound weight to add to meet the declared amount.", MG),
    "eu_declared_mg": Doc("The amount for the EU label (3 significant figures).", MG),
    "rule": Doc("The labelling rule applied, with its citation."),
    # compare
    "option": Doc("The option whose value could not be read (an error record)."),
    "index": Doc(
        "Which value of a repeatable option (--product, --medication) this is, from 1.", "1"
    ),
    "rank": Doc("Position in the ranking, from 1.", "1"),
    "elemental_per_unit_mg": Doc("Elemental magnesium per capsule or tablet.", MG),
    "price": Doc("Price of the pack, in the currency given.", "currency"),
    "cost_per_100mg": Doc("Cost of 100 mg of elemental magnesium.", "currency/100 mg"),
    "units_per_dose": Doc(
        "Units a day to reach the target, rounded up (null when --target could not be read).",
        "1",
    ),
    "days": Doc("Days one pack lasts at that dose (null without a target).", "days"),
    "cost_per_day": Doc("Cost a day at that dose (null without a target).", "currency/day"),
    "overshoot_mg": Doc(
        "Daily elemental magnesium less the target: positive when whole units go past the "
        "target, negative when they fall short of it (rounded down to stay within the UL, "
        "see dose_note), 0 when they meet it exactly; null without a target.",
        MG,
    ),
    "dose_note": Doc("Why units per dose were capped or rounded down (null if not)."),
    "extra": Doc("Further columns of the product row, kept as given."),
    # knowledge
    "suits": Doc("Goals this form suits."),
    "watch": Doc("What to watch for with this form."),
    "why": Doc("Why the form ranks where it does for the goal."),
    "evidence_verdict": Doc("What the evidence says for this goal, in a word (null if none)."),
    "evidence_caution": Doc("A caution about that evidence (null if none)."),
    "score": Doc(
        "Ranking score for the goal, higher is better: positive when the goal prefers the "
        "form (or, without a preference, its absorption is not low), negative when the "
        "goal advises against it or its absorption is low, 0 without absorption data.",
        "1",
    ),
    "outcome": Doc("Health outcome studied."),
    "grade": Doc("Research grade: A strong, B moderate, C limited, D no effect."),
    "mainstream_verdict": Doc("The mainstream sources' verdict on the outcome."),
    "mainstream": Doc("What mainstream sources (ODS, reviews) say about the outcome."),
    "mainstream_sources": Doc("Ids of those mainstream sources."),
    "weak_or_negative": Doc("True when the evidence is weak or finds no effect."),
    "study_dose_low_mg": Doc("Lowest daily dose used in the clinical studies.", MG),
    "study_dose_high_mg": Doc("Highest daily dose used in the clinical studies.", MG),
    "kind": Doc("Kind of entry or caution (medication, stacking, kidney, ul, ...)."),
    "effect": Doc("What the interaction does."),
    "advice": Doc("What to do about it (null when nothing to do)."),
    "separate_hours": Doc("Hours to keep between the medicine and magnesium.", "hours"),
    "before_hours": Doc("Hours to take the medicine before magnesium.", "hours"),
    "after_hours": Doc("Hours to take the medicine after magnesium.", "hours"),
    "title": Doc("Title of the guide topic."),
    "text": Doc("The text itself: a caution, or a guide topic's answer in Markdown."),
    # the diary and cabinet
    "label": Doc("The label line the product was saved with."),
    "added_at": Doc("When the product was added (ISO 8601)."),
    "date": Doc("Day of the diary entry (YYYY-MM-DD)."),
    "item": Doc("What was logged, as given."),
    "logged_at": Doc("When the entry was written (ISO 8601)."),
    "status": Doc("Whether the day was logged: logged, no_supplements or not_logged."),
    "entries": Doc("The day's diary entries."),
    "entry_count": Doc("Number of diary entries that day.", "1"),
    "file": Doc("The file imported."),
    "records": Doc("Records found in the file.", "1"),
    "imported": Doc("Records imported.", "1"),
    "already_present": Doc("Records skipped as already in the diary.", "1"),
    # serum
    "value": Doc("The serum value as a number, in the unit named by unit.", "see unit"),
    "unit": Doc("The unit the serum value was given in (mg/dL, mg/L, mmol/L, mEq/L)."),
    "mg_dl": Doc("Serum magnesium in mg/dL.", "mg/dL"),
    "mg_l": Doc("Serum magnesium in mg/L.", "mg/L"),
    "mmol_l": Doc("Serum magnesium in mmol/L.", "mmol/L"),
    "meq_l": Doc("Serum magnesium in mEq/L.", "mEq/L"),
    "position": Doc("Against the reference interval: below, within or above."),
    "reference": Doc("The reference interval used, in every unit, with its population."),
    "population": Doc("Who the reference interval is for."),
    "low_mmol_l": Doc("Lower limit of the reference interval in mmol/L.", "mmol/L"),
    "high_mmol_l": Doc("Upper limit of the reference interval in mmol/L.", "mmol/L"),
    "low_mg_dl": Doc("Lower limit of the reference interval in mg/dL.", "mg/dL"),
    "high_mg_dl": Doc("Upper limit of the reference interval in mg/dL.", "mg/dL"),
    "low_meq_l": Doc("Lower limit of the reference interval in mEq/L.", "mEq/L"),
    "high_meq_l": Doc("Upper limit of the reference interval in mEq/L.", "mEq/L"),
}
