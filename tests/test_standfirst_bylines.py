"""A writer's bare name between the standfirst and the text
(``analysis.ingest.layout.standfirst_bylines``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.standfirst_bylines import page_lower_words, proper_name

RULES = load_rules()

_HEADLINE = "Lighthouse keepers: the coast guard hands the lamps to the villages"
_STANDFIRST = (
    "The last six keepers of the northern coast will train fishermen's cooperatives to tend "
    "the lamps before the service withdraws at the end of the year."
)
_BODY = (
    "Each cooperative will receive a boat, a spare lens and a small yearly grant for fuel, "
    "and the coast guard will inspect the lamps twice a season.\n\n"
    "The villages asked for the change after two winters in which the service closed three "
    "lamps for want of staff."
)


def _page(line: str, standfirst: str = _STANDFIRST, body: str = _BODY) -> str:
    """Headline, standfirst, ``line`` and the text, a blank line between each."""
    return f"{_HEADLINE}\n\n{standfirst}\n\n{line}\n\n{body}\n"


def test_a_bare_name_under_the_standfirst_is_the_writer() -> None:
    article = read_article(_page("Rosa Delmar"))
    assert article.author == "Rosa Delmar"
    assert [p.kind for p in article.paragraphs][:3] == ["title", "lede", "byline"]


def test_a_heading_of_the_pages_own_words_is_no_writer() -> None:
    # "coast" and "lamps" stand in lower case in the sentences: the line is a topic
    assert read_article(_page("Coast Lamps")).author == ""


def test_a_line_under_a_dateline_lede_or_among_headings_is_no_writer() -> None:
    lede = "HARBOURTOWN - " + _STANDFIRST
    assert read_article(_page("Read Whole Story", standfirst=lede)).author == ""
    assert read_article(_page("Rosa Delmar", standfirst=lede)).author == ""
    later = "The lamps will be lit at dusk from October, and the villages will share the fuel."
    headed = f"{_BODY}\n\nWinter Schedule\n\n{later}\n\n{_BODY}"
    assert read_article(_page("Principal Results", body=headed)).author == ""


def test_page_lower_words_keeps_only_words_written_in_lower_case() -> None:
    words = page_lower_words(split_lines("The Coast Guard tends the lamps.\nRosa Delmar's boat"))
    assert words == {"tends", "the", "lamps", "boat"}


_LOWER = st.text("abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)


@given(words=st.lists(_LOWER, min_size=2, max_size=3, unique=True))
def test_a_name_made_of_words_the_page_writes_in_lower_case_is_never_a_proper_name(
    words: list[str],
) -> None:
    line = " ".join(w.capitalize() for w in words)
    lower = page_lower_words(split_lines("We saw " + " and ".join(words) + " there."))
    assert not proper_name(line, lower, RULES)
    assert proper_name("Rosa Delmar", lower - {"rosa", "delmar"}, RULES)
