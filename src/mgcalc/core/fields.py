"""The vocabulary of output keys: each key's type, description and unit, declared once.

A record is a ``TypedDict`` whose fields are typed with these aliases
(``elemental_mg: fields.ElementalMg``), so a record's declaration holds its fields,
their types, descriptions and units, and ``mgcalc schema`` reads all of it from the
annotations when it runs (record modules import this module for type checking only:
a command never needs the descriptions, and building these aliases costs start-up).
One key has one type and one meaning in every command:
a key is always typed with its own alias (a test walks every record). A field whose
value is another record names its description with the key's ``Doc`` constant
(``assumed: Annotated[AssumedRecord | None, fields.ASSUMED]``). Numbers carry a unit
("1" for plain counts and ratios).
"""

from __future__ import annotations

from typing import Annotated, NamedTuple


class Doc(NamedTuple):
    """A field's description and unit, carried in its ``Annotated`` type."""

    description: str
    unit: str | None = None


MG = "mg"

# records of every kind
Line = Annotated[
    int, Doc("Line number of the input (batch records and compare rows), from 1.", "1")
]
Input = Annotated[str, Doc("The input text this record answers, as given.")]
Error = Annotated[str, Doc("Why this input could not be computed (an error record).")]
Sources = Annotated[list[str], Doc("Ids of the sources behind the figures (see mgcalc sources).")]
Warnings = Annotated[
    list[str], Doc("Cautions to show the reader: UL, kidneys, medicines, label issues.")
]
Notes = Annotated[list[str], Doc("Further remarks on the figures, for people.")]
Id = Annotated[str, Doc("Identifier of the entry (form, topic, source, interaction).")]
EntryId = Annotated[
    int, Doc("Number of the diary entry (log remove ENTRY_ID; null for an entry not stored).", "1")
]
Name = Annotated[str, Doc("Human-readable name (of the form, product or interaction).")]

