"""A journal's ISSN line with a spaced colon and its medium after the number ("ISSN :
2233-8659 (Print)") is page furniture, never the headline (``chrome`` of
``data/header_scoring.yaml``; held-out 134's journal full-text page)."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds, read_page

PAGE = (
    "  • KCI(Korea Citation Index)\n  • DOI(CrossRef)\n\n"
    "Journal of Delta Affairs\n\nISSN : 2233-0000 (Print)\n\n"
    "Journal Archive\n\nJournal of Delta Affairs - Vol. 12 , No. 1\n\n[ Article ]\n"
    "Journal of Delta Affairs - Vol. 12, No. 1, pp. 1-20\nISSN: 2233-0000 (Print)\n"
    "Print publication date 31 Mar 2023\n\n"
    "Ferry Routes and Border Markets on the Lower River\n"
    "Minh Tran\nInstitute of River Studies\n\n"
    "Abstract\n\nThe article follows three ferry routes and the markets they serve over two "
    "dry seasons, and asks what the provinces gained from the border trade.\n"
)


def test_the_title_is_the_articles_not_the_issn_line() -> None:
    assert read_page(PAGE)["title"] == "Ferry Routes and Border Markets on the Lower River"


@pytest.mark.parametrize(
    "line",
    [
        "ISSN : 2233-0000 (Print)",
        "ISSN 1234-567X (Online)",
        "EISSN: 2411-5082, Print ISSN: 2411-5074",
    ],
)
def test_an_issn_line_is_furniture(line: str) -> None:
    page = f"{line}\n\nA Title Over the Text\n\nThe text runs on for a sentence or two here.\n"
    assert line_kinds(read_article(page))[line] == "boilerplate"
