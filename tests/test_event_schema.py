"""The event types (``analysis/annotators/event_schema.py``) are read from the data file."""

from __future__ import annotations

from analysis.annotators.timeline import (
    load_event_types,
)


def test_event_types_are_data():
    ids = [t.id for t in load_event_types()]
    assert ids[:2] == ["upgrade", "agreement"]
    assert set(ids) == {
        "upgrade",
        "agreement",
        "congress",
        "anniversary",
        "visit",
        "talks",
        "meeting",
        "appointment",
    }