# chemistry
Form = Annotated[str, Doc("Catalogue id of the magnesium form (or the formula given).")]
Forms = Annotated[list[str], Doc("Catalogue ids of the magnesium forms named.")]
Formula = Annotated[str, Doc("Chemical formula, hydrate water after a dot (MgSO4.7H2O).")]
Fraction = Annotated[
    float, Doc("Mass fraction of magnesium in the compound, computed from the formula.", "1")
]
FractionLow = Annotated[
    float, Doc("Lowest magnesium fraction of a raw material's stated range.", "1")
]
FractionHigh = Annotated[
    float, Doc("Highest magnesium fraction of a raw material's stated range.", "1")
]
Stated = Annotated[
    str, Doc("What the source states about a raw material's content (null for formulas).")
]
Percent = Annotated[float, Doc("Magnesium share of the compound's mass.", "%")]
MolarMassGMol = Annotated[float, Doc("Molar mass of the compound (IUPAC atomic weights).", "g/mol")]
Purity = Annotated[float, Doc("Share of the raw material that is the named salt (0..1).", "1")]
Count = Annotated[
    float,
    Doc(
        "Number of units or servings the amount was multiplied by (x2); whole counts are "
        "integers, half a tablet is 0.5.",
        "1",
    ),
]
CompoundMg = Annotated[float, Doc("Weight of the compound (the salt, not magnesium).", MG)]
CompoundPartsMg = Annotated[
    list[float], Doc("Compound weight of each form, in the order of forms.", MG)
]
ElementalMg = Annotated[
    float,
    Doc(
        "Elemental magnesium in what the record is about: the amount given or converted, "
        "one serving of a label line or cabinet product, an intake item, a food amount, a "
        "diary entry or a dose.",
        MG,
    ),
]
ElementalLowMg = Annotated[
    float,
    Doc(
        "Low end of elemental_mg when it is a range: at fraction_low (elemental, check; null "
        "without a stated content range), or the label's range (label: always, equal to "
        "elemental_high_mg when exact).",
        MG,
    ),
]
ElementalHighMg = Annotated[
    float,
    Doc(
        "High end of elemental_mg when it is a range: at fraction_high (elemental, check; "
        "null without a stated content range), or the label's range (label: always; the "
        "figure held against the UL).",
        MG,
    ),
]
CompoundLowMg = Annotated[float, Doc("Compound weight needed at fraction_high.", MG)]
CompoundHighMg = Annotated[float, Doc("Compound weight needed at fraction_low.", MG)]
ASSUMED = Doc("What a bare name was read as, why, and what to ask for instead.")
Basis = Annotated[
    str, Doc("Why that reading: pharmacopoeia, clinical, market, safer or formula (as written).")
]
Product = Annotated[str, Doc("Id of the over-the-counter product named (mgcalc forms --products).")]
ProductUnits = Annotated[
    float, Doc("Units of the product: tablets, caplets, 15 mL doses, level teaspoons.", "1")
]
AmountIs = Annotated[
    str,
    Doc(
        "What the amount given to compound was: elemental (magnesium itself, the default) "
        "or compound (the salt's own weight, --salt)."
    ),
]
ProductUnit = Annotated[
    str, Doc("What a count of the product counts: tablet, caplet, 15 mL, level teaspoon.")
]
UnitVolumeMl = Annotated[float, Doc("Volume of one unit of a liquid product.", "mL")]
MaxUnitsPerDay = Annotated[
    float, Doc("The most units the product's label allows in 24 hours (null: not stated).", "1")
]
LabelDate = Annotated[str, Doc("Date of the label version the figures come from (YYYY-MM-DD).")]
OTHER_READING = Doc(
    "A bare formula of a salt medicines hold as a hydrate (MgSO4) has two readings: the same "
    "calculation as the other one (the hydrate, or the salt as written without water)."
)
Alternatives = Annotated[list[str], Doc("Form ids to name instead of the bare name.")]
ElementalMmol = Annotated[
    float, Doc("Elemental magnesium in millimoles (24.305 mg per mmol).", "mmol")
]
ElementalMeq = Annotated[
    float, Doc("Elemental magnesium in milliequivalents (Mg2+: 2 mEq per mmol).", "mEq")
]
Given = Annotated[str, Doc("The amount as given, with its unit.")]
UnitSizeMg = Annotated[float, Doc("Compound weight of one capsule or tablet.", MG)]
Units = Annotated[int, Doc("Number of capsules or tablets (null when no unit size applies).", "1")]
SuppliedElementalMg = Annotated[float, Doc("Elemental magnesium the rounded-up units supply.", MG)]
VolumeMl = Annotated[
    float, Doc("Volume of the solution or liquid (null without --concentration).", "mL")
]
Concentration = Annotated[str, Doc("The concentration as given (null without --concentration).")]
CompoundMgPerMl = Annotated[float, Doc("Compound per millilitre of the solution.", "mg/mL")]
ElementalMgPerMl = Annotated[
    float, Doc("Elemental magnesium per millilitre of the solution.", "mg/mL")
]
Absorption = Annotated[
    str, Doc("Absorption tier from the cited studies (high, medium, low, unknown).")
]
AbsorptionNote = Annotated[str, Doc("What the absorption studies found, in words.")]
GiNote = Annotated[str, Doc("Stomach and bowel tolerance, in words.")]
Aliases = Annotated[list[str], Doc("Other names accepted for this entry.")]

