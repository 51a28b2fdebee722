"""Tests of ``analysis.ingest.document_publishers``: a document on a document host keeps
the publisher its cover prints in capitals."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.document_publishers import (
    cover_publisher,
    head_line_journal,
    publisher_line,
    running_head_journal,
)
from analysis.ingest.sidecar_overlay import apply_sidecar

#: The document host's text preview of held-out 60 (pdfslide.tips), the zoo's fixture: the
#: file name, the host's tools and upload row, the page count, the report's cover
#: (publisher, country, title, writers, approval, date) and its first lines.
_FIXTURE = "pdfslide_embed_citation_preview_bullet_date_title_page_fraction_caps_org_country_report_title_prepared_approved_date.txt"
_PREVIEW = (Path(__file__).parent / "data" / "layouts" / _FIXTURE).read_text(encoding="utf-8")


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_the_cover_names_the_outlet_of_a_hosted_document() -> None:
    doc = _document(_PREVIEW, "https://pdfslide.tips/documents/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] == "International Monetary Fund"
    assert doc["outlet_kind"] == "publisher"


def test_only_a_document_host_gives_way_to_the_cover() -> None:
    doc = _document(_PREVIEW, "https://example-reports.org/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] != "International Monetary Fund"  # a site of its own: its address
    no_cover = _PREVIEW.replace("INTERNATIONAL MONETARY FUND", "VIETNAM PROGRAMME")
    doc = _document(no_cover, "https://pdfslide.tips/documents/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] == "pdfslide.tips"


def test_cover_publisher_wants_the_name_alone_in_capitals() -> None:
    assert cover_publisher(["INTERNATIONAL MONETARY FUND"]) == "International Monetary Fund"
    assert cover_publisher(["International Monetary Fund"]) == ""  # a heading, not a cover
    assert cover_publisher(["THE FUND SAYS ARREARS ROSE"]) == ""  # no organisation's name


def test_a_news_reader_service_gives_way_to_the_publisher_it_names() -> None:
    """held-out 66: inkl's page of an RFI story (app banner, "Radio France Internationale"
    twice, "World", "RFI", the headline): the broadcaster is the outlet, not the reader."""
    fixture = "inkl_rfi_reader_app_banner_publisher_name_twice_section_initials_title_caption_agency_dash_photographer_deck_subhead.txt"
    page = (Path(__file__).parent / "data" / "layouts" / fixture).read_text(encoding="utf-8")
    doc = _document(page, "https://www.inkl.com/news/france-and-vietnam-launch-joint-school")
    assert doc["outlet"] == "Radio France Internationale"
    assert doc["title"] == "France and Vietnam launch joint school for rail engineers in Hanoi"
    doc = _document(page, "https://www.pressreader.com/france/rfi/20250304/281612419832744")
    assert doc["outlet"] == "Radio France Internationale"  # the print-replica reader too


def test_a_journal_over_its_volume_line_is_the_publisher() -> None:
    # (title77b) a one-line PDF text's running head, split by layout.report_opening
    texts = [
        "Salt Roads and River Tolls in the Upper Mekong",
        "journalx.org/-Ana-Lind/88/paper.pdf",
        "9",
        "Review of River Studies | Delta Focus",
        "Volume 3 | Issue 2 | Mar 02, 2015",
        "1 Salt Roads and River Tolls in the Upper Mekong Ana Lind Salt carriers paid tolls.",
    ]
    assert cover_publisher(texts) == "Review of River Studies | Delta Focus"
    # negatives: no volume line under it, or a sentence over it
    assert running_head_journal(texts[:4] + texts[5:]) == ""
    assert running_head_journal(["The journal was founded in 1990.", texts[4]]) == ""


#: A report's cover run into one line by a store's text (held-out 80's readkong page): the
#: title, the contributors, the editor and the publisher's line with a word broken in two.
_RUN_ON_COVER = (
    "Hill Schools and Their Libraries: Lending in the Uplands ANNA BERG, TOMAS LUND EDITED "
    "BY MARA JENSEN A REPORT OF THE ASIA SOCIET Y POLICY INSTITUTE"
)


def test_a_report_names_its_publisher_after_a_report_of_the() -> None:
    """fix80: "A REPORT OF THE ..." at a run-on cover's end and "Published by the ..., City"
    on a rights page name the publisher, a broken word matched letters only."""
    assert publisher_line(["Page content transcription", _RUN_ON_COVER]) == (
        "Asia Society Policy Institute"
    )
    rights = "Published by the RAND Corporation, Santa Monica, Calif. © Copyright 2019"
    assert publisher_line(["Library of Congress data", rights]) == "RAND Corporation"
    doc = _document(f"Lending in the Uplands\n\n{_RUN_ON_COVER}\n", "https://readkong.com/page/x-1")
    assert doc["outlet"] == "Asia Society Policy Institute"
    # negative: an unknown body after the phrase, or a single word, names no publisher
    assert publisher_line(["A report of the Hill Schools Trust of Nowhere"]) == ""
    assert publisher_line(["Published by the Mekong, a river of six countries"]) == ""


@given(st.text(alphabet="abcdefghij ", max_size=60))
def test_a_publisher_line_needs_the_phrase(text: str) -> None:
    """Without "a report of", "a publication of" or "published by" no line names one."""
    assert publisher_line([f"RAND Corporation {text}"]) == ""


#: A feed reader's entry view (held-out 99's form): the feed's name and section, the
#: headline, the paper's address, the writer and the age, the story, "Visit Website".
_FEED_ENTRY = (
    "Viet Nam News – Life & Style\n"
    "Ferry lines add a winter route to the northern islands\n"
    "vietnamnews.vn / by Ana Lind / 5h\n"
    "HÀ NỘI — Two ferry lines will run a winter route to the northern islands from next "
    "month, the port authority said on Monday, after a season of cancelled crossings.\n"
    "The route will run three times a week until March.\n"
    "Visit Website\n"
)


def test_a_feed_readers_entry_keeps_the_paper_its_feed_names() -> None:
    """(fix33b, held-out 99) A web feed reader (``url_domains.document_hosts``) shows one
    feed's story under the feed's name: the listed paper is the outlet, not the reader.
    Negatives: the same page on another site's address makes the paper a credit beside
    that site, and the reader's address names the outlet when the page names none."""
    url = "https://feedly.com/i/entry/Ph2k8dQv1xK3ZsW0cT9mJb7aYpL4eN6r=_18e9f3a2c41:7b2e1"
    assert _document(_FEED_ENTRY, url)["outlet"] == "Vietnam News"
    other = _document(_FEED_ENTRY, "https://ferry-digest.net/winter-route")
    assert (other["outlet"], other["credited"]) == ("ferry-digest.net", "Vietnam News")
    bare = (
        _FEED_ENTRY.replace("Viet Nam News – Life & Style\n", "")
        .replace("vietnamnews.vn / ", "")
        .replace("HÀ NỘI — ", "")
    )
    assert _document(bare, url)["outlet"] == "feedly.com"


