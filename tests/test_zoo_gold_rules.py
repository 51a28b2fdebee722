"""The layout zoo's gold follows one written rule for outlets known only by their address
(``tests/data/layouts/README.md``, "How the gold names the outlet"): the name the loader's
``url_sites.registrable_domain`` gives the host, so a subdomain is written the same way in
every batch and the harness scores the loader against one convention."""

from __future__ import annotations

import json
import re

import pytest

from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import registrable_domain
from benchmarks.accuracy import OUTLET_NAMES, ZOO_MANIFEST, _norm

#: A gold outlet written as a host name (lower case, dotted labels), not a printed name.
HOST_FORM = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _host_golds() -> list[tuple[str, str]]:
    entries = json.loads(ZOO_MANIFEST.read_text(encoding="utf-8"))
    return [
        (entry["file"], entry["outlet"])
        for entry in entries
        if HOST_FORM.fullmatch(entry.get("outlet") or "")
        and _norm(entry["outlet"]) not in OUTLET_NAMES  # a listed outlet's domain: its name
    ]


def test_the_zoo_writes_hundreds_of_outlets_as_hosts() -> None:
    assert len(_host_golds()) > 500


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("asia.businessupturn.com", "businessupturn.com"),  # an edition's subdomain
        ("news.kbs.co.kr", "kbs.co.kr"),
        ("songoaivu.binhdinh.gov.vn", "songoaivu.binhdinh.gov.vn"),  # a portal's department
        ("x.blogspot.com", "x.blogspot.com"),  # a platform's user
        ("vn.china-embassy.gov.cn", "vn.china-embassy.gov.cn"),  # one mission of many
        ("vn.usembassy.gov", "vn.usembassy.gov"),  # "vn" names a mission, no edition
        ("vietnam.diplo.de", "vietnam.diplo.de"),  # Germany's embassy in Hanoi
        ("diplo.de", "diplo.de"),  # the ministry's own site ("www." is dropped before)
        ("ambhanoi.esteri.it", "ambhanoi.esteri.it"),
        ("fmso.tradoc.army.mil", "fmso.tradoc.army.mil"),
    ],
)
def test_the_rule_on_each_kind_of_subdomain(host: str, site: str) -> None:
    assert registrable_domain(host, load_rules()) == site


def test_every_host_gold_is_written_as_the_rule_says() -> None:
    rules = load_rules()
    wrong = [
        f"{name}: {gold!r} should be {registrable_domain(gold, rules)!r}"
        for name, gold in _host_golds()
        if registrable_domain(gold, rules) != gold
    ]
    assert not wrong, "\n".join(wrong)
