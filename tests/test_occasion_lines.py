"""Tests of ``analysis.ingest.layout.occasion_lines``: a speech's headline over two lines,
its subject then its occasion, read as one title."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.occasion_lines import occasion_under
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

#: The trade council's archive of held-out 60 (usvtc.org): the menu, the talk's subject,
#: its occasion in lower case, the place and date, the talk.
_TALK = (
    "Home | About Us | Membership\n"
    "Technical Assistance | Updates News Archive | Links\n\n\n\n"
    "Talk on the Antidumping Reviews\n"
    "at the Spring Luncheon of the Seafood Exporters’ Forum\n"
    "Ho Chi Minh City, April 8, 2004\n\n"
    "Thank you for inviting me back. When I spoke to this forum two years ago, the catfish "
    "dispute had just begun, and many of you asked me whether it would close the market.\n\n"
    "I wish you a good season.\n"
)


def test_the_occasion_line_goes_on_a_talks_headline() -> None:
    article = read_article(_TALK)
    assert article.title == (
        "Talk on the Antidumping Reviews at the Spring Luncheon of the Seafood Exporters' Forum"
    )
    assert "occasion_line" in article.title_source
    assert article.header_date is not None and article.header_date.date_start.day == 8


def test_other_lines_under_a_headline_stay_apart() -> None:
    def under(text: str) -> int:
        return occasion_under(split_lines(text), 0, RULES)

    assert under("Talk on the Reviews\nat the Spring Luncheon of the Forum\n") == 1
    # a headline that names no talk
    assert under("Seafood exports rise\nat the Spring Luncheon of the Forum\n") == -1
    # no capitalised occasion after the article, or a sentence closed by a stop
    assert under("Talk on the Reviews\nat the end of the season nobody came\n") == -1
    assert under("Talk on the Reviews\nat the Spring Luncheon of the Forum.\n") == -1
    # two blank lines or more between: no longer the same heading
    assert under("Talk on the Reviews\n\n\n\nat the Spring Luncheon of the Forum\n") == -1
