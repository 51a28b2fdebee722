"""Tests of ``analysis.ingest.continue_links``: a page saved from a blog's excerpt, with no
headline line, takes its title from the excerpt's "Continue reading <title>" link
(held-out 93)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.continue_links import continue_link_title
from analysis.ingest.layout import read_article

#: A news blog's tag page saved from the first item's excerpt (placeholder text).
EXCERPT_PAGE = (
    "Ferry crews of two river towns have agreed to run one night timetable from next "
    "month, the towns' councils said. The crews will share the upstream landing, which "
    "was rebuilt after the floods, and the fares will stay as they are for the first "
    "season … Continue reading Two River Towns Share One Night Ferry Timetable.\n"
    "You must be logged in to post a comment.\n"
)


def test_a_page_without_headline_takes_the_link_title() -> None:
    article = read_article(EXCERPT_PAGE)
    assert article.title == "Two River Towns Share One Night Ferry Timetable"
    assert "no_headline" not in article.metadata_flags


def test_a_page_with_its_headline_keeps_it() -> None:
    text = "River Towns Agree on Fares\n\n" + EXCERPT_PAGE
    assert read_article(text).title == "River Towns Agree on Fares"


def test_links_that_name_no_post_give_no_title() -> None:
    assert continue_link_title("The crews said so. Continue reading") == ""
    assert continue_link_title("Continue reading the main story") == ""
    assert continue_link_title("To continue reading, get access now.") == ""
    assert continue_link_title("… Continue reading →") == ""


_TITLE = st.lists(
    st.sampled_from(["Ferry", "Towns", "Agree", "River", "Landing", "Fares", "Night", "on"]),
    min_size=2,
    max_size=10,
).map(lambda words: "Crews " + " ".join(words))


@given(title=_TITLE, end=st.sampled_from([".", "", " →"]), quoted=st.booleans())
def test_any_link_title_is_read_back(title: str, end: str, quoted: bool) -> None:
    link = f"“{title}”" if quoted else title
    assert continue_link_title(f"The ferries run late … Continue reading {link}{end}") == title


CACHED_COPY = (
    " date 2021-10-06 Officials at the ferry talks in Hà Nội. VNA/VNS Photo Lan Anh HÀ NỘI — "
    "The two river provinces agreed on Tuesday to run a second ferry across the border "
    "river before the dry season and to share their timetables… Read full this story\n\n"
    "Border provinces agree on a second river ferry have 212 words, post on "
    "example-news.vn at October 6, 2021. This is cached page on ExampleHost. If you want "
    "remove this page, please contact us.\n"
)


def test_an_aggregators_cached_page_notice_names_the_headline() -> None:
    """(held-out 115) The headline lost in the copy is the one the notice names."""
    assert read_article(CACHED_COPY).title == "Border provinces agree on a second river ferry"


def test_sentences_about_words_or_cached_pages_name_no_headline() -> None:
    # negatives: a sentence counting words without the notice's wording, the notice's
    # second sentence alone, a headline that mentions a cache
    page = (
        "Border provinces agree on a second river ferry\n\n"
        "The two provinces have 212 words in their new glossary of river terms, posted on "
        "the ferry office's board at the landing.\n\n"
        "This is cached page on ExampleHost.\n"
    )
    assert read_article(page).title == "Border provinces agree on a second river ferry"
    page = "Ferry office keeps a cached page of timetables\n\nThe office prints its times.\n"
    assert read_article(page).title == "Ferry office keeps a cached page of timetables"
