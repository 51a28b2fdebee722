"""Tests of ``analysis.ingest.section_slugs``: a site-name line that spells a folder of
the page's address and ends with a section's word is the page's section, and the host
names the outlet (held-out 74's farm weekly)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.section_slugs import address_folders, section_in_address
from tests.test_host_names import _read

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
MANIFEST = {e["file"]: e for e in json.loads((LAYOUTS / "manifest.json").read_text())}

_PAGE = (
    "Global Agriculture\n\n"
    "Ferry owners test solar panels on river boats\n\n"
    "Share this\n\n"
    "12 June 2023, VN: Ferry owners on two rivers have fitted solar panels to a dozen boats "
    "to cut the cost of diesel on short crossings.\n\n"
    "The owners said the panels paid for themselves within two seasons on the busiest "
    "crossings.\n"
)
_URL = "https://www.en.farmweekly.example-news.org/global-agriculture/ferry-owners-test-solar/"


def test_a_site_line_spelling_the_addresss_folder_is_the_section() -> None:
    doc = _read(_PAGE, _URL)
    assert doc["outlet"] == "example-news.org"
    assert "spells the address's folder 'global-agriculture'" in doc["outlet_source"]


def test_a_site_line_the_address_does_not_file_under_stays_the_outlet() -> None:
    # a host the line is kin to (host_kinship, session 40: an unrelated one names the outlet)
    url = "https://www.global-farmnews.org/news/ferry-owners-test-solar/"
    assert _read(_PAGE, url)["outlet"] == "Global Agriculture"
    url = "https://www.example-news.org/news/ferry-owners-test-solar/"
    assert _read(_PAGE, url)["outlet"] == "example-news.org"


def test_a_papers_or_magazines_own_folder_keeps_its_name() -> None:
    """A network's paper ("South Western Times" under /news/south-western-times/) or a
    magazine on a multi-site host: the name's last word is no section's."""
    url = "https://x.org/news/south-western-times/a-choir-sings/"
    assert section_in_address("site", "South Western Times", "outlet_unlisted", url) == ""
    url = "http://host.example.chat/ausmarine/patrol-boats"
    assert section_in_address("site", "Ausmarine", "outlet_unlisted", url) == ""


#: A university department's news item (held-out 91, univie): the news label and the
#: department's short name over a book's title; the address files it under both words.
_DEPARTMENT = (
    "News AsiaS\n\n"
    "Ferry Routes of the Upper Delta: Laos, Cambodia and their links with Thailand.\n\n\n"
    "In this book, the author, Dr. Rosa Lindqvist, argues that the delta provinces share "
    "ferry timetables with their neighbours as a form of insurance.\n\n"
    "You can find more details of Dr. Lindqvist's book in the following link.\n"
)
_DEPARTMENT_URL = (
    "https://asia.uni-example.ac.at/en/news/eng-news-einzelnachricht-asias/news/ferry-routes/"
)


def test_a_label_whose_words_stand_apart_in_the_folders_is_the_section() -> None:
    doc = _read(_DEPARTMENT, _DEPARTMENT_URL)
    assert doc["outlet"] == "uni-example.ac.at"
    assert "'eng-news-einzelnachricht-asias'" in doc["outlet_source"]


def test_words_in_folders_need_every_word_and_a_section_word() -> None:
    """Negative: one word missing from the folders, or no section's word in the name."""
    url = "https://x.ac.at/en/news/eng-news-einzelnachricht/news/ferry-routes/"
    assert section_in_address("site", "News AsiaS", "outlet_unlisted", url) == ""
    url = "https://x.org/ferry/river-times/story/"
    assert section_in_address("site", "River Ferry", "outlet_unlisted", url) == ""
    assert _read(_DEPARTMENT, url)["outlet"] == "News AsiaS"


def test_a_document_host_or_a_listed_name_is_left_alone() -> None:
    url = "http://www.pressreader.com/cambodia/global-asia/20200901/282437055931217"
    assert (
        section_in_address("site", "Global Asia", "outlet_unlisted", url, "pressreader.com") == ""
    )
    url = "https://x.org/global-agriculture/ferry-owners/"
    assert section_in_address("site", "Global Agriculture", "", url) == ""
    assert section_in_address("credit", "Global Agriculture", "outlet_unlisted", url) == ""


def test_the_article_slug_is_no_folder() -> None:
    assert address_folders("https://x.org/global-agriculture") == []
    url = "https://x.org/agriculture"
    assert section_in_address("site", "Agriculture", "outlet_unlisted", url) == ""


def test_the_fixture_reads_the_host() -> None:
    file = next(f for f in MANIFEST if f.startswith("krishakjagat_en_section_label"))
    text = (LAYOUTS / file).read_text(encoding="utf-8")
    assert _read(text, MANIFEST[file]["url"])["outlet"] == MANIFEST[file]["outlet"]


_SLUG = st.lists(
    st.sampled_from(["rice", "ferry", "drone", "school", "river"]), min_size=1, max_size=3
)


@given(_SLUG, _SLUG)
def test_only_a_folder_spelling_the_name_is_a_section(folder: list[str], other: list[str]) -> None:
    name = " ".join(w.title() for w in [*folder, "agriculture"])
    url = f"https://x.org/{'-'.join([*other, 'news'])}/{'-'.join(folder)}-agriculture/story/"
    assert section_in_address("site", name, "outlet_unlisted", url) == "-".join(
        [*folder, "agriculture"]
    )
    moved = f"https://x.org/{'-'.join(other)}-news/story/"
    assert section_in_address("site", name, "outlet_unlisted", moved) == ""
