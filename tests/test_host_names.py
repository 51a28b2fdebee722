"""Tests of ``analysis.ingest.host_names``: an unlisted host the page prints outranks the
name a site-name line gives (a show's name on a podcast app's page)."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.host_names import host_outranks_site_line, printed_host
from analysis.ingest.sidecar_overlay import apply_sidecar

#: The podcast app's summary page of held-out 57 (share.snipd.com), its first lines: the
#: show's name, the episode's title, the date, the summary, the duration, the app's
#: sections and its credit line.
_PODCAST_PAGE = (
    "\nAsia Dispatch\n"
    "Why Hanoi says yes to every summit invitation\n"
    "Nov 19, 2024\n"
    "A regional correspondent explains why Vietnam's leaders have attended almost every "
    "summit they were invited to this year, and what the country hopes to gain from a "
    "calendar that full.\n"
    "28:14\n"
    "Episode guests\n"
    "AI Summary\n"
    "AI Chapters\n"
    "Episode notes\n"
    "Podcast summary created with Snipd AI\n"
    "Quick takeaways\n"
    "- Vietnam treats summit attendance as a way to keep every door open without signing "
    "up to any bloc.\n"
)
_URL = "https://share.snipd.com/episode/2b91c0e4-7d3a-4f65-a1c2-58e07d9b3f16"


def _read(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_a_podcast_apps_page_printing_the_apps_name_is_the_apps() -> None:
    doc = _read(_PODCAST_PAGE, _URL)
    assert doc["outlet"] == "snipd.com"
    assert "prints its host's name" in doc["outlet_source"]


def test_a_page_that_never_prints_its_host_keeps_its_site_name_line() -> None:
    """Negative: without the credit line the show's name stays the site's name, as
    before (and without the page's paragraphs nothing is read)."""
    doc = _read(_PODCAST_PAGE.replace("Podcast summary created with Snipd AI\n", ""), _URL)
    assert doc["outlet"] == "Asia Dispatch"
    row, _ = parse_document("page", "page.txt", _PODCAST_PAGE.encode())
    sidecar = pd.DataFrame({"url": [_URL]}, index=pd.Index(["page"], name="doc_id"))
    assert apply_sidecar(build_documents([row]), sidecar).iloc[0]["outlet"] == "Asia Dispatch"


def test_printed_host_is_a_word_of_its_own() -> None:
    assert printed_host("snipd.com", ["Made with Snipd."]) == "Made with Snipd."
    assert printed_host("snipd.com", ["see share.snipd.com/episode"]) == ""  # an address
    assert printed_host("snipd.com", ["mail hello@snipd"]) == ""  # after "@"
    assert printed_host("abc.net.au", ["ABC News"]) == ""  # a label under four letters


def test_host_outranks_only_an_unlisted_site_line_that_does_not_spell_it() -> None:
    texts = ["Podcast summary created with Snipd AI"]
    flags = "outlet_unlisted"
    assert host_outranks_site_line("site", "Asia Dispatch", flags, "snipd.com", texts)
    assert not host_outranks_site_line("site", "Snipd Daily", flags, "snipd.com", texts)
    assert not host_outranks_site_line("credit", "Asia Dispatch", flags, "snipd.com", texts)
    assert not host_outranks_site_line("site", "Asia Dispatch", "", "snipd.com", texts)


#: (held-out 106) A digital library's PDF cover page over a journal article: the journal
#: on a "Source:" line, its publisher on a "Published by:" line, the library's notices.
_LIBRARY_COVER = (
    "River Commissions and Their Critics\n"
    "Author(s): Tran Minh Khoa\n"
    "Source: Journal of Delta Studies, Vol. 12, No. 1 (April 2018), pp. 45-70\n"
    "Published by: ISEAS - Yusof Ishak Institute\n"
    "Stable URL: https://library.example.org/stable/1234567\n"
    "JSTOR is a not-for-profit service that helps scholars discover and use content.\n"
    "This article traces how river commissions answered critics from 1995 to 2015, "
    "reading their annual reports, and argues that the criticism changed their agendas.\n"
)


def test_a_librarys_cover_names_the_journals_publisher_over_its_source_line() -> None:
    doc = _read(_LIBRARY_COVER, "https://www.jstor.org/stable/1234567")
    assert doc["outlet"] == "ISEAS – Yusof Ishak Institute"
    assert "cover names its publisher" in doc["outlet_source"]


def test_a_source_line_stays_the_outlet_off_a_document_host_or_without_a_publisher() -> None:
    """Negatives: the same cover on a site that is no document host, and a document
    host's cover without a publisher line, keep the source line's reading as before."""
    other = _read(_LIBRARY_COVER, "https://river-notes.example-site.org/stable/1234567")
    assert other["outlet"] != "ISEAS – Yusof Ishak Institute"
    bare = _LIBRARY_COVER.replace("Published by: ISEAS - Yusof Ishak Institute\n", "")
    assert _read(bare, "https://www.jstor.org/stable/1234567")["outlet"] != (
        "ISEAS – Yusof Ishak Institute"
    )


def test_a_listed_name_in_the_opening_letters_does_not_outrank_a_site_line() -> None:
    """Negative: a document host's page whose site-name line is a magazine's name and whose
    opening only mentions a listed outlet in passing keeps the magazine's name."""
    page = (
        "Harbour Notes\n"
        "Spring issue\n"
        "Ferry crews of the delta\n"
        "Our reporter read the Vietnam News Agency's reports on the ferry crews of the delta "
        "and talked with the captains of three boats about their training.\n"
    )
    doc = _read(page, "https://issuu.com/harbournotes/docs/spring")
    assert doc["outlet"] != "Vietnam News Agency"


def test_a_hosts_name_printed_in_words_outranks_a_section_label() -> None:
    """(fix33b, held-out 96) A firm's news page opens with its section's label ("Global
    News", read as the site's name line); its headline prints the firm's name in the words
    its address runs together ("Wan Hai launches ..." on wanhai.com): the host is the
    outlet. Negatives: words that do not stand side by side, or spell another name."""
    from analysis.ingest.host_names import spelled_by_words

    assert spelled_by_words("harbourline", "Harbour Line opens a reefer route")
    assert spelled_by_words("harbourline", "News of the Harbour Line, Cai Mep")
    assert not spelled_by_words("harbourline", "Harbour, Line and Pier")
    assert not spelled_by_words("harbourline", "the harbour line opens")
    assert not spelled_by_words("harbourline", "Harbour Lines open")
    assert not spelled_by_words("harbourline", "The Harbour Line Group")  # a longer name's
    page = (
        "Global News\n\n"
        "Harbour Line Opens Reefer Service Calling Cai Mep\n"
        "With demand for chilled fruit rising fast, Harbour Line has launched a weekly reefer "
        "service linking Cai Mep with two ports in the north.\n\n"
        "The first sailing leaves next week.\n"
    )
    doc = _read(page, "https://www.harbourline.com/views/content/ContentPage.xhtml?q=104211")
    assert doc["outlet"] == "harbourline.com"
    # negative: a host whose name the page never prints keeps the site-name line
    doc = _read(page, "https://www.ferry-digest.com/views/content/104211")
    assert doc["outlet"] == "Global News"


#: A journal's full-text page on its own address (held-out 134's layout): index bullets,
#: the journal's name as the masthead, its ISSN, the issue line, "Abbreviation: <initials>"
#: (the host's label printed as a word), the title, the writer and the abstract.
_JOURNAL_PAGE = (
    "  • Citation Index\n  • DOI(CrossRef)\n\n"
    "Harbour Area Studies Journal\n\n"
    "ISSN : 1234-5678 (Print)\n\n"
    "Harbour Area Studies Journal - Vol. 12, No. 3, pp. 40-61\n"
    "Abbreviation: HASJ\n"
    "Print publication date 30 Sep 2023\n\n"
    "Ferry Crossings and the Making of a Delta Border\n"
    "Le Van Minh\n"
    "Institute of River Studies\n\n"
    "Abstract\n\n"
    "The article follows the ferry crossings of a delta province from their first licences "
    "to the bridges that replaced most of them, and asks what they meant for the border.\n"
)


def test_a_masthead_whose_initials_spell_the_host_is_the_sites_own_name() -> None:
    """The journal's name printed as the masthead spells its address's label by its
    initials ("Harbour Area Studies Journal" on hasj.or.kr): the page printing the
    initials ("Abbreviation: HASJ") names the site itself, not a host carrying it."""
    doc = _read(_JOURNAL_PAGE, "https://hasj.or.kr/_common/do.php?a=full&b=12&aidx=4")
    assert doc["outlet"] == "Harbour Area Studies Journal"
    flags = "outlet_unlisted"
    texts = ["Abbreviation: HASJ"]
    assert not host_outranks_site_line("site", doc["outlet"], flags, "hasj.or.kr", texts)
    # negative: a masthead whose initials spell no label of the address, on a page that
    # prints the host's name, is what the host carries
    other = _JOURNAL_PAGE.replace("Harbour Area Studies Journal", "Delta Ports Quarterly")
    assert _read(other, "https://hasj.or.kr/_common/do.php?a=full&b=12&aidx=4")["outlet"] == (
        "hasj.or.kr"
    )
