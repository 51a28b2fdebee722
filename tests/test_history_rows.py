"""Tests of ``analysis.ingest.layout.history_rows``: a journal article's history row is
never the headline (held-out 67's peer-review record page)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.history_rows import history_row

#: The journal page's header: the record's labels, the title, the citation, the authors,
#: the reviewers' rows, then the history row (held-out 67).
_RECORD = (
    "Article\n"
    "Peer-Review Record\n\n"
    "Printed Conference Proceedings in Engineering Libraries: Loans, Space and Weeding, "
    "2012–2019\n\n"
    "Publications 2021, 9(3), 41; https://doi.org/10.3390/publications9030041\n"
    "by Hoang-Anh Vu 1,*, Thu-Ha Dang 2, Minh-Chau Ly 1,3 and Ngoc-Lan Phan 2,*\n"
    "Reviewer 1: Anonymous\n"
    "Reviewer 2: Anonymous\n"
    "Reviewer 3:\n"
    "Publications 2021, 9(3), 41; https://doi.org/10.3390/publications9030041\n"
    "Submission received: 2 May 2021 / Revised: 30 June 2021 / Accepted: 19 July 2021 / "
    "Published: 23 July 2021\n\n"
    "Round 1\n\n"
    "Reviewer 1 Report\n\n"
    "The paper asks a practical question and its loan records are new. The section on "
    "digitisation could be shortened, and the figures need clearer axes.\n"
)


def test_a_row_of_labelled_dates_is_a_history_row() -> None:
    assert history_row(
        "Submission received: 2 May 2021 / Revised: 30 June 2021 / Accepted: 19 July 2021 / "
        "Published: 23 July 2021"
    )
    assert history_row(
        "Received: 2 February 2021; Accepted: 9 March 2021; Published: 14 March 2021 "
    )


def test_one_labelled_date_or_unlabelled_dates_are_no_history_row() -> None:
    assert not history_row("Published: 23 July 2021")
    assert not history_row("Talks held from 2 May 2021 to 19 July 2021 in Hanoi and Vientiane")


def test_the_history_row_is_not_the_headline_but_still_dates_the_page() -> None:
    article = read_article(_RECORD)
    assert not article.title.startswith("Submission received")
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2021-07-23"
