"""A name alone after a dash, the page's only such line, is the writer of a page no byline
credits (``layout/dash_signatures.py``; fix36e)."""

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dash_signatures import dash_signature, dash_signature_writer
from analysis.ingest.layout.lines import Article, split_lines
from analysis.ingest.page_rules import load_rules

REVIEW = (
    "Tag: diplomacy\n\nThe Ferry Envoys: River Diplomats of the Delta by Hoa Tran\n\n"
    "The Ferry Envoys (Delta Press, 280 pp. $29.95) follows nine officials who kept the river "
    "crossings open through two decades of border talks and shifting alliances.\n\n"
    "The book is strongest on the lean years, when a few officials pressed their superiors to "
    "reopen the ferries to traders from both banks.\n\n"
)


def test_a_review_signed_after_a_dash_names_its_writer() -> None:
    assert read_article(f"{REVIEW}–Lan Pham\n\nThe Last Barge by Minh Vo\n").author == "Lan Pham"


@pytest.mark.parametrize(
    "closing",
    [
        "- Lan Pham\n- Minh Vo\n- Hoa Tran",  # a list of columnists
        "– Delta Press",  # a publisher, no person
        "- Ferry fares rise again in the delta this week",  # a sentence
        "— Reuters",  # an agency
    ],
)
def test_near_cases_name_no_writer(closing: str) -> None:
    paras = split_lines(f"{REVIEW}{closing}\n\nThe Last Barge\n")
    assert dash_signature(paras, load_rules()) == ([], 0)


def test_a_writer_already_read_is_kept() -> None:
    article = Article(paragraphs=split_lines(f"{REVIEW}–Lan Pham\n"), author="Minh Vo")
    dash_signature_writer(article, load_rules())
    assert article.author == "Minh Vo"
