"""A date under its label: a record page's field label alone on one line ("Publication
Date:", "Document Creation Date:", "Updated:"), the date alone on the next (held-out 97,
the CIA reading room's CREST records, whose labels each stand over their value).

A label on the date's own line already sets the date's label feature
(``date_scoring.date_features``: ``published_label``, ``updated_label``, ``today_label``);
a date alone on its line (base ``dateline``) with no label of its own takes the feature of
the label alone on the line above: a short line (``LABEL_MAX_WORDS`` words at most, no
digit) closed by a colon that holds one of the labels. "Publication Date:" over "February
9, 1968" is the document's day; "Document Creation Date:" over "December 19, 2016" is the
day the archive made its record (``today_labels`` of ``data/header_scoring.yaml``), not
the document's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.ingest.age_stamps import age_marks
from analysis.ingest.clock_lines import clock_marks
from analysis.ingest.copyright_dates import header_notice_marks
from analysis.ingest.letter_heads import letter_marks
from analysis.ingest.metadata import Para, Scoring

#: The most words of a label line.
LABEL_MAX_WORDS = 6

#: The date features a label gives; a date with one of them already keeps its own.
LABEL_FEATURES = ("today_label", "updated_label", "published_label")

#: A label line: words, no digit, closed by a colon.
_LABEL_LINE = re.compile(r"^[^\d:]{2,60}:$")


def label_above(paras: Sequence[Para], index: int, base: str, scoring: Scoring) -> str | None:
    """The label feature the line above date line ``index`` gives it ("Publication Date:"
    -> ``published_label``), or None: only for a date alone on its line (``dateline``).

    >>> from analysis.ingest.metadata import load_scoring
    >>> from types import SimpleNamespace as P
    >>> paras = [P(text="Document Creation Date:"), P(text="December 19, 2016")]
    >>> label_above(paras, 1, "dateline", load_scoring())
    'today_label'
    >>> label_above([P(text="By Lan Anh"), P(text="May 5, 2024")], 1, "dateline", load_scoring())
    """
    if base != "dateline" or not 0 < index < len(paras):
        return None
    above = paras[index - 1].text.strip()
    if not _LABEL_LINE.match(above) or len(above.split()) > LABEL_MAX_WORDS:
        return None
    for name, pattern in (
        ("today_label", scoring.today_label),
        ("updated_label", scoring.updated_label),
        ("published_label", scoring.published_label),
    ):
        if pattern.search(above):
            return name
    return None


def page_marks(
    paras: Sequence[Para], index: int, base: str, features: list[str], scoring: Scoring
) -> list[str]:
    """The date features the lines around date line ``index`` give it: the site's clock
    (``clock_lines.clock_marks``), a letter's date under a page's own (``letter_heads``) and
    the label alone on the line above (``label_above``) when the date's own line gives none."""
    found = clock_marks(paras, index, base) + letter_marks(paras, index) + age_marks(paras, index)
    above = "before_headline" in features  # the site's header, not a report's cover (b127)
    if above or index == 0 or paras[index - 1].kind != "title":  # under it: a cover's notice
        found += header_notice_marks(paras, index, above)  # "Radio © 2025 All Rights Reserved"
    label = (
        None
        if any(f in LABEL_FEATURES for f in features)
        else label_above(paras, index, base, scoring)
    )
    return found + ([label] if label else [])