# intake, check and plan
Standard = Annotated[str, Doc("Reference standard: us (IOM 1997) or eu (EFSA/SCF).")]
StandardTitle = Annotated[str, Doc("Full name of the reference standard.")]
LifeStage = Annotated[str, Doc("Life-stage group the reference values are for.")]
Sex = Annotated[str, Doc("Sex the reference values are for (female or male).")]
AgeYears = Annotated[float, Doc("Age given, in years (null when not given).", "years")]
AgeAssumed = Annotated[bool, Doc("True when no age was given and an adult was assumed.")]
Pregnant = Annotated[bool, Doc("Reference values for pregnancy.")]
Lactating = Annotated[bool, Doc("Reference values for lactation.")]
RdaMg = Annotated[int, Doc("The RDA, or the AI where no RDA is set (see reference_type).", MG)]
ReferenceType = Annotated[str, Doc("Which reference rda_mg/target_mg is: RDA or AI.")]
UlMg = Annotated[
    int, Doc("Tolerable upper intake level for supplemental magnesium (null if none).", MG)
]
FoodMg = Annotated[float, Doc("Magnesium from food.", MG)]
SupplementMg = Annotated[float, Doc("Magnesium from supplements and medicines.", MG)]
ElementalPerDayLowMg = Annotated[
    float,
    Doc(
        "Low end of elemental_per_day_mg when it is a range (a label's range, or a form's "
        "stated content range in plan and compare; null there without one).",
        MG,
    ),
]
ElementalPerDayHighMg = Annotated[
    float,
    Doc(
        "High end of elemental_per_day_mg when it is a range, the figure held against the UL "
        "(label: always; plan and compare: null without a stated content range).",
        MG,
    ),
]
TotalMg = Annotated[float, Doc("Magnesium from food and supplements together.", MG)]
PercentOfReference = Annotated[float, Doc("Total intake as a share of the RDA/AI.", "%")]
PercentOfUl = Annotated[float, Doc("Supplemental intake as a share of the UL.", "%")]
OverUl = Annotated[
    bool,
    Doc(
        "True when supplemental magnesium is over the UL, counting the top of any stated "
        "range (in compare: null when --target could not be read)."
    ),
]
UlGroup = Annotated[
    str,
    Doc(
        "label: the standard and age group whose UL the product is read against, from its "
        "DV basis (child: US 1-3 years; infant: none set; adult, pregnancy: the adult UL)."
    ),
]
UlStatus = Annotated[
    str,
    Doc(
        "Supplemental intake against the UL: over, within, not_set (no UL for the age), or "
        "not_logged (a diary day with no entries has no status)."
    ),
]
DropToFit = Annotated[
    list[str], Doc("Supplements to leave out to come within the UL (inputs as given).")
]
CAUTIONS = Doc("Cautions with their kind and sources (warnings holds their text).")
FOODS = Doc("Each food counted, as read.")
SUPPLEMENTS = Doc("Each supplement counted, as read.")
Source = Annotated[str, Doc("Where an intake item's figure comes from (form, food or mg given).")]
Derived = Annotated[
    bool, Doc("True when the input states no amount and it was derived (from a %DV).")
]
FigureNote = Annotated[
    str,
    Doc(
        "How the figure was reached when not read outright: derived, a range counted at its "
        "top (which never understates intake against the UL), a bare name's hydrate, what "
        "the label reader noted (null when the figure was read outright)."
    ),
]
Food = Annotated[
    str, Doc("Food description (USDA SR28; null for an item that is not a food found there).")
]
Ndb = Annotated[str, Doc("USDA SR28 NDB number of the food.")]
Preparation = Annotated[str, Doc("How the food was prepared, when the database says.")]
Amount = Annotated[str, Doc("The food amount as given (1 oz, 2 tbsp, 100 g).")]
AmountG = Annotated[float, Doc("The food amount in grams.", "g")]
ODS = Doc("The ODS fact sheet's figure for this everyday food, beside SR28's.")
Serving = Annotated[str, Doc("The serving the ODS figure is for.")]
UsdaSr28Mg = Annotated[float, Doc("SR28's figure for that serving, to compare.", MG)]
Differs = Annotated[bool, Doc("Whether the ODS and SR28 figures differ.")]
MgPer100g = Annotated[float, Doc("Magnesium per 100 g of the food.", "mg/100 g")]
MatchedBy = Annotated[str, Doc("How the food was found: ndb, name or search.")]
Citation = Annotated[str, Doc("Full citation of the source.")]
Url = Annotated[str, Doc("Where the source can be read (null if offline only).")]
Secondary = Annotated[
    str,
    Doc(
        "What of this source mgcalc read only as quoted by a secondary page "
        "(null when the figures were read in the source itself)."
    ),
]
FoodGroup = Annotated[str, Doc("USDA SR28 food group.")]
CommonNames = Annotated[str, Doc("Everyday names of the food.")]
Measures = Annotated[list[str], Doc("Household measures the food amount may use.")]
Goal = Annotated[str, Doc("Goal the plan or ranking is for.")]
TargetMg = Annotated[int, Doc("The RDA/AI the plan aims at (null where none is set).", MG)]
GapMg = Annotated[
    float,
    Doc(
        "Target less food: what supplements could add; never below 0 (food at or over "
        "the target leaves a gap of 0).",
        MG,
    ),
]
DOSES = Doc("The doses of the plan, in the order of the day.")
Time = Annotated[str, Doc("When to take the dose.")]
Clock = Annotated[str, Doc("Clock time (HH:MM) of the dose or diary entry; null when not given.")]
Note = Annotated[str, Doc("A remark on this entry (medication window, evidence detail).")]
ProfileUsed = Annotated[bool, Doc("True when the saved profile supplied the person's details.")]

