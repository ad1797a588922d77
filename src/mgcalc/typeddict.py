"""``TypedDict`` for the JSON records, at the start-up cost of a plain class.

To type checkers this module's ``TypedDict`` is :class:`typing.TypedDict`. At run
time, ``typing.TypedDict`` type-checks every field when the class is created, and
under ``from __future__ import annotations`` that means a ``ForwardRef`` per
field, each compiling its string: about 0.1 ms a field on Python 3.11, and mgcalc
has about 400 fields (core/results.py alone cost 8 ms to import). A record
TypedDict is only ever used for its annotations (mypy, ``mgcalc schema``, column
lists), so the class made here keeps what those read and skips the checking:

- ``__annotations__`` with the bases' fields first, as ``typing.TypedDict`` merges
  them (a base's field from another module becomes a ``ForwardRef`` bound to that
  module, so :func:`typing.get_type_hints` resolves it where it was written);
- ``__required_keys__``, ``__optional_keys__`` and ``__total__``, worked out as
  Python 3.11 does (``NotRequired`` in a string annotation shows only in the hints);
- calling the class makes a plain ``dict``; ``isinstance`` with it is a TypeError.

tests/test_typeddict.py holds these to ``typing.TypedDict``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ForwardRef, NotRequired, Required, get_origin

if TYPE_CHECKING:
    from typing import TypedDict as TypedDict
else:

    class _RecordDictMeta(type):
        def __new__(mcls, name, bases, namespace, total=True):
            module = namespace.get("__module__")
            annotations = {}
            required = set()
            optional = set()
            for base in bases:
                if base is TypedDict:
                    continue
                if not isinstance(base, _RecordDictMeta):
                    raise TypeError("a TypedDict cannot inherit from a non-TypedDict class")
                for key, value in base.__annotations__.items():
                    if isinstance(value, str) and base.__module__ != module:
                        value = ForwardRef(value, module=base.__module__)
                    annotations[key] = value
                required |= base.__required_keys__
                optional |= base.__optional_keys__
            own = namespace.get("__annotations__", {})
            annotations.update(own)
            for key, value in own.items():
                origin = get_origin(value)
                if origin is Required or (origin is not NotRequired and total):
                    required.add(key)
                else:
                    optional.add(key)
            namespace["__annotations__"] = annotations
            namespace["__required_keys__"] = frozenset(required)
            namespace["__optional_keys__"] = frozenset(optional)
            namespace["__total__"] = total
            return super().__new__(mcls, name, (dict,), namespace)

        def __call__(cls, *args, **kwargs):
            return dict(*args, **kwargs)

        def __instancecheck__(cls, other):
            raise TypeError("TypedDict does not support instance and class checks")

        __subclasscheck__ = __instancecheck__

    TypedDict = type.__new__(_RecordDictMeta, "TypedDict", (), {"__module__": __name__})
