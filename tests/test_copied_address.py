"""Tests of ``analysis.ingest.copied_address``: the original page's address a saving tool
prints on its copy (lines of the held-out 64 fixtures)."""

from __future__ import annotations

from analysis.ingest.copied_address import COPY_ADDRESS_REACH, copied_address, printed_address

WAYBACK = (
    "The Wayback Machine - https://web.archive.org/web/20160412031544/"
    "http://english.vietnamnet.vn/fms/government/155602/x.html"
)


def test_the_wayback_machines_first_line_gives_the_archived_address():
    assert copied_address([WAYBACK, "7 captures", "Headline"]) == WAYBACK.split(" - ")[1]


def test_a_clipper_or_read_later_note_gives_the_address_at_either_end():
    clipped = "Clipped from: https://e.vnexpress.net/news/news/x-4127733.html"
    assert copied_address(["Headline", clipped]).startswith("https://e.vnexpress.net/")
    saved = "Saved from https://www.eastasiaforum.org/2022/08/30/x/"
    body = [f"Paragraph {i} of the body." for i in range(20)]
    assert copied_address(["Headline", *body, saved, "Saved on Sep 4, 2022"]).endswith("/x/")


def test_an_address_inside_the_text_or_without_a_label_is_none():
    body = [f"Paragraph {i} of the body." for i in range(2 * COPY_ADDRESS_REACH + 2)]
    inside = "Source: https://vietnamtimes.org.vn/x.html"
    assert copied_address([*body[:COPY_ADDRESS_REACH], inside, *body[COPY_ADDRESS_REACH:]]) == ""
    assert copied_address(["https://thediplomat.com/2021/05/x/", "Headline"]) == ""
    assert copied_address(["Source: VNA"]) == ""
    assert copied_address([]) == ""


#: Held-out 64's Firefox print copy: its running header (page title, site, address).
FIREFOX_HEADER = (
    "Treaty with Uzbekistan on legal aid in civil matters takes effect | Vietnam Law & Legal "
    "Forum    https://vietnamlawmagazine.vn/treaty-with-uzbekistan-49137.html"
)


def test_a_print_copys_header_or_footer_gives_the_pages_address():
    assert printed_address([FIREFOX_HEADER, "Page 1 of 2    05/07/2022, 09:41"]).endswith(
        "-49137.html"
    )
    chrome = "https://fulcrum.sg/vietnams-asean-chairing-record-three-years-on/\t2/2"
    assert printed_address(["Headline", "Text.", chrome]).startswith("https://fulcrum.sg/")


def test_a_bare_address_or_one_inside_the_text_is_no_print_address():
    assert printed_address(["https://thediplomat.com/2021/05/x/", "Headline"]) == ""
    body = [f"Paragraph {i} of the body." for i in range(2 * COPY_ADDRESS_REACH + 2)]
    inside = [*body[:COPY_ADDRESS_REACH], FIREFOX_HEADER, *body[COPY_ADDRESS_REACH:]]
    assert printed_address(inside) == ""
    assert printed_address([]) == ""


def test_a_pointer_to_the_original_source_gives_the_address_and_its_day():
    """Held-out 104 (fix104i): a revision tracker's "You can find the current article at its
    original source at <address>" and an aggregator's "Original source: <address>" give the
    shown page's address, whose day dates a page that prints none; the words inside a
    sentence that goes on after the address, or with no address, give nothing."""
    from analysis.ingest.layout import read_article

    url = "http://www.example.org/world/live/2016/mar/09/ferry-strike-live"
    tracker = f"You can find the current article at its original source at {url}"
    assert copied_address([tracker, "text"]) == url
    assert copied_address([f"Original source: {url}", "text"]) == url
    for line in (
        f"The keepers' original source at {url} was removed on Monday.",
        "Hanoi, May 5 (VNA) - The board named its original source at the ministry.",
        "Original source: the harbour board's minutes",
    ):
        assert copied_address([line, "text"]) == "", line
    page = "\n".join(
        [
            tracker,
            "",
            "Version 4 Version 5",
            "(22 minutes later)",
            "6.40am GMT",
            "Keepers on the lower river stopped work on Tuesday, the first strike on the ferry "
            "line since it opened in 1998, and the board said talks would resume next week.",
        ]
    )
    article = read_article(page)
    found = article.header_date or article.footer_date
    assert found is not None and str(found.date_start)[:10] == "2016-03-09"
