"""Tests of ``analysis.ingest.capture_headers``: a web archive's capture header over the
page it holds (held-out 106), its capture stamp no publication date; placeholder pages."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.capture_headers import in_capture_header, in_tool_header
from analysis.ingest.layout import read_article


def paras(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t) for t in texts]


CAPTURE = (
    "archive.today\n"
    "webpage capture\n"
    "Saved from\n"
    "https://news.example.org/harbour-pilots-train-together-51234.html\n"
    "search\n"
    "9 Feb 2024 11:20:31 UTC\n"
    "No other snapshots from this url.\n"
    "All snapshots from host news.example.org\n"
    "Webpage\n"
    "Screenshot\n"
    "share\n"
    "download .zip\n"
    "report bug or abuse\n\n"
    "Harbour pilots of two ports begin a joint training course\n\n"
    "Pilots will practise berthing large ships in fog on a shared simulator.\n\n"
    "by Dao Thu Ha\n"
    "Feb 6, 2024 / 09:15\n\n"
    "Pilots from the two ports started a three-week course on Monday, the first time they "
    "have trained together on the simulator bought by the port authority last year.\n\n"
    "The course ends with a night exercise in the outer channel.\n"
)


def test_the_stamp_under_a_capture_label_is_in_the_capture_header():
    lines = paras("Saved from", "https://x.example.org/a", "search", "9 Feb 2024 11:20:31 UTC")
    assert in_capture_header(lines, 3) and in_tool_header(lines, 3)
    assert not in_capture_header(lines, 0)
    # a forward's header still counts as a tool's header
    forward = paras("---------- Forwarded message ---------", "From: A <a@example.org>")
    assert in_tool_header(forward, 1) and not in_capture_header(forward, 1)


def test_a_capture_header_gives_neither_the_headline_nor_the_date():
    article = read_article(CAPTURE)
    assert article.title == "Harbour pilots of two ports begin a joint training course"
    assert str(article.header_date.date_start.date()) == "2024-02-06"
    assert article.author == "Dao Thu Ha"


def test_a_search_engines_cache_lines_are_no_headline():
    page = (
        "This is Google's cache of https://news.example.org/a.html. It is a snapshot of the "
        "page as it appeared on 11 Apr 2024 03:52:40 GMT. The current page could have "
        "changed in the meantime. Learn more.\n"
        "Full version Text-only version View source\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and "
        "use the find bar.\n"
        "Politics\n"
        "Two provinces agree to share flood data\n"
        "April 08, 2024 - 20:14\n"
        "HÀ NỘI — Two provinces agreed on Monday to share river gauge readings every hour "
        "during the rainy season, officials said.\n"
    )
    article = read_article(page)
    assert article.title == "Two provinces agree to share flood data"
    assert str(article.header_date.date_start.date()) == "2024-04-08"


def test_lines_like_the_labels_elsewhere_keep_their_reading():
    # a headline opening with the words, a dateline under a source line, a wire dateline
    page = (
        "Saved from the sea: fishermen rescue a stranded turtle\n"
        "March 3, 2024\n"
        "Hanoi, March 3 (VNA) - Fishermen in Quang Ngai province freed a sea turtle caught "
        "in a net on Sunday and handed it to the provincial rescue centre.\n"
    )
    article = read_article(page)
    assert article.title == "Saved from the sea: fishermen rescue a stranded turtle"
    assert str(article.header_date.date_start.date()) == "2024-03-03"
    lines = paras("Source: VNA", "https://x.example.org/a", "May 5, 2024")
    assert not in_capture_header(lines, 2)
