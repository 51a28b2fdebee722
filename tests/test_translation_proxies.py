"""A page read through a web translation proxy belongs to the original site (held-out 94)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules
from analysis.ingest.translation_proxies import original_host, original_url
from analysis.ingest.url_sites import url_host, url_outlet

FIXTURE = (
    Path(__file__).parent
    / "data"
    / "layouts"
    / "b94_dantri_translate_goog_event_stream_numbered_list_title_outlet_marker_dash_lede_caption_twice_writer_name_closing.txt"
)
PROXIED = "https://dantri-com-vn.translate.goog/the-gioi/bo-truong-1375962044.htm?_x_tr_sl=vi&_x_tr_tl=en&_x_tr_hl=en"


def test_the_proxy_host_spells_the_original_host() -> None:
    assert original_host("voatiengviet-com.translate.goog") == "voatiengviet.com"
    assert original_host("my--site-org.translate.goog") == "my-site.org"


def test_other_hosts_stay_as_they_are() -> None:
    assert original_host("translate.goog") == "translate.goog"
    assert original_host("news.example-site.vn") == "news.example-site.vn"
    assert original_url("https://dantri.com.vn/a.htm?x=1") == "https://dantri.com.vn/a.htm?x=1"


def test_the_proxy_fields_leave_the_query() -> None:
    url = original_url(PROXIED + "&page=2")
    assert url == "https://dantri.com.vn/the-gioi/bo-truong-1375962044.htm?page=2"


def test_the_outlet_of_a_proxied_page_is_the_original_site() -> None:
    assert url_host(PROXIED) == "dantri.com.vn"
    outlet = url_outlet(PROXIED, load_rules())
    assert outlet is not None and outlet[0] == "Dan Tri" and outlet[3]


def test_the_fixture_is_a_page_read_through_the_proxy() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert "(Dan Tri) - " in text  # the site's own marker, translated with the page


_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True).filter(
    lambda label: "--" not in label
)


@given(st.lists(_LABEL, min_size=2, max_size=4))
def test_any_host_survives_the_proxy_spelling(labels: list[str]) -> None:
    host = ".".join(labels)
    spelled = host.replace("-", "--").replace(".", "-") + ".translate.goog"
    assert original_host(spelled) == host


def test_the_proxys_translation_bar_is_no_headline() -> None:
    name = "b94_voatiengviet_translate_goog_amp_translated_from_bar_title_html5_notice_one_paragraph.txt"
    page = FIXTURE.with_name(name).read_text(encoding="utf-8")
    assert page.startswith("Translated from: Vietnamese\n")
    article = read_article(page)
    assert article.title == "Fishing port inspectors from abroad begin a course in Hai Phong"
    assert read_article("Translated from Khmer by Name\n\nA ferry opens\n\nText.").title != ""


def test_a_campus_vpn_gateway_spells_the_databases_host() -> None:
    """(held-out 102) "www-airitilibrary-cn-443.webvpn.<university>.edu.cn": the first label
    spells the database's host, its port or https mark ("-443", "-s") closing it."""
    assert original_host("www-airitilibrary-cn-443.webvpn.sxu.edu.cn") == "www.airitilibrary.cn"
    assert original_host("kns-cnki-net-s.webvpn.example.edu.cn") == "kns.cnki.net"
    gateway = "http://www-airitilibrary-cn-443.webvpn.sxu.edu.cn/Publication/alDetailPrint?DocID=7"
    assert url_host(gateway) == "airitilibrary.cn"
    assert url_outlet(gateway, load_rules())[0] == "airitilibrary.cn"


def test_hosts_that_only_look_like_a_gateway_stay_as_they_are() -> None:
    for host in (
        "webvpn.sxu.edu.cn",  # the gateway's own page
        "news.webvpn.example.com",  # one label, no host spelled
        "a-443.webvpn.example.cn",
        "www.webvpn-reviews.com",
        "hanoi-times.vn",
    ):
        assert original_host(host) == host, host
