"""Tests of ``analysis.ingest.version_dates`` (held-out 100): a page whose only date is its
version's ("[Updated May 14, 2008]" on the title line) is dated by it; a page with a
publication date keeps it, and two different updated days date nothing (placeholder
pages)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import Candidate, load_scoring
from analysis.ingest.version_dates import only_version_date

RECORD = (
    "River Ferries of the Delta: Issues for Congress [Updated May 14, 2008]   "
    "[open pdf - 212KB]\n\n"
    "\"The delta's ferries carry more than a million passengers a month, and several of "
    'the crossings are to be replaced by bridges over the next decade ..."\n\n'
    "Report Number:\nCRS Report for Congress, RL30000\nPublic Domain\n"
)

PUBLISHED = (
    "Ferry fares frozen until the new ship sails\n\n"
    "Published: 3 May 2021\n"
    "Updated: 6 May 2021, 14:22\n\n"
    "Hanoi, May 3 (VNA) - The ferry operator said on Monday that fares would stay at this "
    "year's level until its second ship enters service next spring.\n\n"
    "The operator carried more passengers last year than in any year before, it said.\n"
)


def test_the_only_date_is_the_version_date() -> None:
    article = read_article(RECORD)
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2008-05-14"


def test_a_publication_date_beats_the_update() -> None:
    article = read_article(PUBLISHED)
    assert str(article.header_date.date_start.date()) == "2021-05-03"


def _candidate(day: str, *reasons: str) -> Candidate:
    value = SimpleNamespace(date_start=pd.Timestamp(day))
    return Candidate(0, value, -1.0, ("title_line", *reasons, "day_precision"), day)


def test_two_updated_days_date_nothing() -> None:
    two = [_candidate("2008-05-14", "updated_label"), _candidate("2009-06-02", "updated_label")]
    assert only_version_date(two, load_scoring()) == []
    one = [_candidate("2008-05-14", "updated_label")]
    assert [c.text for c in only_version_date(one, load_scoring())] == ["2008-05-14"]


def test_a_site_stamp_alone_dates_nothing() -> None:
    page = "Get the latest updates as we post them\n\n. Last Updated: 07/27/2016\n\n" + PUBLISHED[
        PUBLISHED.index("Hanoi, May 3") :
    ].replace("Hanoi, May 3 (VNA) - ", "")
    assert read_article(page).header_date is None


def test_a_date_pulled_down_by_other_marks_stays_out() -> None:
    caption = [_candidate("2008-05-14", "updated_label", "caption_line")]
    assert only_version_date(caption, load_scoring()) == []


def test_an_updated_line_over_the_text_still_dates_the_page() -> None:
    page = PUBLISHED.replace("Published: 3 May 2021\n", "")
    assert str(read_article(page).header_date.date_start.date()) == "2021-05-06"
