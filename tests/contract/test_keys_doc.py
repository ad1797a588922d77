"""docs/keys.md lists every key of every schema with its type, unit and meaning, and is
regenerated from the schemas (scripts/keys_doc.py), never edited by hand."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "keys_doc.py"


def _module():
    spec = importlib.util.spec_from_file_location("keys_doc", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_keys_page_is_current_and_complete() -> None:
    module = _module()
    text = module.render()
    assert module.PAGE.read_text(encoding="utf-8") == text, "run python scripts/update_docs.py"
    for key, unit in [
        ("elemental_mg", "mg"),
        ("entry_id", "1"),
        ("egfr_ml_min_1_73m2", "mL/min/1.73 m2"),
        ("price_per_pack", "currency/pack"),
    ]:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{key}` |"))
        assert f"| {unit} |" in row, row
    assert "| `mmol` |" not in text and "| `units_per_dose` |" not in text
