"""The guide: short topics whose figures are filled in from the same package data the
calculators use, so the guide can never quote a figure the tool does not compute."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from mgcalc.core.chemistry.forms import normalise
from mgcalc.core.errors import UnknownNameError, suggest
from mgcalc.core.knowledge.guide_figures import LazyFigures
from mgcalc.data.knowledge import Topic, topics

if TYPE_CHECKING:
    from mgcalc.core import fields

    pass


class GuideRecord(TypedDict):
    id: fields.Id
    title: fields.Title
    aliases: fields.Aliases
    text: fields.Text | None
    sources: fields.Sources


def find_topic(name: str) -> Topic:
    key = normalise(name)
    for topic in topics():
        if key in (topic.id, *map(normalise, topic.aliases)):
            return topic
    names = [t.id for t in topics()] + [a for t in topics() for a in t.aliases]
    close = suggest(key, names)
    ids = [next(t.id for t in topics() if c == t.id or c in t.aliases) for c in close]
    raise UnknownNameError(
        "guide topic", name, list(dict.fromkeys(ids)), choices=[t.id for t in topics()]
    )


def render_topic(topic: Topic) -> str:
    return topic.body.strip().format_map(LazyFigures())


class GuideResult(NamedTuple):
    topic: Topic | None

    def records(self) -> list[GuideRecord]:
        chosen = [self.topic] if self.topic else list(topics())
        return [
            {
                "id": t.id,
                "title": t.title,
                "aliases": list(t.aliases),
                "text": render_topic(t) if self.topic else None,
                "sources": list(t.sources),
            }
            for t in chosen
        ]

    def markdown(self) -> str:
        if self.topic is None:
            lines = ["# mgcalc guide", "", "Topics (mgcalc guide TOPIC):", ""]
            lines += [f"- `{t.id}`: {t.title}" for t in topics()]
            return "\n".join(lines) + "\n"
        sources = ", ".join(self.topic.sources)
        return (
            f"# {self.topic.title}\n\n{render_topic(self.topic)}\n\n"
            f"Sources: {sources} (mgcalc sources). mgcalc informs; it does not "
            "prescribe.\n"
        )

    def quiet(self) -> str:
        if self.topic is None:
            return "\n".join(t.id for t in topics())
        return render_topic(self.topic)


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))
