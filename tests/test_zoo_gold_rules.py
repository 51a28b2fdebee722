"""The layout zoo's gold follows one written rule for outlets known only by their address
(``tests/data/layouts/README.md``, "How the gold names the outlet"): the name the loader's
``url_sites.registrable_domain`` gives the host, so a subdomain is written the same way in
every batch and the harness scores the loader against one convention; and a listing page
is dated by its first item ("How the gold dates a page")."""

from __future__ import annotations

import json
import re

import pytest

from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import registrable_domain
from benchmarks.accuracy import OUTLET_NAMES, ZOO_MANIFEST, _norm, pending_entries

#: A gold outlet written as a host name (lower case, dotted labels), not a printed name.
HOST_FORM = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _host_golds() -> list[tuple[str, str]]:
    entries = json.loads(ZOO_MANIFEST.read_text(encoding="utf-8")) + pending_entries()
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
        ("frankfurt.china-consulate.org", "frankfurt.china-consulate.org"),  # one consulate (b121)
        ("china-consulate.org", "china-consulate.org"),  # the shared domain itself
        ("vn.usembassy.gov", "vn.usembassy.gov"),  # "vn" names a mission, no edition
        ("vietnam.diplo.de", "vietnam.diplo.de"),  # Germany's embassy in Hanoi
        ("diplo.de", "diplo.de"),  # the ministry's own site ("www." is dropped before)
        ("ambhanoi.esteri.it", "ambhanoi.esteri.it"),
        ("harbourtown.emb.mfa.gov.tr", "harbourtown.emb.mfa.gov.tr"),  # Turkey's (b145)
        ("harbourtown.cg.mfa.gov.tr", "harbourtown.cg.mfa.gov.tr"),
        ("www.mfa.gov.tr", "mfa.gov.tr"),  # the ministry's own site
        ("fmso.tradoc.army.mil", "fmso.tradoc.army.mil"),
        ("www.diplomatie.gouv.fr", "diplomatie.gouv.fr"),  # a ministry under gouv.fr (b133)
        ("diplomatie.gouv.fr", "diplomatie.gouv.fr"),
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


# --- How the gold dates a page: a listing page is its first item --------------------------

#: The layout words of a listing page's fixture name: a tag, category, archive, search,
#: section, topic, keyword or author page, a site's list of items.
LISTING = re.compile(
    r"_(?:tags?_(?:page|archive)|category_(?:page|archive|items)|listing|topic_page"
    r"|search_results|section_(?:page|list)|news_list|(?:day|month|weekly|year|author)_archive"
    r"|keyword_page|month_list|article_list)_"
)


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _opening_day(line: str, *, alone: bool = False) -> str:
    """The day a line opens with (``Month D, YYYY``, ``D Month YYYY // Paper``,
    ``DD/MM/YYYY``) or with a dateline's place in capitals and the date (``HA NOI, 02
    October 2013 – ...``: held-out 109), ISO; "" when it opens with none (``alone``: when
    the date is not the whole line)."""
    from analysis.dates import find_dates

    days = [d for d in find_dates(line) if d.precision == "day" and d.date_start is not None]
    lead = line[: days[0].start].strip(" •-–|") if days else ""
    if not days or (lead and (alone or not re.fullmatch(r"[A-Z][A-Z .'-]{1,30},", lead))):
        return ""
    if alone and line[days[0].end :].strip():
        return ""
    return str(days[0].date_start.date())


def _day_under_title(lines: list[str], title: str) -> str:
    """The day of the first of the three lines under the line ending with ``title`` that
    opens with a date, ISO; "" when none does. A listing that prints each item's date
    alone on the line above its title ("November 16, 2013" / the title / a subtitle / the
    teaser / the next item's date: held-out 111's KAS news list) dates its first item by
    that line, and the dates under it are later items'."""
    at = next((i for i, line in enumerate(lines) if _words(line).endswith(title)), None)
    if at is None:
        return ""
    above = [x for x in lines[:at] if x.strip()][-1:]
    if above and _opening_day(above[0], alone=True):
        return _opening_day(above[0], alone=True)
    for line in [x for x in lines[at + 1 :] if x.strip()][:3]:
        if _opening_day(line):
            return _opening_day(line)
    return ""


def test_a_listing_page_is_dated_by_its_first_item() -> None:
    """README, "How the gold dates a page": a listing page's title, date and writer are its
    first item's. Where a date line opens one of the three lines under the first item's
    title (the gold title), the gold date is that day (a category page undated while its
    first item prints 'March 4, 2008' breaks the rule)."""
    entries = json.loads(ZOO_MANIFEST.read_text(encoding="utf-8")) + pending_entries()
    checked, wrong = 0, []
    for entry in entries:
        if not (LISTING.search(entry["file"]) and entry["title"]):
            continue
        lines = (ZOO_MANIFEST.parent / entry["file"]).read_text(encoding="utf-8").splitlines()
        day = _day_under_title(lines, _words(entry["title"]))
        checked += bool(day)
        if day and entry["published"] != day:
            wrong.append(f"{entry['file']}: published {entry['published']!r}, first item {day}")
    assert checked >= 5
    assert not wrong, "\n".join(wrong)
