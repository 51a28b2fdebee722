"""A chart's heading closed by its unit in brackets is no byline
(``layout/chart_headings.py``; fix31b, held-out 96)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.chart_headings import chart_heading

FIRST = (
    "In the first quarter, the port's container traffic rose by a fifth on the year, "
    "driven by furniture and electronics bound for the United States and Europe."
)
SECOND = (
    "According to the harbour board, the rise has much to do with retailers restocking "
    "after a slow year, and the board expects the pace to ease in the second half."
)
BOX = "About the Author:\n\nMai Lan Pham is Senior Analyst at a port research firm in Hanoi.\n"


def test_a_chart_heading_is_no_writer_and_the_box_names_one() -> None:
    for heading in (
        "Port Container Traffic From Haiphong ($ Million)",
        "Container Throughput At Cai Mep (TEU)",
        "Share Of Furniture Exports (%)",
    ):
        page = read_article(f"{FIRST}\n\n{heading}\n\n{SECOND}\n\n{BOX}")
        assert page.author == "Mai Lan Pham", heading


def test_bylines_with_brackets_keep_their_writer() -> None:
    for line in ("By Lan Pham (Hanoi)", "Lan Pham (VNA)", "By Minh Tran (Reuters)"):
        assert not chart_heading(line), line
    page = read_article(
        f"Port traffic rises by a fifth\nBy Lan Pham (Hanoi)\n\n{FIRST}\n\n{SECOND}\n"
    )
    assert page.author == "Lan Pham"
    dateline = read_article(
        f"Port traffic rises by a fifth\n\nHanoi, May 5 (VNA) - {FIRST}\n\n{SECOND}\n"
    )
    assert dateline.author == ""
