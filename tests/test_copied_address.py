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
