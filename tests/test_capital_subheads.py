"""Tests of ``analysis.ingest.layout.capital_subheads``: a subheading in capitals between
two paragraphs is no writer (held-out 92), on a page of our own (a river freight link)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

PAGE = "\n".join(
    [
        "River barges link two border ports",
        "",
        "A new barge line between two river ports carried its first loads of fruit this week,"
        " cutting the journey by road by almost a day.",
        "",
        "The barges run twice a week between the ports, where trucks take the goods on.",
        "",
        "SHARED LANDINGS",
        "",
        "Officials of the two sides agreed last year to share the landings and to open a joint"
        " inspection desk.",
        "",
        "Traders on both banks said they hope the line will run all year.",
    ]
)

BYLINE_OVER_TEXT = "\n".join(
    [
        "River barges link two border ports",
        "",
        "MINH ANH",
        "",
        "A new barge line between two river ports carried its first loads of fruit this week,"
        " cutting the journey by road by almost a day.",
    ]
)


def test_a_subheading_in_capitals_between_paragraphs_is_text_not_the_writer() -> None:
    article = read_article(PAGE)
    assert article.author == ""
    heading = next(p for p in article.paragraphs if p.text == "SHARED LANDINGS")
    assert heading.kind == "heading"


def test_a_name_in_capitals_over_the_text_stays_the_writer() -> None:
    assert read_article(BYLINE_OVER_TEXT).author.casefold() == "minh anh"
