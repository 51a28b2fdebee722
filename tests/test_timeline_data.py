"""The timeline's data files (``analysis/annotators/timeline_data.py``): a broken file is named in
the error."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("event_types.yaml", "types:\n  visit:\n    triggers: ['visit(']\n"),
        ("event_types.yaml", "types: [a, b]\n"),
        ("timeline_claims.yaml", "indicators:\n  x:\n    patterns: ['{N} things']\n"),
        ("timeline_inference.yaml", "reference_events: [\n"),
    ],
)
def test_a_broken_data_file_is_named_in_the_error(monkeypatch, name, text):
    from analysis.annotators import timeline, timeline_data

    real = timeline_data._data_text
    monkeypatch.setattr(timeline_data, "_data_text", lambda n: text if n == name else real(n))
    loaders = [timeline.load_event_types, timeline.load_indicators, timeline._inference_config]
    for loader in loaders:
        loader.cache_clear()
    try:
        with pytest.raises(timeline.TimelineDataError, match=name.replace(".", r"\.")):
            {
                "event_types.yaml": timeline.load_event_types,
                "timeline_claims.yaml": timeline.load_indicators,
                "timeline_inference.yaml": timeline._inference_config,
            }[name]()
    finally:
        for loader in loaders:
            loader.cache_clear()
