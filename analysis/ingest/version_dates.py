"""A page's only date is its version's: a research brief or a library's record may print
no date but its version's ("Updated March 2, 2020" over the title, "Title [Updated May
14, 2008]", held-out 100), and the ``updated_label`` weight (a later edit's day beside
the publication's) puts that date below ``date.min_score``. When no date of the page
scores enough, and every candidate the label pulled down names one and the same day, that
day is read, scored without the label: the version the reader sees (as Wikipedia's "last
edited" note). Two different updated days, or a candidate pulled down by anything else
that still fails without the label, leave the page undated as before; so does a site's
own stamp, "Last Updated: 07/27/2016" (``site_update_labels`` of ``data/page_layout.yaml``:
an archive's day of conversion, not the document's version)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.ingest.metadata import Candidate, Scoring, score
from analysis.ingest.page_rules import layout_alternation

#: The feature a version's label gives a date candidate.
UPDATED = "updated_label"


def only_version_date(candidates: Sequence[Candidate], scoring: Scoring) -> list[Candidate]:
    """The page's one updated day, rescored without ``updated_label``, as a one-item list
    when it then reaches ``date_min`` (see the module's note); else []."""
    updated = [c for c in candidates if UPDATED in c.reasons and not _site_stamp(c.text)]
    days = {_day(c) for c in updated}
    if len(days) != 1 or None in days:
        return []
    best = max(updated, key=lambda c: c.score)
    features = [r for r in best.reasons if r != UPDATED]
    value = score(features, scoring.date_weights)
    if value < scoring.date_min:
        return []
    return [Candidate(best.index, best.value, value, tuple(features), best.text)]


@cache
def _site_stamp_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{layout_alternation('site_update_labels')})\b", re.I)


def _site_stamp(text: str) -> bool:
    """Whether ``text`` holds a site's own update label ("Last Updated:")."""
    return bool(_site_stamp_pattern().search(text))


def _day(c: Candidate) -> object:
    """The day a date candidate names (its match's start), or None."""
    return getattr(c.value, "date_start", None)
