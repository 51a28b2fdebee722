"""Tests for ``analysis.ingest.layout.account_lines`` and the chrome of a content system's
poster box and pager (``chrome`` in ``data/header_scoring.yaml``), held-out 88."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.account_lines import account_login
from analysis.ingest.page_rules import load_rules, scoring_of

#: An old broadcaster's Drupal page saved from its poster's box, without its headline
#: (placeholder text about a book drive).
DRUPAL_PAGE = (
    "Member for\n\n"
    "2 years 5 months\n"
    "Submitted by ctv_en_7 on Wed, 04/15/2009 - 08:10\n"
    "A book drive run by a provincial newspaper has collected 12,000 books for commune reading "
    "rooms in the mountains during the spring, its organisers said on Tuesday.\n\n"
    "The books will be shared among forty reading rooms before the summer holidays.\n\n"
    "Add new comment\n"
)


def test_a_posting_line_naming_an_account_is_the_dateline_not_the_headline():
    """The poster's box and the account's posting line are no headline: the page has none,
    its day is the posting line's, and the login is no writer."""
    article = read_article(DRUPAL_PAGE)
    kinds = {p.text.strip(): p.kind for p in article.paragraphs}
    assert article.title == ""
    assert article.author == ""
    assert kinds["Submitted by ctv_en_7 on Wed, 04/15/2009 - 08:10"] == "dateline"
    assert kinds["Member for"] == kinds["2 years 5 months"] == "boilerplate"
    assert article.header_date is not None
    assert str(article.header_date.date_start)[:10] == "2009-04-15"


def test_a_posting_line_naming_a_person_is_left_to_the_byline_readers():
    """A writer's name after "Submitted by" is no login: not this module's line."""
    assert account_login("Submitted by Thu Trang on Wed, 04/15/2009 - 08:10") == ""
    assert account_login("Submitted by admin on Wed, 04/15/2009 - 08:10") == ""  # no digit, no _
    assert account_login("Posted by editor_2 on 15 April 2009") == "editor_2"
    assert account_login("Submitted by ctv_en_7 on the board") == ""  # no date after "on"


@given(
    st.from_regex(r"[a-z]{2,8}(_[a-z]{1,4})?_?[0-9]{1,3}", fullmatch=True),
    st.sampled_from(["Tue, 03/17/2009 - 10:25", "17 March 2009", "2009-03-17 10:25"]),
)
def test_any_login_with_a_digit_is_an_account(login: str, day: str):
    """Any lower-case login with a digit, before "on" and a date, is an account's."""
    assert account_login(f"Submitted by {login} on {day}") == login


def test_a_pager_and_an_accounts_age_are_chrome_but_headlines_with_those_words_are_not():
    """ "Prev Next" under a list and Drupal's "Member for" / "3 years 11 months" are page
    chrome; headlines holding the same words are not."""
    chrome = scoring_of(load_rules()).chrome
    for line in (
        "Prev Next",
        "« Previous Next »",
        "Previous | Next",
        "Member for",
        "3 years 11 months",
    ):
        assert chrome.fullmatch(line), line
    for line in (
        "Next steps for the previous trade pact",
        "Member for life: a librarian retires",
        "Library reopens after 3 years and 11 months of works",
        "30 years",
    ):
        assert not chrome.fullmatch(line), line


def test_a_pager_under_an_author_page_is_no_writer():
    """Held-out 88: "Prev Next" under an author page's only item was read as a byline."""
    page = (
        "Some Reflections on Thirty Years of Village Libraries\n"
        "15/04/2025 08:00\n"
        "Village libraries grew from a few shelves in commune halls into a network that reaches "
        "most districts, kept open by teachers and volunteers through difficult years.\n"
        "Prev Next\n"
    )
    article = read_article(page)
    assert article.author == ""
    kinds = {p.text.strip(): p.kind for p in article.paragraphs}
    assert kinds["Prev Next"] == "boilerplate"