# the diary's profile and files
EgfrMlMin173m2 = Annotated[
    float, Doc("eGFR, kidney function (null if not given).", "mL/min/1.73 m2")
]
EgfrCategory = Annotated[
    str, Doc("KDIGO GFR category of the eGFR (G1, G2, G3a, G3b, G4, G5; null without one).")
]
KidneyDisease = Annotated[bool, Doc("Whether kidney disease was declared.")]
MEDICATIONS = Doc("Medication classes or drug names declared.")
Interaction = Annotated[
    str, Doc("How the medicine interacts: spacing, avoid, depletion, retention, effect.")
]
Times = Annotated[list[str], Doc("Clock times the medicine is taken (HH:MM).")]
Names = Annotated[list[str], Doc("Drug names this interaction entry covers.")]
Path = Annotated[str, Doc("File the record was read from or saved to.")]
Home = Annotated[str, Doc("Directory holding mgcalc's profile and diary.")]
HomeFrom = Annotated[str, Doc("What chose that directory: MGCALC_HOME or the platform default.")]
Config = Annotated[str, Doc("Path of the profile file.")]
ConfigExists = Annotated[bool, Doc("Whether the profile file exists.")]
Database = Annotated[str, Doc("Path of the diary database (SQLite).")]
DatabaseExists = Annotated[bool, Doc("Whether the diary database exists.")]
Removed = Annotated[
    bool,
    Doc(
        "True when the command took this entry or product out (log remove, log undo, "
        "cabinet remove); false when it stored it."
    ),
]

