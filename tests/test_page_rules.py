"""Tests of ``analysis.ingest.page_rules``: the layout rules built from the data files
(``outlets.yaml`` checked, with errors naming the file and the entry), and the outlet
look-ups (a short text, a line, a page title, a web address)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.core.errors import DataFileError
from analysis.ingest.page_rules import (
    TIME_OF_DAY,
    check_outlets,
    credited_date,
    fold_accents,
    load_rules,
    outlet_in_line,
    outlet_named,
    registrable_domain,
    site_affix,
    unwrap_url,
    url_host,
    url_outlet,
)

RULES = load_rules()


def test_load_rules_is_built_once() -> None:
    # the same object on every call (another test module may clear the cache before this
    # one runs, so the module-level RULES may be an older build)
    assert load_rules() is load_rules()
    assert RULES.outlet_keys["vietnam news agency"] == ("Vietnam News Agency", "")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Khmer Times", "Khmer Times"),
        ("(VNA)", "Vietnam News Agency"),
        ("Source: NDO", "Nhan Dan"),
        ("vietnamnet.vn", "VietNamNet"),
        ("• Kyodo", "Kyodo News"),
        ("VOV News (Hanoi)", "Voice of Vietnam"),  # a credit line's place in brackets
        ("The Voice of Vietnam", "Voice of Vietnam"),
        ("Nhân Dân", "Nhan Dan"),  # accents folded
        ("Việt Nam News", "Vietnam News"),
        ("VOVNews", "Voice of Vietnam"),  # the broadcaster's old site name
        ("(TGVN)", "The World & Vietnam Report"),  # the paper's Vietnamese initials
        ("Agence France Presse - May 18, 2006.", "Agence France-Presse"),  # no hyphen, dated
        ("(Theo TTXVN)", "Vietnam News Agency"),  # Vietnamese "according to", in brackets
        ("Theo báo Tin Tức", "Bao Tin Tuc"),
    ],
)
def test_outlet_named(text: str, outlet: str) -> None:
    assert outlet_named(text, RULES)[0] == outlet


@pytest.mark.parametrize("text", ["nothing here", "", "Party delegation visits Laos"])
def test_text_naming_no_outlet(text: str) -> None:
    assert outlet_named(text, RULES) is None
    assert outlet_in_line(text, RULES) is None


def test_outlet_in_line_and_site_affix() -> None:
    assert outlet_in_line("A report by the Vietnam News Agency said", RULES)[0] == (
        "Vietnam News Agency"
    )
    assert site_affix("Delegation visits Laos | Vietnam News Agency", RULES)
    assert site_affix("Vietnam News Agency - Delegation visits Laos", RULES)
    assert not site_affix("Delegation visits Laos", RULES)


def test_urls() -> None:
    wrapped = "https://www.google.com/url?q=https://www.vietnamplus.vn/a"
    assert url_host(wrapped) == "vietnamplus.vn"
    assert url_host("") == ""
    archived = "https://web.archive.org/web/20200101000000/https://www.x.com/a/b"
    assert unwrap_url(archived) == "https://www.x.com/a/b"
    assert unwrap_url("https://x.com/a") == "https://x.com/a"
    assert url_outlet("https://e.vnexpress.net/news/a.html", RULES) == (
        "VnExpress International",
        "",
        "e.vnexpress.net",
        True,
    )
    assert url_outlet("https://news.unknownsite.com.vn/a", RULES) == (
        "unknownsite.com.vn",
        "",
        "news.unknownsite.com.vn",
        False,
    )
    for url in ("https://example.org/x", "http://192.168.0.1/a", "not a url"):
        assert url_outlet(url, RULES) is None


def test_registrable_domain() -> None:
    assert registrable_domain("world.kbs.co.kr", RULES) == "kbs.co.kr"
    assert registrable_domain("x.blogspot.com", RULES) == "x.blogspot.com"
    assert registrable_domain("en.x.vn", RULES) == "x.vn"
    # a site builder whose sites are paths keeps its own host (held-out 53)
    assert registrable_domain("sites.google.com", RULES) == "sites.google.com"
    assert registrable_domain("news.google.com", RULES) == "google.com"
    # a shared host's user sites are two labels deep: user and server (held-out 53's
    # "news.dkp.suhail.uberspace.de"); the server's own host stays the shared host's
    assert registrable_domain("news.dkp.suhail.uberspace.de", RULES) == "dkp.suhail.uberspace.de"
    assert registrable_domain("dkp.suhail.uberspace.de", RULES) == "dkp.suhail.uberspace.de"
    assert registrable_domain("suhail.uberspace.de", RULES) == "uberspace.de"
    # a content delivery network's subdomain is one customer's site, not the network's
    assert registrable_domain("d1x2y3.cloudfront.net", RULES) == "d1x2y3.cloudfront.net"
    assert registrable_domain("cdn.example.com", RULES) == "example.com"
    # a country code's regional second level is registered under like a generic one
    assert registrable_domain("journals.harbourinst.krakow.pl", RULES) == "harbourinst.krakow.pl"
    assert registrable_domain("www.harbourinst.pl", RULES) == "harbourinst.pl"
    # under a government top-level domain every office runs its own site
    assert registrable_domain("riverlab.corps.navy.mil", RULES) == "riverlab.corps.navy.mil"
    assert registrable_domain("www.harbours.gov", RULES) == "harbours.gov"
    # negative: a country's "gov" second level keeps its portal rule
    assert registrable_domain("en.harbours.gov.vn", RULES) == "harbours.gov.vn"
    # a committee's site under a city government's portal in a regional second level
    # (held-out 54); the portal itself and its edition keep three labels
    assert registrable_domain("kvs.gov.spb.ru", RULES) == "kvs.gov.spb.ru"
    assert registrable_domain("gov.spb.ru", RULES) == "gov.spb.ru"
    assert registrable_domain("en.gov.spb.ru", RULES) == "gov.spb.ru"
    assert registrable_domain("news.msk.ru", RULES) == "news.msk.ru"


def test_fold_accents_and_time_of_day() -> None:
    assert fold_accents("Đà Nẵng Việt Nam") == "Da Nang Viet Nam"
    assert [t.strip() for t in TIME_OF_DAY.findall("at 08:41 and 9h30, not 2024")] == [
        "08:41",
        "9h30",
    ]


GOOD = {"outlets": [{"name": "Example Daily", "markers": ["Example Daily"]}]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "analysis/data/outlets.yaml: no 'outlets' list"),
        ({"outlets": [{"markers": []}]}, "an outlet entry has no name"),
        ({"outlets": [{"name": "X"}]}, "X: 'markers' must be a list of text"),
        ({"outlets": [{"name": "X", "markers": [], "names": "Y"}]}, "X: 'names' must be"),
        (
            {"outlets": [{"name": "X", "markers": [], "domains": ["https://x.vn/"]}]},
            "X: domain 'https://x.vn/' is not a bare lower-case host name",
        ),
        (
            {
                "outlets": [
                    {"name": "X", "markers": [], "domains": ["x.vn"]},
                    {"name": "Y", "markers": [], "domains": ["x.vn"]},
                ]
            },
            "domain 'x.vn' listed for X and Y",
        ),
    ],
)
def test_check_outlets_names_the_entry(data: dict, message: str) -> None:
    with pytest.raises(DataFileError) as raised:
        check_outlets(data)
    assert "analysis/data/outlets.yaml" in str(raised.value)
    assert message in str(raised.value)


def test_check_outlets_returns_the_list() -> None:
    assert check_outlets(GOOD) == GOOD["outlets"]


@given(st.text(max_size=80))
def test_fold_accents_leaves_only_unaccented_letters(text: str) -> None:
    folded = fold_accents(text)
    assert not any(unicodedata.combining(c) for c in folded)
    assert "đ" not in folded.lower()
    assert fold_accents(folded) == folded


def test_a_brand_under_a_portal_named_after_a_country_keeps_its_label():
    assert registrable_domain("zeenews.india.com", RULES) == "zeenews.india.com"
    # negative: an edition's label under such a portal, and brands under other domains
    assert registrable_domain("www.india.com", RULES) == "india.com"
    assert registrable_domain("staging.the-inheritance-experts.co.uk", RULES) == (
        "the-inheritance-experts.co.uk"
    )
    assert registrable_domain("news.harbourwatch.com", RULES) == "harbourwatch.com"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Khmer Times | 30 August 2016", "30 August 2016"),
        ("Agence France Presse - May 18, 2006.", "May 18, 2006"),
        ("VietNamNet News March 11, 2019 08:25 UTC", "March 11, 2019"),
    ],
)
def test_credited_date_is_the_sources_date(text: str, date: str) -> None:
    assert credited_date(text, RULES) == date


@pytest.mark.parametrize(
    "text",
    ["Khmer Times", "Border talks - May 18, 2006", "Delegation | 30 August 2016", "30 August 2016"],
)
def test_credited_date_needs_a_listed_outlet_and_a_date(text: str) -> None:
    assert credited_date(text, RULES) is None


def test_alternation_keeps_each_pattern_apart_and_an_empty_list_matches_nothing() -> None:
    import re

    from analysis.ingest.page_rules import alternation, layout_alternation

    joined = re.compile(rf"^(?:{alternation(['Source|From', 'Via'])}):")
    assert joined.match("Source:") and joined.match("From:") and joined.match("Via:")
    assert not joined.match("Sourc:")
    assert re.search(alternation([]), "any text at all") is None
    assert layout_alternation("no_such_list") == "(?!)"


def test_a_sites_subdomain_named_like_a_reserved_label_is_the_site() -> None:
    # a paper's test server is the paper's site; a placeholder address stays no site
    found = url_outlet("https://test.manilatimes.net/2025/10/10/x/amp", RULES)
    assert found is not None and found[2] == "test.manilatimes.net"
    assert found[0] == url_outlet("https://www.manilatimes.net/x", RULES)[0]
    for url in ("https://ferry.test/a", "https://www.example.org/a", "http://news.localhost/"):
        assert url_outlet(url, RULES) is None, url
