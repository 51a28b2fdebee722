"""Tests of a mission's address naming its site over the mission's name printed on its
page (``government_hosts``; held-out 145); placeholder names and hosts."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.government_hosts import body_name_line, government_domain, mission_host
from analysis.ingest.host_names import url_outlet_fields
from benchmarks.accuracy import read_one

UNLISTED = "outlet_unlisted"

PAGE = """Harbourtown Büyükelçiliği

Info Notes

Relations Between Two Placeholder Lands, 02.06.2017

Relations Between Two Placeholder Lands

The two lands opened ties long ago, and their embassies followed some years later.

Trade has grown fastest; a joint committee meets every other year.
"""


@pytest.mark.parametrize(
    ("domain", "mission"),
    [
        ("harbourtown.emb.mfa.gov.tr", True),  # an embassy under Turkey's shared domain
        ("harbourtown.cg.mfa.gov.tr", True),  # a consulate general
        ("vnembassy-harbourtown.mofa.gov.vn", True),
        ("xy.china-embassy.gov.cn", True),
        ("emb.mfa.gov.tr", False),  # the shared domain itself
        ("vass.gov.vn", False),  # an institute's site on a government domain
        ("someone.uberspace.de", False),  # a private host's user
        ("harbournotes.org", False),
    ],
)
def test_a_missions_host(domain: str, mission: bool) -> None:
    assert mission_host(domain) is mission


def test_a_government_domain() -> None:
    assert government_domain("mppre.gob.ve") and government_domain("diplomatie.gouv.fr")
    assert government_domain("office.command.army.mil")
    assert not government_domain("govtrack.us") and not government_domain("gov-online.go.jp")


def test_only_an_unlisted_site_name_line_on_a_government_host_yields() -> None:
    assert body_name_line("site", UNLISTED, "harbourtown.emb.mfa.gov.tr")
    assert not body_name_line("credit", UNLISTED, "harbourtown.emb.mfa.gov.tr")
    assert not body_name_line("site", "", "harbourtown.emb.mfa.gov.tr")
    assert not body_name_line("site", UNLISTED, "harbournotes.org")
    assert not body_name_line("site", UNLISTED, "vass.gov.vn")  # an institute's masthead


def test_the_address_names_an_embassys_page_over_its_name_line() -> None:
    row = {
        "outlet": "Harbourtown Büyükelçiliği",
        "credited": "",
        "outlet_source": "line 1: site-name line 'Harbourtown Büyükelçiliği'",
        "metadata_flags": UNLISTED,
        "outlet_kind": "site",
        "site_names": "",
    }
    url = "http://harbourtown.emb.mfa.gov.tr/ShowInfoNotes.aspx?ID=1"
    fields = url_outlet_fields(url, row, PAGE.split("\n\n"))
    assert fields is not None and fields["outlet"] == "harbourtown.emb.mfa.gov.tr"


def test_the_whole_page_is_named_by_the_missions_address(tmp_path: Path) -> None:
    path = tmp_path / "embassy_note.txt"
    path.write_text(PAGE, encoding="utf-8")
    row, _ = read_one(path, "http://harbourtown.emb.mfa.gov.tr/ShowInfoNotes.aspx?ID=1")
    assert row["outlet"] == "harbourtown.emb.mfa.gov.tr"
