"""A title-case line that a heading of the text takes up again is the page's topic
(``analysis.ingest.layout.topic_lines``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.topic_lines import as_topic, topic_heading

#: The lines of held-out 55's current-affairs note (the topic, two counters, headings
#: over bullets; the topic's words head the first bullet under "About").
NOTE = (
    "White Shipping Information Exchange\n\n    0\n    415\n\n    In News\n\n"
    "    • The Indian Navy and the Vietnam People's Navy have agreed to share advance "
    "information on the movement of commercial vessels through their waters.\n\n"
    "    About \n\n"
    "    • White Shipping Information:\n"
    "      • It covers the identity, cargo and route of merchant ships, as opposed to "
    "warships or submarines.\n"
    "    • Significance: \n"
    "      • Better awareness of traffic in the sea lanes helps both navies respond to "
    "piracy, smuggling and accidents.\n"
)


@dataclass
class _P:
    text: str
    kind: str = ""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["White Shipping Information Exchange", "• White Shipping Information:"], True),
        (["Blue Economy Corridor", "Blue Economy Corridor:"], True),
        # one word shared, or under half the line: no topic
        (["White Shipping Information Exchange", "• White:"], False),
        (["Hai Phong Port Authority Office", "Hai Phong:"], False),
        # the name opening a sentence of the text, not a heading alone
        (["Nguyen Van An", "Nguyen Van An: We agreed to meet again next year."], False),
    ],
)
def test_topic_heading(lines: list[str], expected: bool) -> None:
    assert topic_heading([_P(t) for t in lines], 0) is expected


def test_a_notes_topic_in_title_case_is_its_headline_not_its_site() -> None:
    article = read_article(NOTE)
    assert article.title == "White Shipping Information Exchange"
    assert article.outlet == ""
    # negative: without the heading that takes it up, the line still reads as a name
    article = read_article(NOTE.replace("• White Shipping Information:", "• Background:"))
    assert article.title == ""


def test_as_topic_reads_name_like_as_topic_heading_only_with_the_heading() -> None:
    paras = [_P("White Shipping Information Exchange"), _P("• White Shipping Information:")]
    features = ["good_length", "name_like"]
    assert as_topic(features, paras, 0) == ["good_length", "topic_heading"]
    assert as_topic(features, paras[:1], 0) == features
    assert as_topic(["good_length"], paras, 0) == ["good_length"]
