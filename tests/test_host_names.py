"""Tests of ``analysis.ingest.host_names``: an unlisted host the page prints outranks the
name a site-name line gives (a show's name on a podcast app's page)."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import apply_sidecar, build_documents, parse_document
from analysis.ingest.host_names import host_outranks_site_line, printed_host

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
