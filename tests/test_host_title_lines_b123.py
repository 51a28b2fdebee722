"""A document host's title line over the document it shows is page chrome (held-out 123):
"PDF - Amnesty International" over a public statement's PDF text was read as the headline;
the statement's own headline under its date and index line is the page's."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

PAGE = """PDF - Harbour Rights Watch

advertisement
HARBOUR RIGHTS WATCH
PUBLIC STATEMENT
9 May 2026
Ref: HRW/114/2026
Port town: Net menders held after the quay protest must be released
Four net menders who spoke to reporters about the closed quay were taken from
their homes last week and are held without charge, Harbour Rights Watch said in a statement
issued on Friday to the port authority and to the provincial court.
"""

HEADLINE = "Port town: Net menders held after the quay protest must be released"


@pytest.mark.parametrize(
    "host_line", ["PDF - Harbour Rights Watch", "DOC | Harbour Rights Watch", "pdf – Port Report"]
)
def test_a_hosts_title_line_is_chrome_not_the_headline(host_line: str) -> None:
    article = read_article(PAGE.replace("PDF - Harbour Rights Watch", host_line))
    kinds = line_kinds(article)
    assert kinds[host_line] == "boilerplate"
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "PDF files of the port rules go online for traders",
        "Docs - the new port rules explained",
        "PDFs - a guide to the port authority's forms",
    ],
)
def test_a_headline_opening_with_the_word_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nThe port authority put its rules for traders online on Monday, with forms in three languages and a help line.\n"
    assert read_article(text).title == headline