# labels
FigureIs = Annotated[str, Doc("What the amount on the label line is: elemental or compound.")]
StatedMg = Annotated[
    float,
    Doc(
        "The amount printed on the label line; for a range (100-200 mg) its top, as check "
        "counts it against the UL (both ends in stated_low_mg and stated_high_mg).",
        MG,
    ),
]
ElementalPerDayMg = Annotated[
    float,
    Doc(
        "Elemental magnesium a day: servings x units per serving (label), units a day x "
        "elemental_per_unit_mg (compare; null when --target could not be read), or the "
        "supplement proposed (plan).",
        MG,
    ),
]
UnitsPerServing = Annotated[int, Doc("Capsules or tablets per serving.", "1")]
UnitsPerPack = Annotated[
    int, Doc("Capsules or tablets in one pack or bottle (what its price buys).", "1")
]
Servings = Annotated[int, Doc("Servings per day.", "1")]
DvBasis = Annotated[str, Doc("FDA Daily Value group (adult, infant, child, pregnancy, pre-2016).")]
DvMg = Annotated[int, Doc("The FDA Daily Value used.", MG)]
PercentDv = Annotated[int, Doc("Percent of the Daily Value, as rounded for the label.", "%")]
PercentNrv = Annotated[int, Doc("Percent of the EU Nutrient Reference Value (375 mg).", "%")]
Declaration = Annotated[
    str,
    Doc(
        "The US Supplement (or Nutrition) Facts line: a compliant one, which the product "
        "meets (21 CFR 101.9(g)(4)(i))."
    ),
]
EuDeclaration = Annotated[
    str, Doc("The EU label line with % NRV, per recommended daily dose (2002/46/EC Art. 8(2)).")
]
EuServingDeclaration = Annotated[str, Doc("The EU line for one serving (an extra line).")]
DeclaredMg = Annotated[
    float,
    Doc(
        "The amount to declare: the highest step the product holds (5 mg; finer for "
        "amounts 5 mg steps cannot state, 101.9(c)(8)(iii)).",
        MG,
    ),
]
DeclaredStepMg = Annotated[float, Doc("The step declared_mg is written in (5, 1, 0.1).", MG)]
DeclarationBasis = Annotated[
    list[str],
    Doc(
        "What each form's declaration is computed from: formula, spec_minimum, "
        "least_hydrate, leanest_part or assay."
    ),
]
DeclarationBasisMg = Annotated[
    float, Doc("Magnesium a serving at that basis: the least the product may hold.", MG)
]
PercentDvFrom = Annotated[
    str, Doc("What percent_dv is computed from: declared (the declared amount) or actual.")
]
RoundedDeclaration = Annotated[
    str,
    Doc(
        "The line at the nearest 5 mg step where that is more than the product holds: an "
        "alternative, true only with overage_mg added (null otherwise)."
    ),
]
RoundedDeclaredMg = Annotated[int, Doc("The amount rounded_declaration states.", MG)]
OveragePercent = Annotated[float, Doc("Overage planned above the claim (--overage).", "%")]
FillMg = Annotated[float, Doc("Magnesium a serving must hold: the claim plus the overage.", MG)]
FillCompoundMg = Annotated[
    float, Doc("Raw material a unit for fill_mg (single-form declarations).", MG)
]
UsMinimumMg = Annotated[
    float, Doc("Least a serving may hold: 100% of the US claim (Class I, 101.9(g)(4)(i)).", MG)
]
EuServingDeclaredMg = Annotated[float, Doc("The EU amount for one serving.", MG)]
EuToleranceMg = Annotated[
    list[float],
    Doc("What a daily dose may hold against the EU declaration: -20%/+45% (EC2012TOL).", MG),
]
PercentNrvServing = Annotated[int, Doc("percent_nrv of one serving.", "%")]
EuSignificant = Annotated[
    bool,
    Doc("Whether the daily dose is at least 15% of the NRV (1169/2011 Annex XIII Part A 2)."),
]
AssayMg = Annotated[float, Doc("Magnesium an assay found, a serving (--assay x units).", MG)]
AssayMeetsUs = Annotated[bool, Doc("Whether the assay is at least 100% of the US claim.")]
AssayWithinEu = Annotated[bool, Doc("Whether the assay a daily dose is within the EU window.")]
Declared = Annotated[bool, Doc("Whether a US declaration is made (none under 2% of the RDI).")]
MagnesiumRow = Annotated[str, Doc("The magnesium row found in the label text.")]
StatedLowMg = Annotated[
    float, Doc("Low end of the amount printed on the line (its only figure without a range).", MG)
]
StatedHighMg = Annotated[float, Doc("High end of the amount printed on the line (stated_mg).", MG)]
CompoundSuppliesLowMg = Annotated[
    float, Doc("Elemental magnesium the stated compound weight holds at its lowest.", MG)
]
CompoundSuppliesHighMg = Annotated[
    float, Doc("Elemental magnesium the stated compound weight holds at its highest.", MG)
]
PercentDvDisplay = Annotated[str, Doc("percent_dv as printed on a label (47%, <1%).")]
PercentNrvDisplay = Annotated[str, Doc("percent_nrv as printed on a label.")]
StatedPercent = Annotated[
    float, Doc("The percentage printed on the label line (null if none).", "%")
]
StatedPercentDisplay = Annotated[str, Doc("stated_percent as printed on the label line.")]
StatedPercentBasis = Annotated[str, Doc("What the printed percentage is of: dv or nrv.")]
STATED_PERCENTS = Doc(
    "Every percentage the line prints, each with its basis and whether it fits "
    "('48% DV 53% NRV' prints two); the first is also stated_percent."
)
PercentMatches = Annotated[
    bool, Doc("Whether the printed percentage agrees with the computed one.")
]
PercentOfUlLow = Annotated[float, Doc("percent_of_ul at the low end of a range.", "%")]
PercentOfUlHigh = Annotated[float, Doc("percent_of_ul at the high end of a range.", "%")]
MayExceedUl = Annotated[
    bool,
    Doc(
        "True when the high end of a range is over the UL; the same as over_ul, which "
        "counts the top of any range as check does."
    ),
]
Descriptors = Annotated[
    list[str], Doc("Words on the line that describe the product (buffered, chelated).")
]
Ignored = Annotated[list[str], Doc("Parts of the pasted text that were not read.")]
MeetsDeclaredAmount = Annotated[
    bool,
    Doc("Whether the product supplies at least what it declares (at the least content)."),
]
OverageMg = Annotated[
    float, Doc("Elemental magnesium to add to make rounded_declaration true.", MG)
]
OverageCompoundMg = Annotated[
    float, Doc("Compound weight a unit to add to make rounded_declaration true.", MG)
]
EuDeclaredMg = Annotated[float, Doc("The EU amount, per daily dose, to 3 significant figures.", MG)]
Rule = Annotated[str, Doc("The labelling rule applied, with its citation.")]

