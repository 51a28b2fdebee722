"""Tests of ``analysis.ingest.layout.opening_asides``: a pull quote and a profile's blurb at
the top of an author's or a publication's page are not the page's first text (fix33a)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.opening_asides import profile_blurb, pull_quote

_BLURB = (
    "The Harbour Review is the port city's weekly magazine of shipping news, edited on the "
    "waterfront, with new reports from the docks every Friday."
)

# A publication's page on a news reader (placeholder text): its name, empty labels, its
# blurb, then its items, each a headline, the name again and a deck.
PROFILE_PAGE = (
    "The Harbour Review\n\n"
    "Posted :\n\n"
    "Author Profile :\n\n"
    f"{_BLURB}\n\n"
    "Why Small Ports Train Together\n\n"
    "The Harbour Review\n\n"
    "Joint drills let small ports pool skills that none of them could afford to build alone.\n\n"
    "Who Pays for the Tide Gauges?\n\n"
    "The Harbour Review\n\n"
    "A network that warns a dozen ports is funded by three of them, and the bill is rising.\n"
)

# The same publication on a reading app: its name, then a bar of counts whose last cell is
# the blurb, then its items.
COUNTS_PAGE = (
    "The Harbour Review\n\n"
    f"212 Flips | 1 Magazine | 9 Followers | @HarbourReview | {_BLURB}\n\n"
    "Are tide gauges the new aid?\n\n"
    "Sharing tide readings costs the donor almost nothing and saves the ports a great deal.\n\n"
    "Out of range\n\n"
    "The newest pilot boats in the region cannot reach the islands that need them most.\n"
)


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(raw=t, text=t, line=i + 1, block=i) for i, t in enumerate(texts)]


def test_a_profiles_blurb_is_not_the_lede() -> None:
    assert read_article(PROFILE_PAGE).title == "Why Small Ports Train Together"


def test_a_blurb_closing_a_bar_of_counts_is_not_the_lede() -> None:
    assert read_article(COUNTS_PAGE).title == "Are tide gauges the new aid?"


def test_the_blurb_is_read_from_the_first_lines_name() -> None:
    paras = _paras("The Harbour Review", _BLURB, "Why Small Ports Train Together", "A deck.")
    assert profile_blurb(paras, 1)
    assert not profile_blurb(paras, 0)


@pytest.mark.parametrize(
    "texts",
    [
        # a story whose lede opens with the name on the first line goes on with text
        (
            "Harbour Board",
            "Harbour Board is the port's owner and has agreed to sell two of its old quays to "
            "the city, its chairman said on Monday after a long meeting.",
            "The sale must still be approved by the provincial council, which meets in May.",
        ),
        # another name than the first line's
        ("The Harbour Review", "The Port Weekly is the city's other magazine.", "Why Ports Train"),
        # the first line is a dateline, not a name
        ("Hanoi, May 5 (VNA) -", "Hanoi, May 5 (VNA) - is a dateline.", "Why Ports Train"),
        # the first line is a byline's sentence with a stop
        ("By Nguyen Van An.", "By Nguyen Van An. is a sentence.", "Why Ports Train"),
        # the name without the verb and article: a lede about it
        ("The Harbour Review", "The Harbour Review said on Monday it would close.", "Title"),
    ],
)
def test_no_blurb_without_its_shape(texts: tuple[str, ...]) -> None:
    assert not profile_blurb(_paras(*texts), 1)


def test_a_pull_quote_is_one_quotation() -> None:
    assert pull_quote("“We will keep the ferries running,” the minister said.") is False
    assert pull_quote("“We will keep the ferries running.”")
