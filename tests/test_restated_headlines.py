"""Tests of ``analysis.ingest.layout.restated_headlines``: a headline written as one
sentence and restated by the paragraph under it."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.restated_headlines import (
    restated_by_next_paragraph,
    restated_share,
)

#: The link aggregator's post of held-out 18 (lemmy): the headline as a sentence, the
#: paragraph restating it, the post's text, a comment.
_LINK_POST = (
    "A city has opened its first night bus line, linking the airport, the station and the "
    "old quarter.\n"
    "The city on Sunday opened its first night bus line, linking the airport, the station "
    "and the old quarter, its transport office said in a notice.\n"
    "The two sides reviewed the results of their cooperation over the past year and agreed "
    "on a plan of joint activities for the months ahead.\n"
    "Funny how quickly these things get built now. A few years ago nobody here would have "
    "guessed a bus would run past midnight.\n"
)


def test_a_sentence_restated_by_the_next_paragraph_is_the_headline() -> None:
    article = read_article(_LINK_POST)
    assert article.title.startswith("A city has opened its first night bus line")
    assert [p.kind for p in article.paragraphs][:2] == ["title", "lede"]


def test_a_lede_going_on_to_other_things_is_no_headline() -> None:
    """Negative: a first sentence the next paragraph does not restate stays the lede."""
    lede_first = _LINK_POST.replace(
        "The city on Sunday opened its first night bus line, linking the airport, the station "
        "and the old quarter, its transport office said in a notice.\n",
        "Officials expect thousands of passengers a week once the winter timetable starts "
        "and more drivers are trained.\n",
    )
    assert read_article(lede_first).title == ""


def test_restated_share_and_its_limits() -> None:
    line, nxt = _LINK_POST.splitlines()[:2]
    assert restated_share(line, nxt) == 1.0
    paras = split_lines(_LINK_POST)
    assert restated_by_next_paragraph(paras, 0)
    assert not restated_by_next_paragraph(paras, 1)  # under an unlabelled line
    two = split_lines("Bus line opens. Night service starts.\n" + nxt + "\n")
    assert not restated_by_next_paragraph(two, 0)  # two sentences
    twice = split_lines(f"{nxt}\n{nxt.replace('first', 'very first')}\n")
    assert not restated_by_next_paragraph(twice, 0)  # a paragraph printed twice says no more


#: (b87) A copy site's page: the headline closed by a full stop, its labels and values
#: ("• Thời gian" over the date, "• Lượt xem" over the views), then the lede restating it.
_COPY_PAGE = """Ferry crews of two provinces brought home from a flooded river port.

  • Thời gian

    Oct 27, 2023

  • Lượt xem

    58 lượt xem

Ferry crews of two provinces who were stranded at a flooded river port abroad have been brought home, the transport ministry said on Friday.

The ministry thanked the port's authorities for sheltering the crews during the flood.
"""


def test_a_headline_with_a_stop_over_labels_and_its_restating_lede() -> None:
    article = read_article(_COPY_PAGE)
    assert article.title == "Ferry crews of two provinces brought home from a flooded river port."


def test_a_first_sentence_the_lede_does_not_restate_is_no_headline() -> None:
    """Negative: the same page whose first line the lede does not take up has no title."""
    other = _COPY_PAGE.replace(
        "Ferry crews of two provinces who were stranded at a flooded river port abroad "
        "have been brought home",
        "Officials expect the winter timetable of the delta's ferries to start next week",
    )
    assert read_article(other).title == ""
