"""Tests of ``analysis.ingest.layout.twice_printed``: a headline that reads as prose,
printed twice at the top of the page or under a breadcrumb ending in it (held-out 91)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.twice_printed import (
    _CRUMB_SEPARATOR,
    CRUMB_MAX_WORDS,
    breadcrumb_trail,
    printed_twice,
)
from tests.strategies import real_lines

_HEADLINE = "Vietnam has Widened Its Ferry Links with Cambodia to a ‘Priority Route’."

#: A mirror of a social network's article (held-out 91, dhirubhai): the headline twice,
#: the credits, a subheading, the text.
_MIRROR = (
    f"{_HEADLINE}\n\n{_HEADLINE}\n\n"
    "Written by Clara Mendes Rocha\n\nEdited by Piotr Nowicki\n\n\n"
    "Introduction\n\n"
    "The ferry relationship between the two neighbours has entered a new phase. The "
    "transport ministers agreed in Phnom Penh to run daily boats between the river ports "
    "(Ministry of Transport, 2023).\n\n"
    "Naming the route a priority route, the highest label the two ministries give, crowns "
    "many years of slow work on river transport between the two countries.\n"
)

#: A policy site's commentary (held-out 91, uisgda): a breadcrumb ending in the headline.
_CRUMB = (
    "Main » News and comments » 2024 » Are Vietnam and Chile Moving Towards a Fruit Pact?\n\n"
    "Are Vietnam and Chile Moving Towards a Fruit Pact?\n\n\n"
    "By L. Ferraro\n\n"
    "After a long wait for an inspection deal, Chile sent its first cherries to Hanoi this "
    "week, only the second such shipment since the two countries began talks.\n"
    "Ten years ago the two countries had almost no fruit trade. Since then the trade has "
    "grown into a real partnership, especially in recent years.\n"
)


def test_a_headline_printed_twice_is_the_title_not_the_lede() -> None:
    article = read_article(_MIRROR)
    assert article.title == _HEADLINE
    assert article.author == "Clara Mendes Rocha"
    lede = next(p for p in article.paragraphs if p.kind == "lede")
    assert lede.text.startswith("The ferry relationship")


def test_a_breadcrumb_ending_in_the_headline_is_no_text() -> None:
    article = read_article(_CRUMB)
    assert article.title == "Are Vietnam and Chile Moving Towards a Fruit Pact?"
    assert article.author == "L. Ferraro"


def test_a_paragraph_said_once_is_still_the_lede() -> None:
    """Negative: without its copy the long first line stays running text."""
    once = _MIRROR.replace(f"{_HEADLINE}\n\n{_HEADLINE}\n\n", f"{_HEADLINE}\n\n", 1)
    paras = split_lines(once)
    assert not printed_twice(paras, 0)
    crumb = split_lines(_CRUMB)
    assert printed_twice(crumb, 1)
    assert not printed_twice(crumb, 0)  # the breadcrumb is no copy of the line under it


def test_text_printed_twice_far_down_is_not_a_headline() -> None:
    """Negative: a paragraph repeated below the page's top is left to the repeat check."""
    lines = [f"Line {n} of the page says something different here." for n in range(8)]
    lines += [lines[-1]]
    paras = split_lines("\n".join(lines) + "\n")
    assert not printed_twice(paras, 7)
    assert not printed_twice(paras, 8)


@given(
    st.lists(
        st.text(alphabet="abcdefghij ", min_size=1, max_size=20).filter(str.strip),
        min_size=2,
        max_size=5,
    )
)
def test_short_pieces_joined_by_guillemets_are_a_breadcrumb(pieces: list[str]) -> None:
    """Property: pieces of one to five words joined by " » " make a breadcrumb from three
    pieces on; two pieces never do."""
    pieces = [" ".join(p.split()[:5]) for p in pieces]
    assert breadcrumb_trail(" » ".join(pieces)) == (len(pieces) >= 3)


def test_a_lede_printed_twice_in_sentence_case_stays_text() -> None:
    """Negative (the zoo's AMP page): a sentence in sentence case printed twice is the lede
    printed twice, not a headline."""
    lede = (
        "Chilean cherries are finding their way into markets in Hanoi and Da Nang, where "
        "young shoppers are paying more for fruit flown in fresh."
    )
    page = f"{lede}\n{lede}\nTwo packing houses sold their first containers this year.\n"
    assert not printed_twice(split_lines(page), 0)
    assert read_article(page).title == ""


def _breadcrumb_trail_slow(text: str) -> bool:
    """``breadcrumb_trail`` without perf31's gate: every line split."""
    pieces = _CRUMB_SEPARATOR.split(normalize_text(text).strip())
    return len(pieces) >= 3 and all(
        0 < count_words(piece) <= CRUMB_MAX_WORDS for piece in pieces[:-1]
    )


_CRUMB_PIECES = st.sampled_from(
    ["Main", "News and comments", "2023", " » ", " › ", "»", " > ", " ", "\u00a0", "\t", "Title?"]
)


@given(st.lists(_CRUMB_PIECES, max_size=10).map("".join))
def test_the_separator_gate_agrees_with_the_split(text: str) -> None:
    assert breadcrumb_trail(text) == _breadcrumb_trail_slow(text)


def test_the_separator_gate_agrees_on_the_zoos_lines() -> None:
    for line in real_lines():
        assert breadcrumb_trail(line) == _breadcrumb_trail_slow(line)
