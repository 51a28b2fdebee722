"""Tests for ``analysis.ingest.layout.account_lines`` and the chrome of a content system's
poster box and pager (``chrome`` in ``data/header_scoring.yaml``), held-out 88."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.account_lines import account_login, dateless_account
from analysis.ingest.page_rules import load_rules, scoring_of
from tests.page_reading import line_kinds

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
    kinds = line_kinds(article)
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
    kinds = line_kinds(article)
    assert kinds["Prev Next"] == "boilerplate"


#: A news agencies' listing page of one member agency's items, each posting line printed
#: with its date left out (placeholder items about river ferries, held-out 98).
DATELESS_LISTING = (
    "Ferry crews finish a course on night crossings\n\n"
    "Submitted by ABC on\n\n"
    "(ABC) Ferry crews from four river provinces have completed a course on night crossings, "
    "which was organised with the help of the\n\n"
    "New pier opens at the border market\n\n"
    "Submitted by ABC on\n\n"
    "(ABC) A new pier was opened at the border market on Friday by the provincial governor and "
    "the\n"
)


def test_a_posting_line_with_its_date_left_out_is_no_headline():
    """ "Submitted by ABC on", printed over every item, is the posting line, not the title;
    the agency's short name is no writer."""
    article = read_article(DATELESS_LISTING)
    assert article.title == "Ferry crews finish a course on night crossings"
    assert article.author == ""
    kinds = [p.kind for p in article.paragraphs if p.text.strip() == "Submitted by ABC on"]
    assert kinds == ["dateline", "dateline"]


def test_a_dateless_posting_line_naming_a_person_or_a_lede_is_not_an_accounts():
    """A person's name, a lower-case word without a digit, a dateline or a byline are not
    dateless account lines."""
    assert dateless_account("Submitted by KPL on") == "KPL"
    assert dateless_account("Posted by editor_2 on") == "editor_2"
    for line in (
        "Submitted by Thu Trang on",
        "Posted by admin on",  # no digit, no underscore: a word, left alone
        "Posted by Minh on",  # a first name
        "Submitted by KPL on 12 May 2009",  # a date after "on": the dated forms' rule
        "Hanoi (VNA) - The ferry opened on",
        "By KPL",
        "Posted by VIETNAMESE on",  # too long for a short name
    ):
        assert dateless_account(line) == "", line
