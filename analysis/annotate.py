"""Every annotator in one call: the tables the notebooks, the export command and the
benchmark share.

    >>> from analysis import annotate, load_corpus
    >>> tables = annotate(load_corpus("seeds"))      # doctest: +SKIP
    >>> tables.theme_hits.head()                      # doctest: +SKIP

Each table is exactly what its own function returns (``themes.theme_hits``,
``entities.extract_mentions``, ``timeline.extract_dates``, ``timeline.extract_events``,
``timeline.extract_claims``); ``annotate`` only saves repeated work between them
(the publication dates are inferred once, not three times, and the date expressions of
each sentence are found once, not three times: ``timeline_tables``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields

import pandas as pd

from analysis.corpus import Corpus
from analysis.entities import extract_mentions
from analysis.themes import theme_hits
from analysis.timeline import (
    extract_claims,
    extract_dates,
    extract_events,
    sentence_dates,
    with_inferred_dates,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Annotations:
    """The annotation tables of one corpus (row units and columns as in their modules)."""

    theme_hits: pd.DataFrame  # one row per theme term match in a content sentence
    mentions: pd.DataFrame  # one row per gazetteer actor mention
    dates: pd.DataFrame  # one row per date expression
    events: pd.DataFrame  # one row per merged dated event
    claims: pd.DataFrame  # one row per quantitative claim

    def tables(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """``(name, table)`` pairs in a fixed order."""
        for item in fields(self):
            yield item.name, getattr(self, item.name)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(table)}" for name, table in self.tables())
        return f"Annotations({sizes})"


def annotate(corpus: Corpus) -> Annotations:
    """Run every annotator on ``corpus`` and return their tables as ``Annotations``.

    Themes and mentions read the corpus as given; dates, events and claims read it with
    inferred publication dates for undated documents (as their own functions do). The
    corpus is not mutated.
    """
    started = time.perf_counter()
    hits = theme_hits(corpus)
    mentions = extract_mentions(corpus)
    dates, events, claims = timeline_tables(corpus)
    log.info("annotated %d documents in %.2f s", len(corpus), time.perf_counter() - started)
    return Annotations(hits, mentions, dates, events, claims)


def timeline_tables(corpus: Corpus) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(dates, events, claims) of ``corpus``, equal to ``extract_dates(corpus)``,
    ``extract_events(corpus)`` and ``extract_claims(corpus)``, with publication dates
    inferred once and one date pass over the content sentences shared by the three."""
    dated = with_inferred_dates(corpus)
    sentences = sentence_dates(dated)
    dates = extract_dates(dated, sentences=sentences)
    events = extract_events(dated, sentences=sentences)
    claims = extract_claims(dated, infer=False, sentences=sentences)
    return dates, events, claims
