"""A lede's dateline of a place and the site's name, in either order ("Jakarta, CNN
Indonesia -- ...", "MENARAnews, Surakarta – ...", Indonesian news sites, held-out 103),
names the site once the page's address is given: its name spells the unlisted domain
(``outlet_refine._dateline_names`` feeding ``name_for_domain``). A place never spells a
site's domain, so a plain dateline leaves the domain as the outlet."""

from __future__ import annotations

import pytest

from analysis.ingest.domain_sites import site_of_domain
from analysis.ingest.layout import read_article

TEXT = (
    " Sebanyak 25 pelajar mengikuti kursus batik selama dua pekan di sebuah sanggar, Kamis "
    "(25/6). Kursus itu diselenggarakan bersama sebuah kedutaan.\n\n"
    "Ia menjelaskan, kursus serupa pernah digelar untuk pelajar dari negara tetangga pada "
    "tahun lalu, dan akan digelar lagi tahun depan.\n"
)


@pytest.mark.parametrize(
    ("opening", "domain", "name"),
    [
        ("Jakarta, CNN Indonesia --", "cnnindonesia.com", "CNN Indonesia"),
        ("MENARAnews, Surakarta –", "menaranews.com", "MENARAnews"),
        ("Harian Kota, Bandung -", "hariankota.id", "Harian Kota"),
    ],
)
def test_the_dateline_names_the_site(opening: str, domain: str, name: str) -> None:
    article = read_article(f"Pelajar belajar batik di sanggar\n\n{opening}{TEXT}")
    assert article.outlet == ""
    assert site_of_domain(domain, article.site_names)[0] == name


@pytest.mark.parametrize(
    ("opening", "domain"),
    [
        ("Jakarta, Indonesia --", "beritakota.com"),  # a place only
        ("Hanoi, May 5 (VNA) -", "examplenews.vn"),  # the agency's marker, no site name
        ("Jakarta, CNN Indonesia --", "kabarkota.com"),  # another site's name
    ],
)
def test_a_plain_dateline_leaves_the_domain(opening: str, domain: str) -> None:
    article = read_article(f"Pelajar belajar batik di sanggar\n\n{opening}{TEXT}")
    assert site_of_domain(domain, article.site_names)[0] == domain
