"""(fix35a) A site search box's label naming the site ("Google Our Site:") and its scope
choice ("Site Name www") are reader prompts (``reader_prompts`` of ``header_scoring.yaml``,
``layout/reader_prompts.py``), never the headline; on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.reader_prompts import reader_prompt

_PAGE = (
    "River Press Weekly\n"
    "River Press Service is the only agency bringing news of the delta's cooperatives to "
    "readers abroad\n"
    "Google Our Site:\n\n"
    "River Press Weekly www\n\n"
    "Delta study group sees how Can Tho keeps its port records\n\n\n"
    "A study group headed by a provincial councillor spent the morning of October 14 in "
    "the port archive, where its deputy director showed the visitors how the records are "
    "kept.\n\n\n"
    "Among the boxes were letters the two ports have exchanged since the 1960s, now being "
    "photographed so that historians can read them without travelling.\n"
)


def test_a_search_box_label_over_the_headline_is_not_the_title():
    assert read_article(_PAGE).title == "Delta study group sees how Can Tho keeps its port records"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Google Our Site:", True),
        ("Search within this site", True),
        ("Find on the website:", True),
        ("Search the archives", True),
        # the scope choice under the box: the site's name and "www" run together
        ("River Press Weekly www", True),
        ("WWW River Press", True),
        # headlines about searching, a sentence with its stop
        ("Google opens its first office in Hanoi", False),
        ("Searching the delta's archives for lost letters", False),
        ("Read more at www.riverpress.org", False),
        ("How the www changed the delta's ports", False),
        ("Search the site for the ports' old records, the council asks.", False),
    ],
)
def test_site_search_labels_and_their_negatives(line: str, expected: bool):
    assert reader_prompt(line) is expected
