"""A label line's bracketed clauses and the text around them.

``Magnesium (as magnesium citrate) 200 mg (from 1000 mg ...)``: the reader takes the
text outside the brackets for the figure and each top-level clause for what it says
(a source, a salt weight, a percent); a bracket inside a formula (``Mg(OH)2``) is not
a clause.
"""

from __future__ import annotations


def split_groups(row: str) -> tuple[str, list[str]]:
    """The text outside top-level (...) and [...] groups, and the groups, in order
    (``Magnesium (as Mg(OH)2) 200 mg`` keeps ``Mg(OH)2`` whole)."""
    depth, start = 0, 0
    outside: list[str] = []
    groups: list[str] = []
    for index, char in enumerate(row):
        if depth == 0 and char == "(" and _in_formula(row, index):
            outside.append(char)
        elif char in "([":
            if depth == 0:
                start = index
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
            if depth == 0:
                groups.append(row[start + 1 : index].strip())
                outside.append(" ")
        elif depth == 0:
            outside.append(char)
    if depth:  # an unclosed '(' is read as if it were not there
        return split_groups(row[:start] + " " + row[start + 1 :])
    return "".join(outside), groups


def _in_formula(row: str, index: int) -> bool:
    """``Mg(OH)2``, ``Mg3(C6H5O7)2``: a bracket inside a formula is not a clause."""
    return index > 0 and row[index - 1].isalnum() and row[index + 1 : index + 2].isupper()