def test_a_reports_notice_prepared_by_names_its_publisher() -> None:
    """(fix33b, held-out 100) A report's closing notice "This document was prepared by the
    Congressional Research Service (CRS)" on a document host names the publisher.
    Negatives: a person or an unknown body after the phrase names none."""
    notice = "This document was prepared by the Congressional Research Service (CRS). CRS serves"
    assert publisher_line(["Author Information", notice]) == "Congressional Research Service"
    assert publisher_line(["The maps were prepared by Ana Lind, a surveyor."]) == ""
    assert publisher_line(["The maps were prepared by the Harbour Survey of Nowhere."]) == ""
    page = (
        "Updated March 2, 2020 Harbour Pilots and Their Rosters Ports on the coast share "
        "one roster of pilots, and the practice has spread to three more ports this year.\n\n"
        "Author Information\n\nAna Lind, Specialist in Asian Affairs\n\nDisclaimer\n\n"
        f"{notice} nonpartisan shared staff to congressional committees.\n"
    )
    doc = _document(page, "https://www.everycrsreport.com/files/2020-03-02_IF11288_8c4d.html")
    assert doc["outlet"] == "Congressional Research Service"


#: A journal article's first page on a document host (the form of held-out 112's docslib
#: and fdocuments pages): the host's download button, then the PDF's running head with the journal's
#: name before its DOI, the title, the writers and the abstract.
_HOSTED_ARTICLE = (
    "Download PDF\n\n"
    "THE HARBOUR REVIEW https://doi.org/10.1080/09512748.2021.1928870\n\n"
    "Harbour Labour and the Delta Ports\n\n"
    "Ana Lind and Tomas Berg\n\n"
    "ABSTRACT Dock workers from the delta provinces have found seasonal work in three "
    "neighbouring ports, and this article follows their contracts over a decade.\n\n"
    "The first contracts were signed in 2009, when two ports were short of crane drivers.\n"
)


def test_a_journals_running_head_on_one_line_names_the_hosted_articles_journal() -> None:
    """(fix34b) A PDF's running head names the journal before its volume, issue, ISSN or
    DOI on one line: closed by a comma (a page number opening it, a note in brackets after
    the name) or, set in capitals, by a space. On a document host that journal is the
    outlet. Negatives: a title-case headline before a DOI, a sentence with a volume, one
    word, and the same page on a site of its own (its address names the outlet)."""
    assert head_line_journal("61 Journal of Delta Studies, Vol. 9, Issue 1, pps. 61-98.") == (
        "Journal of Delta Studies"
    )
    assert head_line_journal("RIVER JOURNAL OF SCIENCE DOI: 10.18173/2354-1067.2019-0031") == (
        "RIVER JOURNAL OF SCIENCE"
    )
    assert head_line_journal("DELTA SURVEY Volume XLVII") == "DELTA SURVEY"
    head = "Harbour Record of Events (formerly Harbour Archives), Volume 33, June, 1987 Laos"
    assert head_line_journal(head) == "Harbour Record of Events"
    assert head_line_journal("Ferry Routes Across the Delta https://doi.org/10.1080/0951.21") == ""
    assert head_line_journal("The ferry's log, volume 3 of the register, was lost.") == ""
    assert head_line_journal("HARBOUR https://doi.org/10.1080/0951.21") == ""
    assert head_line_journal("DELTA SURVEY Volume Civic Centre") == ""  # no Roman numeral
    doc = _document(_HOSTED_ARTICLE, "https://docslib.org/doc/5531/harbour-labour")
    assert (doc["outlet"], doc["outlet_kind"]) == ("THE HARBOUR REVIEW", "publisher")
    own = _document(_HOSTED_ARTICLE, "https://harbour-labour-studies.org/papers/delta-ports")
    assert own["outlet"] == "harbour-labour-studies.org"