# compare
Option = Annotated[str, Doc("The option whose value could not be read (an error record).")]
Index = Annotated[
    int, Doc("Which value of a repeatable option (--product, --medication) this is, from 1.", "1")
]
Rank = Annotated[int, Doc("Position in the ranking, from 1.", "1")]
ElementalPerUnitMg = Annotated[float, Doc("Elemental magnesium per capsule or tablet.", MG)]
PricePerPack = Annotated[
    float, Doc("Price of one pack or bottle, in the currency given.", "currency/pack")
]
CostPer100mg = Annotated[float, Doc("Cost of 100 mg of elemental magnesium.", "currency/100 mg")]
CostPerKgMg = Annotated[
    float, Doc("Cost of 1 kg of elemental magnesium (how raw material is priced).", "currency/kg")
]
RawMaterial = Annotated[
    bool,
    Doc(
        "True for a unit over 1 kg (a drum): raw material, priced per kg of magnesium, "
        "with no daily dose, days or UL reading."
    ),
]
UnitsPerDay = Annotated[
    int,
    Doc(
        "Capsules or tablets a day to reach the target, rounded up (null when --target "
        "could not be read).",
        "1",
    ),
]
Days = Annotated[int, Doc("Days one pack lasts at that dose (null without a target).", "days")]
CostPerDay = Annotated[
    float, Doc("Cost a day at that dose (null without a target).", "currency/day")
]
OvershootMg = Annotated[
    float,
    Doc(
        "Daily elemental magnesium less the target: positive when whole units go past the "
        "target, negative when they fall short of it (rounded down to stay within the UL, "
        "see dose_note), 0 when they meet it exactly; null without a target.",
        MG,
    ),
]
DoseNote = Annotated[str, Doc("Why units per dose were capped or rounded down (null if not).")]
Extra = Annotated[dict[str, str], Doc("Further columns of the product row, kept as given.")]

