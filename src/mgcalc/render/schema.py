"""JSON Schema of what a command prints, derived from its typed records.

Records are TypedDicts (core/chemistry/results.py and friends) whose fields are typed
with the aliases of :mod:`mgcalc.core.fields`: each carries its description and unit
as ``Annotated[..., Doc(...)]``. A command's records are named once with
:class:`Output`; the schema covers each way it prints them: one record (``--json``),
a listing (an array), and batch records (``line`` and ``input`` first, or an error
record). Stdlib only: no pydantic at run time.
"""

from __future__ import annotations

import re
import types
from typing import (
    Any,
    Literal,
    NamedTuple,
    NotRequired,
    Required,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from mgcalc.core import fields
from mgcalc.core.fields import Doc

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


class Output(NamedTuple):
    """The records a command prints: ``single`` ones alone (one JSON object),
    ``listing`` ones in an array. ``batch``: the command streams batch records."""

    single: tuple[type, ...] = ()
    listing: tuple[type, ...] = ()
    batch: bool = False

    @property
    def records(self) -> tuple[type, ...]:
        return tuple(dict.fromkeys((*self.single, *self.listing)))


class MissingDoc(LookupError):
    """A record field typed without a :class:`Doc` (not with a ``fields`` alias)."""


def record_hints(record: type) -> dict[str, Any]:
    """A record's field types with their Docs. Record modules import ``fields`` for type
    checking only (a command never needs the descriptions), so the name is supplied here."""
    return get_type_hints(record, localns={"fields": fields}, include_extras=True)


def find_doc(hint: Any) -> Doc | None:
    """The Doc in a field's type: ``fields.ElementalMg``, ``fields.ElementalMg | None``,
    ``NotRequired[fields.Line]``."""
    for extra in getattr(hint, "__metadata__", ()):
        if isinstance(extra, Doc):
            return extra
    for arg in get_args(hint):
        found = find_doc(arg)
        if found is not None:
            return found
    return None


def field_doc(record: type, key: str, hint: Any) -> Doc:
    doc = find_doc(hint)
    if doc is None:
        raise MissingDoc(
            f"{record.__name__}.{key} has no description: type it with its alias in "
            "mgcalc.core.fields (add one for a new key)"
        )
    return doc


class Builder:
    """Collects ``$defs`` while translating type hints to JSON Schema."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, record: type) -> dict[str, Any]:
        name = record.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: records may nest themselves
            self.defs[name] = self.record(record)
        return {"$ref": f"#/$defs/{name}"}

    def record(self, record: type, lead: dict[str, Any] | None = None) -> dict[str, Any]:
        hints = record_hints(record)
        properties = dict(lead or {})
        for key, hint in hints.items():
            if key in properties:
                continue
            doc = field_doc(record, key, hint)
            prop = {"description": doc.description, **self.type_of(hint)}
            if doc.unit is not None:
                prop["unit"] = doc.unit
            properties[key] = prop
        optional: set[str] = set(getattr(record, "__optional_keys__", frozenset()))
        # NotRequired under ``from __future__ import annotations``: only the hints say so
        optional |= {key for key, hint in hints.items() if get_origin(hint) is NotRequired}
        return {
            "type": "object",
            "description": _summary(record),
            "properties": properties,
            "required": [key for key in properties if key not in optional],
            "additionalProperties": False,
        }

    def type_of(self, hint: Any) -> dict[str, Any]:
        origin = get_origin(hint)
        args = get_args(hint)
        if hasattr(hint, "__metadata__") or origin in (NotRequired, Required):
            return self.type_of(args[0])
        if hint is type(None) or hint is None:
            return {"type": "null"}
        if hint in _SCALARS:
            return {"type": _SCALARS[hint]}
        if origin in (Union, types.UnionType):
            options = [self.type_of(arg) for arg in args]
            if all(set(option) == {"type"} for option in options):
                return {"type": [option["type"] for option in options]}
            return {"anyOf": options}
        if origin is Literal:
            return {"enum": list(args)}
        if origin in (list, tuple):
            return {"type": "array", "items": self.type_of(args[0])}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.type_of(args[1])}
        if isinstance(hint, type) and hasattr(hint, "__required_keys__"):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")


def _summary(record: type) -> str:
    """The record's docstring's first line, else its name in words."""
    if record.__doc__ and not record.__doc__.startswith(record.__name__ + "("):
        return record.__doc__.strip().splitlines()[0]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", record.__name__).capitalize()


def _any(refs: list[dict[str, Any]]) -> dict[str, Any]:
    return refs[0] if len(refs) == 1 else {"anyOf": refs}


def command_schema(command: str, output: Output, *, batch_only: bool = False) -> dict[str, Any]:
    """The schema of everything ``mgcalc COMMAND`` prints in JSON; NDJSON lines and
    CSV rows hold the same records. ``batch_only``: one batch record."""
    from mgcalc.core.error_records import ErrorRecord

    builder = Builder()
    shapes: list[dict[str, Any]] = [builder.ref(record) for record in output.single]
    builder.defs["record"] = _any([builder.ref(record) for record in output.records])
    if output.listing:
        items = _any([builder.ref(record) for record in output.listing])
        shapes.append({"type": "array", "items": items})
    batch_refs: list[dict[str, Any]] = []
    if output.batch:
        error = builder.ref(ErrorRecord)
        lead = builder.defs["ErrorRecord"]["properties"]
        for record in output.single:
            name = record.__name__ + "Batch"
            batch_record = builder.record(record, {"line": lead["line"], "input": lead["input"]})
            batch_record["description"] += " (a batch record: line and input first)"
            builder.defs[name] = batch_record
            batch_refs.append({"$ref": f"#/$defs/{name}"})
        if output.single:
            batch_refs.append(error)
        else:  # a listing streamed (compare --batch): its records carry their own place
            batch_refs = [builder.ref(record) for record in output.listing]
        shapes.append({"type": "array", "items": {"$ref": "#/$defs/batch_record"}})
        builder.defs["batch_record"] = _any(batch_refs)
    from mgcalc import CONTRACT_VERSION

    path = command.replace("-", " ")
    document: dict[str, Any] = {
        "$schema": DRAFT,
        # the contract version in the id: a script can check it reads the schema it expects
        "$id": f"urn:mgcalc:contract:v{CONTRACT_VERSION}:{path.replace(' ', ':')}"
        + (":batch" if batch_only else ""),
        "title": f"mgcalc {path}",
    }
    if batch_only:
        if not output.batch:
            raise ValueError(f"{command} has no --batch")
        document["title"] += " --batch record"
        document["description"] = "One record of --batch output (an NDJSON line or CSV row)."
        document |= {"$ref": "#/$defs/batch_record", "$defs": builder.defs}
        return document
    if not output.records:
        document["description"] = "The command prints a message, no data record."
        document["not"] = {}
        return document
    document["description"] = (
        "What the command prints with --json. Each NDJSON line or CSV row is one "
        "$defs/record (or, with --batch, one $defs/batch_record)."
    )
    document |= {"anyOf": shapes, "$defs": builder.defs}
    return document
