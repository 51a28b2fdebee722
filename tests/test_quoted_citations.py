"""Tests of ``analysis.ingest.layout.quoted_citations``: a blog post quoting another site's
article keeps its signer as the writer; the quoted article's "By Name" under its citation
(source, date, title) is no writer of the page (held-out 93)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A personal blog's post: a quotation, its citation, a comment and the signature
#: (placeholder names and text).
QUOTING_POST = """Ferry timetables on the lower river

\u201cThe towns downstream need the upstream landings far more than the upstream towns need them. Every season the same promises are made about shared timetables, and every season the ferries still leave at different hours.\u201d
Delta Courier
March 12, 2014

Upstream Landings and the Timetable Question
By Hoang Minh Chau

A fair summary of where things stand. Worth reading for anyone who takes the night ferry.

Le Thu Ha
retired ferry pilot
Can Tho, March 2014
"""


def test_the_quoted_articles_writer_is_not_the_posts() -> None:
    assert read_article(QUOTING_POST).author == "Le Thu Ha"


def test_a_page_whose_only_byline_is_the_citations_keeps_it() -> None:
    text = QUOTING_POST.split("A fair summary")[0]
    assert "Hoang Minh Chau" in read_article(text).author


def test_a_byline_under_an_unquoted_lede_stays_a_writer() -> None:
    text = QUOTING_POST.replace("\u201c", "").replace("\u201d", "")
    assert "Hoang Minh Chau" in read_article(text).author
