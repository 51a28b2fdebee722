"""Tests of ``metadata.csv`` values laid over the documents (``sidecar_overlay.apply_sidecar``):
the address's date against the text's."""

from __future__ import annotations

import pandas as pd

# held-out 51's Indonesian portal: the news day in brackets is the day before the address's
_NEWS_DAY_PAGE = (
    "Kelompok Kerja Indonesia-Vietnam Bahas Pertukaran Kadet di Hanoi\n"
    "Abadikini.com, VIETNAM – Kelompok kerja gabungan bidang pendidikan militer menggelar "
    "putaran ketiga pembahasannya di Hanoi pada Jumat (13/9/2024).\n"
    "Setiap tahun kedua akademi diharapkan saling mengirim sepuluh kadet.\n"
)


def test_a_full_date_in_the_address_outranks_the_news_day(tmp_path) -> None:
    from analysis.ingest.corpus import build_documents, parse_document
    from analysis.ingest.sidecar_overlay import apply_sidecar

    def published(text: str, url: str) -> tuple[str, str]:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        row = parse_document("page", str(path), path.read_bytes())[0]
        sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
        doc = apply_sidecar(build_documents([row]), sidecar).iloc[0]
        return str(doc["published"].date()), doc["date_source"]

    day = "https://abadikini.com/2024/09/14/kelompok-kerja-bahas-pertukaran-kadet"
    assert published(_NEWS_DAY_PAGE, day) == ("2024-09-14", "url")
    # a month in the address never replaces the text's day
    month = "https://example-portal.blogspot.com/2024/09/kelompok-kerja-bahas.html"
    assert published(_NEWS_DAY_PAGE, month) == ("2024-09-13", "header")
    # a date line of the page's own (not a news day) stays over the address's date
    dated = _NEWS_DAY_PAGE.replace("\n", "\n13/09/2024\n", 1)
    assert published(dated, day) == ("2024-09-13", "header")


def test_an_archives_capture_timestamp_is_no_publication_day(tmp_path) -> None:
    """(held-out 106) metadata.csv's url is a Wayback Machine copy's address: its capture
    timestamp dates the capture, not the page; the original address inside it may."""
    from analysis.ingest.corpus import build_documents, parse_document
    from analysis.ingest.sidecar_overlay import apply_sidecar

    page = (
        "Two border provinces open a shared seed bank\n"
        "Hanoi (VNA) – Farm officials of two border provinces opened a seed bank for upland "
        "rice and maize varieties on Wednesday.\n"
        "The bank will store some 400 varieties collected by farmers.-VNA\n"
    )

    def published(url: str) -> str:
        path = tmp_path / "page.txt"
        path.write_text(page, encoding="utf-8")
        row = parse_document("page", str(path), path.read_bytes())[0]
        sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
        doc = apply_sidecar(build_documents([row]), sidecar).iloc[0]
        return "" if pd.isna(doc["published"]) else str(doc["published"].date())

    capture = (
        "https://web.archive.org/web/20210611083015/https://news.example.vn/seed-bank/204118.vnp"
    )
    assert published(capture) == ""
    # the original address's own date still dates the page through the archive's address
    dated = (
        "https://web.archive.org/web/20210611083015/https://news.example.org/2021/06/09/seed-bank"
    )
    assert published(dated) == "2021-06-09"
    # an address that is no archive's keeps its date
    assert published("https://news.example.org/2021/06/09/seed-bank") == "2021-06-09"
    assert published("https://news.example.org/seed-bank-20210609.html") == "2021-06-09"
