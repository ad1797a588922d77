"""``@recordclass``: a frozen dataclass at the start-up cost of a plain class.

Why not ``@dataclass(frozen=True, slots=True)``: on Python 3.11 creating one such
class costs about 1.9 ms (``dataclasses`` compiles six methods per class with
``exec``, builds the class a second time for ``__slots__``, and calls
``inspect.signature`` for a missing docstring), 1.2 ms without slots; mgcalc has
about 80 record classes, and a table command created 30-50 of them before doing
anything. ``@recordclass`` gives each class the methods below, written once and
compiled into this module's .pyc, so creating a class costs about 0.1 ms, and
importing ``dataclasses`` (about 10 ms with ``inspect``) is left to those who need
its functions.

What a record keeps of a dataclass:
- construction ``Record(a, b=...)``, defaults, :func:`field` with
  ``default_factory``, ``__post_init__``, and the same TypeErrors for missing,
  unknown or repeated arguments (a TOML row with an unknown key fails to load);
- immutability: assigning or deleting an attribute raises
  ``dataclasses.FrozenInstanceError`` (``@recordclass(frozen=False)`` for the few
  results that are built up step by step);
- equality (same class, equal fields), a hash of the fields, a dataclass repr;
- ``dataclasses.fields``/``asdict``/``replace``/``is_dataclass`` (and a
  :func:`replace` here that imports no dataclasses): the class
  attribute ``__dataclass_fields__`` holds real ``dataclasses.Field`` objects,
  made on first access; pydantic therefore validates a record as the stdlib
  dataclass it describes, ``__pydantic_config__`` included (the strict check of
  ``python -m mgcalc.data.validate``);
- mypy --strict: :func:`typing.dataclass_transform` (PEP 681) tells type checkers
  the constructor, the fields and that instances are frozen.

What it drops: ``__slots__`` (its second class per record was the largest cost,
and a frozen record refuses new attributes anyway), ordering, and
``dataclasses``' per-class options; a record class may not inherit from another.
tests/test_recordclass.py holds records to the behaviour of frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")


class _Factory:
    """What :func:`field` returns: a default made afresh for every instance."""

    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory


def field(*, default_factory: Callable[[], _T]) -> _T:
    """A field whose default is ``default_factory()``, called for each instance
    (as ``dataclasses.field(default_factory=...)``, without importing dataclasses)."""
    made: Any = _Factory(default_factory)
    return made  # type: ignore[no-any-return]


class _Spec:
    """What the shared methods read from a record class: its field names in order,
    their defaults and factories, and a getter of all field values as a tuple."""

    __slots__ = ("annotations", "defaults", "factories", "known", "names", "post_init", "values")

    def __init__(
        self,
        names: tuple[str, ...],
        defaults: dict[str, Any],
        factories: dict[str, Callable[[], Any]],
        annotations: dict[str, Any],
        post_init: Callable[[Any], None] | None,
    ) -> None:
        self.names = names
        self.known = frozenset(names)
        self.defaults = defaults
        self.factories = factories
        self.annotations = annotations
        self.post_init = post_init
        if len(names) > 1:
            self.values: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)
        elif names:
            single = attrgetter(names[0])
            self.values = lambda obj: (single(obj),)
        else:
            self.values = lambda obj: ()


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of the record ``obj`` with ``changes``: ``dataclasses.replace`` for
    records, without importing dataclasses (and inspect) on a command's path."""
    spec: _Spec = type(obj).__dict__["__record__"]
    values = dict(zip(spec.names, spec.values(obj), strict=True))
    values.update(changes)
    return type(obj)(**values)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    spec: _Spec = cls.__record__
    names = spec.names
    if len(args) > len(names):
        raise TypeError(
            f"{cls.__name__}() takes {len(names)} positional arguments but {len(args)} were given"
        )
    values = dict(zip(names, args, strict=False))
    if kwargs:
        if not spec.known.issuperset(kwargs):
            unknown = next(name for name in kwargs if name not in spec.known)
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{unknown}'")
        if not values.keys().isdisjoint(kwargs):
            twice = next(name for name in kwargs if name in values)
            raise TypeError(f"{cls.__name__}() got multiple values for argument '{twice}'")
        values.update(kwargs)
    if len(values) < len(names):
        for name, default in spec.defaults.items():
            values.setdefault(name, default)
        for name, factory in spec.factories.items():
            if name not in values:
                values[name] = factory()
        if len(values) < len(names):
            missing = ", ".join(f"'{name}'" for name in names if name not in values)
            raise TypeError(f"{cls.__name__}() missing required arguments: {missing}")
    object.__setattr__(self, "__dict__", values)
    if spec.post_init is not None:
        spec.post_init(self)


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = self.__record__.values
    result: bool = values(self) == values(other)
    return result


