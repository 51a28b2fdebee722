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


#: (held-out 144) A mission page: its heading, an epigraph closed by a closing quote mark,
#: the quoted man's name after a dash, then the page's own text.
MISSION = (
    "Our purpose\n\nWe must keep asking what each river town needs and answer it plainly.”\n\n"
    "— Governor Lan Pham\n\nThe college was founded by ferry pilots and teachers from the delta. "
    "It trains the crews who keep the crossings open.\n\n"
    "Its first students came from twelve river towns.\n"
)


def test_a_dash_line_under_a_closing_quote_is_the_quotations_attribution() -> None:
    assert read_article(MISSION).author == ""


def test_a_signature_under_a_plain_paragraph_still_names_its_writer() -> None:
    page = MISSION.replace("answer it plainly.”", "answer it plainly.")
    assert read_article(page.replace("Governor Lan Pham", "Lan Pham")).author == "Lan Pham"
