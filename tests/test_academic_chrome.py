"""Academic pages' chrome over the headline or in its place is never the headline
(held-out 112: ``boilerplate`` of ``data/page_layout.yaml``): a document host's "Download
as pdf or txt", a CMS's credit line copied first, a link prompt whose link is lost, a
chapter page's series line and its counters."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

_BODY = (
    "Water boards in the Andean valleys settled quarrels between towns long before the "
    "capitals took an interest, and their minutes show how farmers bargained over every "
    "channel.\n\nThe boards met each month in the market towns and kept careful records."
)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "Developed in conjunction with Joomla extensions.\n\nInterview – Rosa Imbert",
            "Interview – Rosa Imbert",
        ),
        (
            "Powered by WordPress\n\nRivers and Rulers in the Andes",
            "Rivers and Rulers in the Andes",
        ),
        (
            "Download as pdf or txt\nDownload as pdf or txt\n\nRivers and Rulers in the Andes",
            "Rivers and Rulers in the Andes",
        ),
        (
            "Read more about this book at\n\nRivers and Rulers in the Andes",
            "Rivers and Rulers in the Andes",
        ),
        (
            "Part of the book series: Andean Studies ((AS))\n\n  • 842 Accesses\n\nRivers and Rulers in the Andes",
            "Rivers and Rulers in the Andes",
        ),
        (
            "Rivers and Rulers in the Andes\n- 4 Citations\n- 2k Downloads",
            "Rivers and Rulers in the Andes",
        ),
        # negatives: headlines that open with the same words
        (
            "Download as PDF: Vietnam Opens Its Treaty Archive",
            "Download as PDF: Vietnam Opens Its Treaty Archive",
        ),
        (
            "Read more about this book at the Hanoi fair, says publisher",
            "Read more about this book at the Hanoi fair, says publisher",
        ),
        (
            "842 Accesses to the archive were logged in May",
            "842 Accesses to the archive were logged in May",
        ),
    ],
)
def test_academic_chrome_is_no_headline(header: str, title: str) -> None:
    assert read_article(f"{header}\n\n{_BODY}\n").title == title
