"""``analysis.annotators.annotate``: one call gives exactly the tables of the individual annotators."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Annotations, Corpus, annotate
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import theme_hits
from analysis.annotators.timeline import extract_claims, extract_dates, extract_events


@pytest.fixture(scope="module")
def annotations(samples: Corpus) -> Annotations:
    return annotate(samples)


@pytest.mark.parametrize(
    ("name", "function"),
    [
        ("theme_hits", theme_hits),
        ("mentions", extract_mentions),
        ("dates", extract_dates),
        ("events", extract_events),
        ("claims", extract_claims),
    ],
)
def test_each_table_equals_its_own_function(
    annotations: Annotations, samples: Corpus, name: str, function
) -> None:
    pd.testing.assert_frame_equal(getattr(annotations, name), function(samples))


def test_tables_are_named_in_order_and_not_empty(annotations: Annotations) -> None:
    names = [name for name, _ in annotations.tables()]
    assert names == ["theme_hits", "mentions", "dates", "events", "claims"]
    assert all(len(table) > 0 for _, table in annotations.tables())
    assert "theme_hits:" in repr(annotations)


def test_corpus_is_not_mutated(samples: Corpus) -> None:
    before = samples.documents.copy()
    annotate(samples)
    pd.testing.assert_frame_equal(samples.documents, before)


def test_annotations_are_frozen(annotations: Annotations) -> None:
    with pytest.raises(AttributeError):
        annotations.events = pd.DataFrame()  # type: ignore[misc]