# knowledge
Suits = Annotated[list[str], Doc("Goals this form suits.")]
Watch = Annotated[str, Doc("What to watch for with this form.")]
Why = Annotated[str, Doc("Why the form ranks where it does for the goal.")]
EvidenceVerdict = Annotated[
    str, Doc("What the evidence says for this goal, in a word (null if none).")
]
EvidenceCaution = Annotated[str, Doc("A caution about that evidence (null if none).")]
Score = Annotated[
    int,
    Doc(
        "Ranking score for the goal, higher is better: positive when the goal prefers the "
        "form (or, without a preference, its absorption is not low), negative when the "
        "goal advises against it or its absorption is low, 0 without absorption data.",
        "1",
    ),
]
Outcome = Annotated[str, Doc("Health outcome studied.")]
Grade = Annotated[str, Doc("Research grade: A strong, B moderate, C limited, D no effect.")]
MainstreamVerdict = Annotated[str, Doc("The mainstream sources' verdict on the outcome.")]
Route = Annotated[
    str, Doc("How the magnesium was taken in the evidence graded (oral supplements unless said).")
]
Mainstream = Annotated[str, Doc("What mainstream sources (ODS, reviews) say about the outcome.")]
MainstreamSources = Annotated[list[str], Doc("Ids of those mainstream sources.")]
WeakOrNegative = Annotated[bool, Doc("True when the evidence is weak or finds no effect.")]
StudyDoseLowMg = Annotated[int, Doc("Lowest daily dose used in the clinical studies.", MG)]
StudyDoseHighMg = Annotated[int, Doc("Highest daily dose used in the clinical studies.", MG)]
Kind = Annotated[str, Doc("Kind of entry or caution (medication, stacking, kidney, ul, ...).")]
Effect = Annotated[str, Doc("What the interaction does.")]
Advice = Annotated[str, Doc("What to do about it (null when nothing to do).")]
SeparateHours = Annotated[
    float, Doc("Hours to keep between the medicine and magnesium, either way.", "hours")
]
BeforeHours = Annotated[
    float,
    Doc("Hours the medicine must be taken before magnesium (magnesium that long after).", "hours"),
]
AfterHours = Annotated[
    float,
    Doc("Hours the medicine must be taken after magnesium (magnesium that long before).", "hours"),
]
FirstOfDay = Annotated[
    bool, Doc("The medicine is the day's first intake: no magnesium before it since waking.")
]
Level = Annotated[
    str, Doc("What a condition means for magnesium: contraindicated (no dose) or caution.")
]
Crcl = Annotated[
    float, Doc("Creatinine clearance given, kidney function (null if not given).", "mL/min")
]
Conditions = Annotated[list[str], Doc("Ids of the conditions declared (--condition).")]
Conflicts = Annotated[
    list[str], Doc("Why a magnesium time falls inside a medicine's window (empty: none).")
]
Title = Annotated[str, Doc("Title of the guide topic.")]
Text = Annotated[str, Doc("The text itself: a caution, or a guide topic's answer in Markdown.")]

