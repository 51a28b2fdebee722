"""Tests of ``analysis.ingest.layout.posting_lines``: the poster after a site's date line."""

from __future__ import annotations

from analysis.ingest.layout.header_pieces import split_header_pieces
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.posting_lines import organisation_names, posted_by_organisation
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def _posting(*lines: str) -> list:
    paras = split_lines("\n".join(lines) + "\n")
    split_header_pieces(paras, RULES)
    return paras


def test_names_opening_with_an_article_are_an_organisations() -> None:
    assert organisation_names(["The Maritime Executive"])
    assert organisation_names(["The Conversation"])
    assert not organisation_names(["Thea Nguyen"])
    assert not organisation_names([])


def test_an_organisation_posting_after_the_date_is_no_writer() -> None:
    """held-out 70: the site's posting line cut in two ("Published <date>" / "by The X")."""
    paras = _posting(
        "Malaysian navy hands supply ship crewing to civilian mariners",
        "Published Feb 20, 2024 7:14 PM by The Harbour Executive",
    )
    assert [p.text for p in paras[1:]] == [
        "Published Feb 20, 2024 7:14 PM",
        "by The Harbour Executive",  # (unlisted: a listed outlet's name is no byline at all)
    ]
    assert posted_by_organisation(paras, 2, RULES)
    assert not posted_by_organisation(paras, 0, RULES)


def test_a_poster_named_by_the_masthead_is_no_writer_a_person_is() -> None:
    masthead = _posting(
        "AmCham Vietnam",
        "News",
        "Delegation discusses port logistics",
        "Posted on 25/03/2024 by AmCham Vietnam",
    )
    assert posted_by_organisation(masthead, 4, RULES)
    person = _posting(
        "Delegation discusses port logistics", "Posted on 25/03/2024 by Tran Minh Khoa"
    )
    assert not posted_by_organisation(person, 2, RULES)
