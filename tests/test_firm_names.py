"""Tests of ``analysis.ingest.firm_names``: a firm or an organisation's body credited as
the writer is the author as a whole (held-out 68's ASEAN Briefing page, its lines; a
veterans' office and a party department, held-out 82 and 22); a desk or a role is no
writer."""

from __future__ import annotations

from analysis.ingest.firm_names import firm_name, organisation_credit, organisation_labelled
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


#: A movement's statement page: the headline, the credit line, a date, the text.
_STATEMENT = (
    "Veterans call for a joint river clean-up\n\n"
    "{byline}\n"
    "[Printer-Friendly Version]\n"
    "March 3, 2007\n\n"
    "Our members voted last month to join the river towns' clean-up of the old ferry "
    "landings, and we ask every chapter to send volunteers in the spring.\n\n"
    "The towns will provide boats, gloves and meals for the three weekends of the work.\n"
)


def test_an_organisations_body_after_by_is_the_author_whole() -> None:
    for byline, author in (
        ("By Harbour Veterans National Office", "Harbour Veterans National Office"),
        ("BY:HVA International Department| March 3, 2007", "HVA International Department"),
        ("Written by the River Towns Coordinating Committee", "River Towns Coordinating Committee"),
    ):
        assert read_article(_STATEMENT.format(byline=byline)).author == author, byline
    # negative: a desk or a role of the outlet's staff, a sender's label, a person
    for byline in (
        "By Harbour Reports Editor",
        "By Staff Writer",
        "By Our Correspondent",
        "By Web Desk",
        "By the Editorial Office",
        "FROM: HARBOUR DEFENSE DEPARTMENT",
    ):
        assert read_article(_STATEMENT.format(byline=byline)).author == "", byline
    assert read_article(_STATEMENT.format(byline="By:Tran Van Nam")).author == "Tran Van Nam"


def test_the_organisation_shape() -> None:
    for text in ("VVAW National Office", "CPUSA International Department", "Hanoi Party Committee"):
        assert organisation_credit(text, SCORING) == text, text
    for text in ("Web Desk", "News Department", "Tran Van Nam", "the office", "Office"):
        assert organisation_credit(text, SCORING) == "", text
    assert organisation_labelled("By VVAW National Office", SCORING)
    assert organisation_labelled("Author: Hanoi Party Committee", SCORING)
    assert not organisation_labelled("From: U.S. Defense Department", SCORING)
