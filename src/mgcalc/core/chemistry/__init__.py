"""Chemistry: magnesium forms and formulas, amounts as typed, concentrations, the calculators."""
