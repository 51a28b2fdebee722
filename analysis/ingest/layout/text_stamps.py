"""A live page's first time stamp, standing in its text: the page's date when the header
has none.

A broadcaster's live-updates page opens with its headline and a few paragraphs, then its
entries, each under a time stamp: "5 March 2025 03:40 GMT", later "- 03:15 GMT". The
header prints no date at all, so the first stamp of the text (a line alone, of kind
``dateline``, holding a full day and a time of day) dates the page. It is read only when
no other date of the page scored enough, with its own base feature ``text_stamp`` of
``data/header_scoring.yaml`` (weighted below a header's dateline), and noted by the date
flag ``text_stamp``, ``date_source = "text"`` and ``date_reason``; a full date in the
page's address outranks it (``date.url_date_outranks``).
"""

from __future__ import annotations

from analysis.dates import DateMatch
from analysis.ingest.date_scoring import date_candidates
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, scoring_of

#: The date flag (``date_flags``) of a date read from a time stamp in the text.
TEXT_STAMP_FLAG = "text_stamp"

#: How many paragraphs of the text are searched for the first stamp.
TEXT_STAMP_REACH = 12

#: What a stamp must show: a full day and a time of day beside it.
_STAMP_FEATURES = frozenset({"day_precision", "time_of_day"})


def first_text_stamp(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> tuple[DateMatch, str, str] | None:
    """The first time stamp of the text (a ``dateline`` line between ``first_prose`` and
    ``last_prose``, within ``TEXT_STAMP_REACH`` paragraphs, a full day with a time of day
    that scores at least ``date.min_score``), as (date, evidence, reason); None when none."""
    if first_prose < 0:
        return None
    scoring = scoring_of(rules)
    end = min(last_prose, first_prose + TEXT_STAMP_REACH)
    for i in range(first_prose + 1, end):
        if paras[i].kind != "dateline":
            continue
        found = date_candidates([(i, paras[i].text, "text_stamp")], paras, -1, scoring)
        best = found[0] if found else None
        if best is None or not set(best.reasons) >= _STAMP_FEATURES:
            return None  # the text's first date line is no stamp: no guess further down
        if best.score < scoring.date_min:
            return None
        reason = f"no date in the header; the text's first time stamp, {best.describe(paras)}"
        return best.value, paras[i].text, reason
    return None
