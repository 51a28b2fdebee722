"""The event tables' columns and the event types (``analysis/data/event_types.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.annotators.timeline_data import _read_yaml

EVENT_SOURCE_COLUMNS = (
    "event_id",
    "type",
    "date_start",
    "date_end",
    "precision",
    "date_text",
    "actors",
    "countries",
    "doc_id",
    "para_id",
    "sent_id",
    "evidence",
    "flags",
    "source",
)

#: Paragraph kinds whose sentences are event sources besides the content (marked so).
CAPTION_KINDS = ("caption",)


EVENT_COLUMNS = (
    "event_id",
    "type",
    "date_start",
    "date_end",
    "precision",
    "actors",
    "countries",
    "n_sources",
    "sources",
    "evidence",
    "doc_id",
    "para_id",
    "sent_id",
    "date_text",
    "flags",
    "period",
)


@dataclass(frozen=True)
class EventType:
    """One event type: its id, label, trigger pattern and whether it is a co-event."""

    id: str
    label: str
    pattern: re.Pattern[str]
    co_event: bool


@cache
def load_event_types() -> tuple[EventType, ...]:
    """Event types and triggers from ``analysis/data/event_types.yaml``, in file order."""
    return _read_yaml("event_types.yaml", _build_event_types)


def _build_event_types(data: Any) -> tuple[EventType, ...]:
    return tuple(
        EventType(
            id=type_id,
            label=str(spec.get("label", type_id)),
            pattern=re.compile(
                r"(?<!\w)(?:" + "|".join(spec["triggers"]) + r")(?!\w)", re.IGNORECASE
            ),
            co_event=bool(spec.get("co_event", False)),
        )
        for type_id, spec in data["types"].items()
    )
