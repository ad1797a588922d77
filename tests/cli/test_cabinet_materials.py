"""A raw material's compound weight ('Magnesium carbonate 500 mg') is one figure on
the line: the cabinet stores it at the top of the stated content, as check does
(it refused it as '120.6-131.2 mg, not one figure'); a blend stays refused."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", ["Magnesium carbonate 500 mg", "Magtein® 2000 mg"])
def test_cabinet_and_check_agree_on_a_raw_material(mg, line: str) -> None:
    added = mg("cabinet", "add", "prod", line, "--json")
    assert added.code == 0, added.err
    checked = mg("check", "--sex", "female", "--age", "34", "--supplement", line, "--json")
    assert added.json()["elemental_per_unit_mg"] == checked.json()["supplement_mg"]


def test_a_blend_compound_weight_is_still_refused(mg) -> None:
    ran = mg("cabinet", "add", "blend", "Magnesium oxide, citrate 500 mg")
    assert ran.code == 2 and ran.err.count("\n") == 1
