"""``mgcalc.typeddict.TypedDict`` keeps what ``typing.TypedDict`` gives the records:
merged annotations in order, required and optional keys, type hints (across
modules too), plain dicts from a call, TypeError on isinstance."""

from __future__ import annotations

import typing
from typing import NotRequired, get_type_hints

import pytest

from mgcalc.core.diary_days import DayRecord
from mgcalc.core.intake import CheckRecord
from mgcalc.core.results import ElementalRecord
from mgcalc.typeddict import TypedDict


class Dose(TypedDict):
    form: str
    mg: float
    note: NotRequired[str | None]


class Planned(Dose, total=False):
    doses: list[Dose]
    time: str


class DoseTwin(typing.TypedDict):
    form: str
    mg: float
    note: NotRequired[str | None]


class PlannedTwin(DoseTwin, total=False):
    doses: list[DoseTwin]
    time: str


@pytest.mark.parametrize(("made", "twin"), [(Dose, DoseTwin), (Planned, PlannedTwin)])
def test_keys_match_typing(made: type, twin: type) -> None:
    assert list(made.__annotations__) == list(twin.__annotations__)
    assert made.__required_keys__ == twin.__required_keys__  # type: ignore[attr-defined]
    assert made.__optional_keys__ == twin.__optional_keys__  # type: ignore[attr-defined]
    assert made.__total__ == twin.__total__  # type: ignore[attr-defined]


def test_type_hints_match_typing() -> None:
    for extras in (False, True):
        made = get_type_hints(Planned, include_extras=extras)
        twin = get_type_hints(PlannedTwin, include_extras=extras)
        assert made.keys() == twin.keys()
        assert made["mg"] is float and made["note"] == twin["note"]
        assert made["doses"] == list[Dose] and twin["doses"] == list[DoseTwin]


def test_a_base_from_another_module_resolves_where_it_was_written() -> None:
    hints = get_type_hints(DayRecord, include_extras=True)
    assert set(CheckRecord.__annotations__) < set(hints)
    assert list(DayRecord.__annotations__)[: len(CheckRecord.__annotations__)] == list(
        CheckRecord.__annotations__
    )
    assert get_type_hints(ElementalRecord)["elemental_mg"] is float


def test_calls_make_plain_dicts_and_instance_checks_fail() -> None:
    made = Dose(form="citrate", mg=1.0)
    assert type(made) is dict and made == {"form": "citrate", "mg": 1.0}
    with pytest.raises(TypeError):
        isinstance(made, Dose)  # type: ignore[misc]
    with pytest.raises(TypeError):

        class Mixed(Dose, int):  # type: ignore[misc]
            pass


def test_records_use_the_cheap_classes() -> None:
    """New records keep start-up cheap: ``mgcalc.typeddict.TypedDict`` and
    ``mgcalc.recordclass.recordclass``, not typing's TypedDict or @dataclass."""
    from pathlib import Path

    import mgcalc

    root = Path(mgcalc.__file__).parent
    slow = []
    for path in sorted(root.rglob("*.py")):
        if path.name in ("typeddict.py", "recordclass.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = line.strip()
            uses_typing = words.startswith("from typing import") and "TypedDict" in words
            if uses_typing or words.startswith("@dataclass") or "(typing.TypedDict" in words:
                slow.append(f"{path.relative_to(root)}:{number}: {words}")
    assert slow == [], "use mgcalc.typeddict.TypedDict / mgcalc.recordclass.recordclass"
