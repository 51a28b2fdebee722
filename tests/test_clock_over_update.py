"""A date above the headline later than the update stamp under it is the site's clock
(analysis.ingest.clock_over_update; held-out 125)."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dates import find_article_dates
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
LEDE = (
    "A delegation of river port managers from Laos spent a week in Hai Phong this month, "
    "studying how containers are cleared and how the port shares its data with customs."
)
BODY = "The visitors asked to send a second group next year, this time of customs officers."


def _date(*lines: str) -> pd.Timestamp | None:
    article = read_article("\n\n".join(lines) + "\n")
    text = [i for i, p in enumerate(article.paragraphs) if p.kind in ("lede", "body")]
    found = find_article_dates(article.paragraphs, text[0], RULES)
    header = found.get("header")
    return None if header is None else pd.Timestamp(header[0].date_start)


def test_a_later_clock_over_the_headline_gives_way_to_the_update_stamp() -> None:
    got = _date(
        "Sunday, September 22 2019",
        "Port managers from Laos study container checks",
        "Update: October, 19/2014 - 09:05",
        LEDE,
        BODY,
    )
    assert got == pd.Timestamp("2014-10-19")


def test_an_earlier_day_over_the_headline_is_kept() -> None:
    # the day above the headline comes before the update: it may be the publication day
    got = _date(
        "Sunday, October 12 2014",
        "Port managers from Laos study container checks",
        "Update: October, 19/2014 - 09:05",
        LEDE,
        BODY,
    )
    assert got == pd.Timestamp("2014-10-12")


def test_an_unlabelled_date_under_the_headline_is_no_update_stamp() -> None:
    # two plain dates: no update stamp, so the later day over the headline is not dropped
    # by this rule (the page's other features decide)
    from analysis.ingest.clock_over_update import clock_over_update
    from analysis.ingest.date_scoring import absolute_dates
    from analysis.ingest.page_rules import scoring_of

    scoring = scoring_of(RULES)
    article = read_article(
        "\n\n".join(
            [
                "Sunday, September 22 2019",
                "Port managers from Laos study container checks",
                "October 19, 2014 09:05",
                LEDE,
            ]
        )
        + "\n"
    )
    paras = article.paragraphs
    title = next(i for i, p in enumerate(paras) if p.kind == "title")

    def dates_of(text: str) -> list:
        return absolute_dates(text, scoring)

    assert not clock_over_update(paras, 0, title, dates_of, scoring.updated_label)


def test_an_update_stamp_far_below_the_headline_is_not_read() -> None:
    from analysis.ingest.clock_over_update import STAMP_REACH

    assert STAMP_REACH == 2
    got = _date(
        "Sunday, September 22 2019",
        "Port managers from Laos study container checks",
        LEDE,
        BODY,
        "Update: October, 19/2014 - 09:05",
    )
    assert got != pd.Timestamp("2014-10-19")
