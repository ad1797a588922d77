"""Look up the sources behind every figure (``mgcalc sources``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.errors import UnknownNameError, suggest
from mgcalc.data.reference import sources

if TYPE_CHECKING:
    from mgcalc.core import fields
    from mgcalc.data.reference import Source


class SourceRecord(TypedDict):
    id: fields.Id
    citation: fields.Citation
    url: fields.Url | None
    secondary: fields.Secondary | None


class SourcesResult(NamedTuple):
    items: list[Source]

    def records(self) -> list[SourceRecord]:
        return [
            {"id": s.id, "citation": s.citation, "url": s.url, "secondary": s.secondary}
            for s in self.items
        ]

    def quiet(self) -> str:
        return "\n".join(source.id for source in self.items)


def find_sources(ids: list[str]) -> SourcesResult:
    """The named sources (case-insensitive), or all of them."""
    table = sources()
    if not ids:
        return SourcesResult(list(table.values()))
    by_lower = {key.lower(): value for key, value in table.items()}
    found = []
    for wanted in ids:
        source = by_lower.get(wanted.lower())
        if source is None:
            raise UnknownNameError("source", wanted, suggest(wanted.upper(), list(table)))
        found.append(source)
    return SourcesResult(found)
