"""``@recordclass`` behaves as the frozen dataclass it stands in for.

Each record is checked against a ``@dataclass(frozen=True)`` twin: construction
and its TypeErrors, immutability, equality, hashing, repr and the functions of
:mod:`dataclasses`; and pydantic validates records as strictly as before (the
check ``python -m mgcalc.data.validate`` relies on).
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from mgcalc.data import STRICT, form_records
from mgcalc.data.records import FormRecord, MaterialRecord
from mgcalc.data.validate import problems
from mgcalc.recordclass import field, recordclass, replace


@recordclass
class Dose:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    form: str
    mg: float
    times: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class DoseTwin:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT
    form: str
    mg: float
    times: tuple[str, ...] = ()
    notes: list[str] = dataclasses.field(default_factory=list)


@recordclass(frozen=False)
class Tally:
    count: int
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.seen.append("made")


@recordclass
class Empty:
    pass


@recordclass
class Pair:
    name: str
    mg: float
    times: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class PairTwin:
    name: str
    mg: float
    times: tuple[str, ...] = ()


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("citrate", 200.0), {}),
    (("citrate",), {"mg": 200.0, "times": ("am",)}),
    ((), {"form": "oxide", "mg": 1.0, "notes": ["x"]}),
    (("citrate", 200.0, ("am",), ["n"]), {}),
    # the errors a TOML row with a wrong key must still raise
    (("citrate",), {}),
    (("citrate", 1.0), {"form": "oxide"}),
    (("citrate", 1.0), {"colour": "red"}),
    (("citrate", 1.0, (), [], "extra"), {}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_construction_matches_a_frozen_dataclass(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    try:
        twin = DoseTwin(*args, **kwargs)
    except TypeError:
        with pytest.raises(TypeError):
            Dose(*args, **kwargs)
        return
    made = Dose(*args, **kwargs)
    assert dataclasses.astuple(made) == dataclasses.astuple(twin)
    assert repr(made) == repr(twin).replace("DoseTwin", "Dose")


def test_instances_are_immutable() -> None:
    dose = Dose("citrate", 200.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dose.mg = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del dose.form  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        dose.colour = "red"  # type: ignore[attr-defined]
    assert dose.mg == 200.0


def test_factories_give_each_instance_its_own_default() -> None:
    first, second = Dose("a", 1.0), Dose("b", 2.0)
    first.notes.append("x")
    assert second.notes == []
    assert Tally(1).seen == ["made"] and Tally(2).seen == ["made"]


def test_mutable_records_can_change_and_are_unhashable() -> None:
    tally = Tally(1)
    tally.count = 2
    assert tally == Tally(2)
    with pytest.raises(TypeError):
        hash(tally)


@given(st.text(), st.floats(allow_nan=False), st.text(), st.floats(allow_nan=False))
def test_equality_and_hash_follow_the_fields(a: str, x: float, b: str, y: float) -> None:
    left, right = Pair(a, x, (b,)), Pair(b, y, (a,))
    twins_equal = PairTwin(a, x, (b,)) == PairTwin(b, y, (a,))
    assert (left == right) is twins_equal
    assert left == Pair(a, x, (b,)) and hash(left) == hash(Pair(a, x, (b,)))
    assert left != PairTwin(a, x, (b,))  # another class is never equal, as for dataclasses
    assert len({left, Pair(a, x, (b,)), right}) == (1 if twins_equal else 2)
    with pytest.raises(TypeError):  # a list field makes a record unhashable, as a dataclass
        hash(Dose(a, x))


def test_dataclasses_functions_work() -> None:
    dose = Dose("citrate", 200.0, ("am",))
    assert dataclasses.is_dataclass(Dose) and dataclasses.is_dataclass(dose)
    assert [f.name for f in dataclasses.fields(Dose)] == ["form", "mg", "times", "notes"]
    assert [f.name for f in dataclasses.fields(dose)] == ["form", "mg", "times", "notes"]
    assert dataclasses.asdict(dose) == dataclasses.asdict(DoseTwin("citrate", 200.0, ("am",)))
    changed = dataclasses.replace(dose, mg=100.0)
    assert changed == Dose("citrate", 100.0, ("am",)) and dose.mg == 200.0
    assert Dose.__match_args__ == ("form", "mg", "times", "notes")
    assert dataclasses.fields(Empty) == () and Empty() == Empty()


def test_replace_matches_dataclasses_replace() -> None:
    dose = Dose("citrate", 200.0, ("am",), ["n"])
    assert replace(dose, mg=1.0) == dataclasses.replace(dose, mg=1.0)
    assert replace(dose) == dose and replace(dose) is not dose
    with pytest.raises(TypeError):
        replace(dose, colour="red")


def test_copies_and_pickles_are_equal() -> None:
    dose = Dose("citrate", 200.0, ("am",))
    assert copy.copy(dose) == dose and copy.deepcopy(dose) == dose
    assert pickle.loads(pickle.dumps(form_records()[0])) == form_records()[0]


def test_a_default_before_a_required_field_is_refused() -> None:
    with pytest.raises(TypeError):

        @recordclass
        class Bad:
            a: int = 1
            b: int  # type: ignore[misc]

    with pytest.raises(ValueError):

        @recordclass
        class Shared:
            items: list[int] = []  # noqa: RUF012


@pytest.mark.parametrize(
    "row",
    [
        {"form": "citrate", "mg": 1, "colour": "red"},
        {"form": "citrate"},
        {"form": "citrate", "mg": "a lot"},
        {"form": 5, "mg": 1},
        {"form": "citrate", "mg": 1, "times": "am"},
    ],
)
def test_pydantic_rejects_what_it_rejects_for_a_dataclass(row: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as twin:
        TypeAdapter(DoseTwin).validate_python(row)
    with pytest.raises(ValidationError) as made:
        TypeAdapter(Dose).validate_python(row)
    assert [e["type"] for e in made.value.errors()] == [e["type"] for e in twin.value.errors()]


def test_pydantic_builds_a_record() -> None:
    made = TypeAdapter(Dose).validate_python({"form": "citrate", "mg": "200", "times": ["am"]})
    assert made == Dose("citrate", 200.0, ("am",)) and made.notes == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.mg = 1.0  # type: ignore[misc]


def test_package_records_still_reject_unknown_keys() -> None:
    row = dataclasses.asdict(form_records()[0])
    assert TypeAdapter(FormRecord).validate_python(row) == form_records()[0]
    with pytest.raises(ValidationError, match="Unexpected keyword argument"):
        TypeAdapter(FormRecord).validate_python({**row, "fraction": 0.16})
    with pytest.raises(ValidationError):
        TypeAdapter(FormRecord).validate_python({**row, "absorption": "medium"})
    with pytest.raises(TypeError):  # the run-time loader refuses the key too
        FormRecord(**row, fraction=0.16)
    assert problems() == []


def test_nested_records_validate() -> None:
    adapter = TypeAdapter(MaterialRecord)
    fields = {f.name for f in dataclasses.fields(MaterialRecord)}
    assert "blend" in fields
    with pytest.raises(ValidationError):
        adapter.validate_python({"id": "x", "blend": [{"form": "oxide", "percent": 1, "x": 1}]})
