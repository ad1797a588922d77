"""The parsed copies of the package data (data/parsed/*.json, issue 11 start-up):
each is exactly what tomllib makes of its TOML file, and a copy is used only for
the very bytes it was made from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mgcalc.data import parse_toml, read_toml, source_stamp
from mgcalc.data.precompile import stale, toml_files


def test_every_copy_is_current() -> None:
    """Fails after a TOML edit until ``python -m mgcalc.data.precompile`` is run
    (mgcalc still reads the edited TOML correctly meanwhile, only more slowly)."""
    assert stale() == [], "run: python -m mgcalc.data.precompile (and commit data/parsed)"


@pytest.mark.parametrize("name", toml_files())
def test_reading_a_file_gives_its_toml_parse(name: str) -> None:
    assert read_toml(name) == parse_toml(name)


def test_each_read_is_a_new_object() -> None:
    """Callers may adjust what they read (evidence() replaces its outcomes)."""
    first = read_toml("evidence.toml")
    first["outcome"] = ()
    assert read_toml("evidence.toml") == parse_toml("evidence.toml")


def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp_of: bytes) -> None:
    source = b'[magnesium]\natomic_weight = 24.305\nvalence = 2\nsource = "IUPAC"\n'
    (tmp_path / "constants.toml").write_bytes(source)
    (tmp_path / "parsed").mkdir()
    copy = {"source": source_stamp(stamp_of), "data": {"magnesium": {"from": "the copy"}}}
    (tmp_path / "parsed" / "constants.json").write_text(json.dumps(copy), encoding="utf-8")
    monkeypatch.setattr("mgcalc.data.DATA_DIR", str(tmp_path))


def test_a_copy_of_these_bytes_is_read_instead_of_parsing(tmp_path, monkeypatch) -> None:
    source = b'[magnesium]\natomic_weight = 24.305\nvalence = 2\nsource = "IUPAC"\n'
    _data_dir(tmp_path, monkeypatch, stamp_of=source)
    assert read_toml("constants.toml") == {"magnesium": {"from": "the copy"}}


@pytest.mark.parametrize(
    "stamp_of",
    [b'[magnesium]\natomic_weight = 24.31\nvalence = 2\nsource = "IUPAC"\n', b""],
    ids=["edited", "empty"],
)
def test_a_copy_of_other_bytes_is_never_read(tmp_path, monkeypatch, stamp_of: bytes) -> None:
    _data_dir(tmp_path, monkeypatch, stamp_of=stamp_of)
    assert read_toml("constants.toml")["magnesium"]["atomic_weight"] == 24.305
    assert stale() == ["constants.toml"]


def test_a_missing_or_broken_copy_means_parsing(tmp_path, monkeypatch) -> None:
    _data_dir(tmp_path, monkeypatch, stamp_of=b"")
    (tmp_path / "parsed" / "constants.json").write_text("{not json", encoding="utf-8")
    assert read_toml("constants.toml")["magnesium"]["valence"] == 2
    (tmp_path / "parsed" / "constants.json").unlink()
    assert read_toml("constants.toml")["magnesium"]["valence"] == 2
