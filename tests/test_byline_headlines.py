"""Tests of ``analysis.ingest.layout.byline_headlines``: a headline standing over its
byline below the page's first text, as a tag archive saved part way down shows it
(held-out 91, cimsec)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.byline_headlines import headline_over_byline
from analysis.ingest.layout.lines import split_lines

#: A blog's tag archive saved from part way down: an earlier item's teaser (its title
#: above the saved part), the archive's label, then an item's title over "By Name".
_ARCHIVE = (
    "Coming to you from Hue, Marta Quill, Analyst at a river research centre, interviews "
    "Dang Van Loc, Fellow at a training college, on the province's changing ferry policy and "
    "the limits of its training ties with Korea.\n"
    "Tag Archives: Laos\n"
    "Laos – Vietnam Ties: The Cold Store Dimension\n"
    "By Helena Brandt\n"
    "https://www.youtube.com/watch?v=Zx81Lp0qTr4\n"
    "Helena Brandt holds an MSc in Food Economics and ran cold store trials for a regional "
    "cooperative. The views expressed in this article are her own.\n"
)


def test_a_title_over_its_byline_under_a_teaser_is_the_headline() -> None:
    article = read_article(_ARCHIVE)
    assert article.title == "Laos – Vietnam Ties: The Cold Store Dimension"
    assert article.author == "Helena Brandt"


def test_no_byline_means_no_headline_from_this_rule() -> None:
    """Negative: without the byline under it the short line is not taken (the page keeps
    no headline), and a sentence over a byline is never one."""
    no_byline = _ARCHIVE.replace("By Helena Brandt\n", "")
    assert read_article(no_byline).title == ""
    paras = split_lines("A short note ends here.\nBy Helena Brandt\nText goes on below.\n")
    paras[1].kind = "byline"
    assert headline_over_byline(paras) is None


def test_the_first_title_over_a_labelled_byline_is_found() -> None:
    paras = split_lines(_ARCHIVE)
    paras[3].kind = "byline"
    assert headline_over_byline(paras) == 2
    paras[3].kind = ""
    assert headline_over_byline(paras) is None


def test_a_translation_credit_over_a_byline_is_no_headline() -> None:
    """Negative (the zoo's column page): a bracketed translator's credit over the byline
    is a credit, not a headline."""
    paras = split_lines("(*Translation from Arabic by Lina Haddad)\nBy Omar Nassar\nText.\n")
    paras[1].kind = "byline"
    assert headline_over_byline(paras) is None
