"""A mirror's copy stored from its text (``analysis.ingest.layout.text_twice``): the post's
block (date line, headline, "by" line) stands between the text and the text printed
again, and its headline is the page's (held-out 123: the place-and-date line the page
opens with was taken for it). A headline printed twice, a page whose opening lines come
back without a dated block over them, and a block without a date line keep theirs; the
block's date line dates the page (not the opening line's day, the statement's)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.text_twice import post_block_headline, second_copy
from analysis.ingest.page_rules import load_rules, scoring_of

SCORING = scoring_of(load_rules())

OPENING = (
    "Vienna, Austria, Mar 3, 2026\n"
    "AS DELIVERED by Placeholder Envoy, Deputy Head of the Delegation to the River Council.\n"
    "Thank you, Madam Chair, and welcome to the delegations of the three river states.\n"
    "Since the last session the ports have opened two new ferry lines and shared their catch data.\n"
    "We recommend the council set up a joint register of river boats before the next session.\n"
)

HEADLINE = "River Council: 4th Session – Statement on the Ferry Lines"

MIRROR = (
    OPENING
    + "*Source: placeholder.example\n"
    + "March 5, 2026\n"
    + HEADLINE
    + "\n"
    + "by Harbour Rights Group • Name One, Name Two\n"
    + OPENING
)


def test_the_post_blocks_headline_between_two_copies_is_the_title() -> None:
    article = read_article(MIRROR)
    assert article.title == HEADLINE
    assert article.header_date is not None
    assert article.header_date.date_start.date().isoformat() == "2026-03-05"  # the post's


def test_second_copy_needs_two_opening_lines_again() -> None:
    assert second_copy(split_lines(MIRROR)) == 9
    once = split_lines(OPENING + "March 5, 2026\n" + HEADLINE + "\n")
    assert second_copy(once) == -1
    first_only = split_lines(OPENING + OPENING.splitlines(keepends=True)[0] + "Other words.\n")
    assert second_copy(first_only) == -1
    # negative: chrome lines printed twice at the top and again lower down (a picture's
    # credit over a teaser and over the full story) are no copy of the text
    credit = "Illustration: Name One\nIllustration: Name One\nName One\n"
    chrome = split_lines(credit + "March 5, 2026\n" + HEADLINE + "\n" + credit + OPENING)
    assert second_copy(chrome) == -1


def test_no_dated_block_no_post_headline() -> None:
    # negative: the text again under a headline without a date line over it
    undated = split_lines(MIRROR.replace("March 5, 2026\n", ""))
    assert post_block_headline(undated, SCORING) is None
    dated = split_lines(MIRROR)
    dated[6].kind = "dateline"
    assert post_block_headline(dated, SCORING).text == HEADLINE
    # negative: a headline printed twice at the top is no copied text
    twice = f"{HEADLINE}\n{HEADLINE}\n" + OPENING.split("\n", 1)[1]
    assert read_article(twice).title == HEADLINE