# the diary and cabinet
Label = Annotated[str, Doc("The label line the product was saved with.")]
AddedAt = Annotated[
    str, Doc("When the product was added (ISO 8601 with its UTC offset; older rows lack one).")
]
Date = Annotated[str, Doc("Day of the diary entry (YYYY-MM-DD).")]
Item = Annotated[str, Doc("What was logged, as given.")]
LoggedAt = Annotated[
    str, Doc("When the entry was written (ISO 8601 with its UTC offset; older rows lack one).")
]
Status = Annotated[str, Doc("Whether the day was logged: logged, no_supplements or not_logged.")]
ENTRIES = Doc("The day's diary entries.")
EntryCount = Annotated[int, Doc("Number of diary entries that day.", "1")]
DAY_STANDING = Doc(
    "The day's standing after log add: supplements against the UL and the total against "
    "the RDA/AI, with questions (a likely duplicate, a medicine's window); null without a "
    "saved profile."
)
FoodLogged = Annotated[
    bool,
    Doc(
        "Whether the day's food is known: false for a day with nothing logged, or only "
        "'no supplements' (its total and its share of the RDA/AI are then unknown)."
    ),
]
File = Annotated[str, Doc("The file read or written (log import, backup, restore).")]
UnitsLeft = Annotated[
    float,
    Doc("Units left in the bottle: its --count less the units logged since it was added.", "1"),
]
NearlyEmpty = Annotated[bool, Doc("True when under a week of daily servings is left.")]
ProfileIncluded = Annotated[bool, Doc("Whether the backup holds a saved profile.")]
ProductsInFile = Annotated[int, Doc("Cabinet products in the backup file.", "1")]
EntriesInFile = Annotated[int, Doc("Diary entries in the backup file.", "1")]
Replaced = Annotated[
    bool, Doc("True when restore replaced the home's profile, cabinet and diary (--replace).")
]
ProfileRestored = Annotated[
    str,
    Doc("The profile on restore: restored, unchanged (already the same) or none (no profile)."),
]
ProductsRestored = Annotated[int, Doc("Cabinet products restore added.", "1")]
EntriesRestored = Annotated[int, Doc("Diary entries restore added.", "1")]
Records = Annotated[int, Doc("Records found in the file.", "1")]
Imported = Annotated[int, Doc("Records imported.", "1")]
AlreadyPresent = Annotated[int, Doc("Records skipped as already in the diary.", "1")]

# serum
GivenValue = Annotated[float, Doc("The serum value as given, in given_unit.", "given_unit")]
Unit = Annotated[str, Doc("The unit low and high are in (mg/dL, mg/L, mmol/L, mEq/L).")]
GivenUnit = Annotated[
    str, Doc("The unit the serum value was given in (mg/dL, mg/L, mmol/L, mEq/L).")
]
MgDl = Annotated[float, Doc("Serum magnesium in mg/dL.", "mg/dL")]
MgL = Annotated[float, Doc("Serum magnesium in mg/L.", "mg/L")]
MmolL = Annotated[float, Doc("Serum magnesium in mmol/L.", "mmol/L")]
MeqL = Annotated[float, Doc("Serum magnesium in mEq/L.", "mEq/L")]
Position = Annotated[str, Doc("Against the reference interval: below, within or above.")]
INTERVAL = Doc(
    "The interval the value was placed against, in the unit its source publishes it in "
    "(converted is true only where no interval in the value's unit is published for the age)."
)
Low = Annotated[float, Doc("Low end of the interval, in its unit.", "the interval's unit")]
High = Annotated[float, Doc("High end of the interval, in its unit.", "the interval's unit")]
Converted = Annotated[bool, Doc("True when the interval was converted from another unit.")]
Critical = Annotated[
    bool, Doc("True when the value is past a critical value (seek medical care now).")
]
AgeDays = Annotated[int, Doc("Age given with --age, in days (null: an adult).", "days")]
REFERENCE = Doc("The reference interval used, in every unit, with its population.")
Population = Annotated[str, Doc("Who the reference interval is for.")]
LowMmolL = Annotated[float, Doc("Lower limit of the reference interval in mmol/L.", "mmol/L")]
HighMmolL = Annotated[float, Doc("Upper limit of the reference interval in mmol/L.", "mmol/L")]
LowMgDl = Annotated[float, Doc("Lower limit of the reference interval in mg/dL.", "mg/dL")]
HighMgDl = Annotated[float, Doc("Upper limit of the reference interval in mg/dL.", "mg/dL")]
LowMeqL = Annotated[float, Doc("Lower limit of the reference interval in mEq/L.", "mEq/L")]
HighMeqL = Annotated[float, Doc("Upper limit of the reference interval in mEq/L.", "mEq/L")]