def _hash(self: Any) -> int:
    return hash(self.__record__.values(self))


def _repr(self: Any) -> str:
    spec: _Spec = self.__record__
    shown = ", ".join(
        f"{name}={value!r}" for name, value in zip(spec.names, spec.values(self), strict=True)
    )
    return f"{type(self).__qualname__}({shown})"


def _frozen(self: Any, name: str, *value: Any) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot assign to field '{name}'")


class _DataclassFields:
    """``__dataclass_fields__``, made on first access: ``dataclasses.Field``
    objects as ``@dataclass`` would have made them, then stored on the class in
    place of this descriptor."""

    def __get__(self, instance: object, owner: type) -> dict[str, Any]:
        import dataclasses

        spec: _Spec = owner.__dict__["__record__"]
        made: dict[str, Any] = {}
        for name in spec.names:
            if name in spec.factories:
                made[name] = dataclasses.field(default_factory=spec.factories[name])
            elif name in spec.defaults:
                made[name] = dataclasses.field(default=spec.defaults[name])
            else:
                made[name] = dataclasses.field()
            made[name].name = name
            made[name].type = spec.annotations[name]
            made[name].kw_only = False
            # the marker dataclasses.fields() keeps (not ClassVar, not InitVar);
            # tests/test_recordclass.py fails if a Python release renames it
            made[name]._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
        type.__setattr__(owner, "__dataclass_fields__", made)
        return made


def _is_classvar(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _build(cls: type[_T], frozen: bool) -> type[_T]:
    namespace = cls.__dict__
    if any("__record__" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"record {cls.__name__}: a record class cannot inherit from another")
    annotations = {
        name: annotation
        for name, annotation in namespace.get("__annotations__", {}).items()
        if not _is_classvar(annotation)
    }
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    for name in annotations:
        if name not in namespace:
            if defaults or factories:
                raise TypeError(f"record {cls.__name__}: '{name}' without a default follows one")
            continue
        value = namespace[name]
        if isinstance(value, _Factory):
            factories[name] = value.factory
            delattr(cls, name)
        elif isinstance(value, (list, dict, set)):
            raise ValueError(f"record {cls.__name__}: mutable default for '{name}': use field()")
        else:
            defaults[name] = value
    post_init = namespace.get("__post_init__")
    spec = _Spec(tuple(annotations), defaults, factories, annotations, post_init)
    methods: dict[str, Any] = {
        "__record__": spec,
        "__dataclass_fields__": _DataclassFields(),
        "__match_args__": spec.names,
        "__init__": _init,
        "__repr__": _repr,
        "__eq__": _eq,
    }
    if frozen:
        methods |= {"__setattr__": _frozen, "__delattr__": _frozen}
    explicit_hash = namespace.get("__hash__", None) is not None or (
        "__hash__" in namespace and "__eq__" not in namespace
    )
    if not explicit_hash:
        methods["__hash__"] = _hash if frozen else None
    for name, method in methods.items():
        if name in ("__record__", "__dataclass_fields__") or name not in namespace:
            setattr(cls, name, method)
    return cls


@overload
def recordclass(cls: type[_T], /) -> type[_T]: ...


@overload
def recordclass(*, frozen: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def recordclass(
    cls: type[_T] | None = None, /, *, frozen: bool = True
) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """Make ``cls`` a record: ``@recordclass`` (frozen) or ``@recordclass(frozen=False)``."""
    if cls is None:
        return lambda cls: _build(cls, frozen)
    return _build(cls, frozen)
