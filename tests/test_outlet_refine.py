"""Tests of ``analysis.ingest.outlet_refine``: the second look at an outlet the layout
reader guessed (flag ``outlet_unlisted``) or did not find, on articles built by hand."""

from __future__ import annotations

from analysis.ingest.domain_sites import (
    credited_source,
    name_for_domain,
    site_of_domain,
)
from analysis.ingest.layout import outlet_from_url, read_article
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.outlet_refine import refine_outlet
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
UNLISTED = "outlet_unlisted"


def article(*lines: tuple[str, str], **fields) -> Article:
    """An article of (kind, text) paragraphs on lines 1, 3, 5 ..."""
    paras = [
        Paragraph(raw=text + "\n\n", text=text, line=2 * i + 1, block=i, kind=kind)
        for i, (kind, text) in enumerate(lines)
    ]
    return Article(paragraphs=paras, **fields)


def test_editorial_tag_is_no_outlet() -> None:
    page = article(
        ("lede", "(UPDATES) VIENTIANE, Laos — The talks went on."),
        outlet="UPDATES",
        outlet_source="line 1: the agency in brackets",
        metadata_flags=[UNLISTED],
    )
    refine_outlet(page, RULES)
    assert page.outlet == ""
    assert UNLISTED not in page.metadata_flags
    assert page.outlet_source.startswith("not named; 'UPDATES' is an editorial tag")


def test_initials_take_the_name_the_page_spells() -> None:
    page = article(
        ("lede", "TEHRAN, Nov. 14 (MNA) – The talks went on."),
        ("boilerplate", "© 2024 Mehr News Agency. All rights reserved."),
        outlet="MNA",
        outlet_source="line 1: the agency in brackets",
        metadata_flags=[UNLISTED],
    )
    refine_outlet(page, RULES)
    assert page.outlet == "Mehr News Agency"
    assert "'MNA' spelled out as 'Mehr News Agency'" in page.outlet_source


def test_initials_of_a_listed_outlet_become_its_canonical_name() -> None:
    page = article(
        ("lede", "HANOI (XYZ) – The talks went on."),
        ("boilerplate", "Copyright the Vietnam News Agency"),
        outlet="VNA",
        metadata_flags=[UNLISTED],
    )
    refine_outlet(page, RULES)
    assert page.outlet == "Vietnam News Agency"
    assert page.metadata_flags == []  # listed: no longer unlisted


def test_an_outlet_written_as_an_address_is_that_site() -> None:
    # a listed outlet's address is that outlet, under its listed name
    page = article(
        ("lede", "Text."), outlet="VTV.vn", outlet_source="line 1", metadata_flags=[UNLISTED]
    )
    refine_outlet(page, RULES)
    assert (page.outlet, page.metadata_flags) == ("VTV", [])
    assert page.outlet_source == "'VTV.vn' is the address of 'VTV' (line 1)"
    # an unlisted site's address keeps its domain form, never the brand (held-out 51's
    # Indonesian portal: "VIVA.co.id - " opening the lede)
    lede = "VIVA.co.id - Pengusaha asal Vietnam membuka pameran kopi dan lada di Jakarta."
    viva = article(
        ("lede", lede), outlet="VIVA.co.id", outlet_source="line 1", metadata_flags=[UNLISTED]
    )
    refine_outlet(viva, RULES)
    assert (viva.outlet, viva.metadata_flags) == ("viva.co.id", [UNLISTED])
    assert viva.outlet_source == "line 1; the site's domain 'viva.co.id'"
    # the page's address then names the same site: its own label, no credited source
    fields = outlet_from_url(
        "https://viva.co.id/amp/berita/dunia/643118-diplomat-tertinggi",
        viva.outlet,
        "",
        viva.outlet_source,
        UNLISTED,
        viva.outlet_kind,
    )
    assert fields is not None
    assert (fields["outlet"], fields["credited"]) == ("viva.co.id", "")
    assert not credited_source("credit", False, "viva.co.id", "viva.co.id")
    # negative: initials with stops are no address ("U.S.News" is not the host "s.news")
    initials = article(
        ("lede", "Text."), outlet="U.S.News", outlet_source="line 1", metadata_flags=[UNLISTED]
    )
    refine_outlet(initials, RULES)
    assert initials.outlet == "U.S.News"


def test_byline_source_names_a_missing_outlet() -> None:
    page = article(
        ("byline", "Linh Dao, Lang Son - Ucanews - Tue, Apr 21st 2015"),
        ("lede", "Text of the article."),
    )
    refine_outlet(page, RULES)
    assert page.outlet == "Ucanews"
    assert page.metadata_flags == [UNLISTED]
    assert page.outlet_source.startswith("line 1: the source the byline credits")
    assert page.outlet_kind == "byline"
    place = article(("byline", "Linh Dao - Hanoi - Tue, Apr 21st 2015"), ("lede", "Text."))
    refine_outlet(place, RULES)
    assert place.outlet == ""  # a capital city is a place, not a source


def test_furniture_names_are_noted_for_the_domain() -> None:
    page = article(
        ("boilerplate", "18th May 2016 Socialist Action 0"),
        ("title", "Workers Rally In The Capital"),
        ("lede", "The Rally Was Large."),
    )
    refine_outlet(page, RULES)
    assert page.outlet == ""
    assert page.site_names == ["Socialist Action"]  # for rules; the prose note for readers
    assert page.outlet_source == "names the page's furniture carries: Socialist Action"
    assert name_for_domain("socialistaction.net", page.site_names) == "Socialist Action"
    assert name_for_domain("otherpaper.net", page.site_names) == ""
    assert site_of_domain("socialistaction.net", page.site_names) == (
        "Socialist Action",
        ", the page spells it 'Socialist Action'",
    )
    assert site_of_domain("otherpaper.net", page.site_names) == ("otherpaper.net", "")


def test_the_names_are_read_from_site_names_never_from_the_prose_reason() -> None:
    """``outlet_source`` is prose for readers: reworded, or naming the site in its words,
    it changes nothing; the url step reads ``site_names`` (a documents column)."""
    page = article(("boilerplate", "18th May 2016 Socialist Action 0"), ("lede", "Text."))
    refine_outlet(page, RULES)
    url = "https://socialistaction.net/2016/05/18/a-story"
    names = " | ".join(page.site_names)
    fields = outlet_from_url(url, "", "", "a reworded note", "", "", names)
    assert fields is not None and fields["outlet"] == "Socialist Action"
    # a reason that lists a name the structured field does not hold names nothing
    prose = "names the page's furniture carries: Socialist Action"
    bare = outlet_from_url(url, "", "", prose, "", "", "")
    assert bare is not None and bare["outlet"] == "socialistaction.net"


def test_a_listed_outlet_is_left_alone() -> None:
    page = article(
        ("byline", "Linh Dao, Lang Son - Ucanews - Tue, Apr 21st 2015"),
        ("lede", "Text."),
        outlet="Vietnam News Agency",
        outlet_source="line 5: credit line",
    )
    refine_outlet(page, RULES)
    assert (page.outlet, page.outlet_source, page.metadata_flags) == (
        "Vietnam News Agency",
        "line 5: credit line",
        [],
    )


def test_name_for_domain_reads_the_words_of_a_longer_run_that_spell_the_domain() -> None:
    page = article(
        ("title", "Ferry Service Resumes"),
        ("lede", "Text."),
        ("boilerplate", "For More News And Analysis Follow Delta-Courier"),
        ("boilerplate", "By DCPA International Department"),
    )
    refine_outlet(page, RULES)
    assert name_for_domain("delta-courier.net", page.site_names) == "Delta-Courier"
    # negative: a domain spelled only by part of a word is not read
    assert name_for_domain("followdelta.net", page.site_names) == ""
    # negative: a bare acronym inside a longer run is no site's name
    assert name_for_domain("dcpa.org", page.site_names) == ""


def test_a_sites_marker_opening_a_text_paragraph_spells_the_domain() -> None:
    page = article(
        ("title", "Ferry Service Resumes Across The River"),
        ("lede", "DeltaWire - The ferry between the two river ports runs again from Monday."),
    )
    refine_outlet(page, RULES)
    assert name_for_domain("deltawire.vn", page.site_names) == "DeltaWire"
    # negative: a text paragraph opening with a person's words before a dash names no site
    page = article(
        ("title", "Ferry Service Resumes Across The River"),
        ("lede", "Tomorrow - the ferry runs again, officials said."),
    )
    refine_outlet(page, RULES)
    assert name_for_domain("deltawire.vn", page.site_names) == ""


# --- how the outlet was found decides the rule, not the words of its reason -------------


_CREDITED_PAGE = (
    "Ferry line to the islands reopens after repairs\n\n"
    "The ferry line to the outer islands reopened on Monday after three months of work on "
    "its two piers, the port authority said.\n\n"
    "Passengers will find new waiting rooms and a timetable with two extra crossings a day "
    "during the summer months.\n\n"
    "Source: Delta Courier Weekly\n"
)


def test_a_credit_found_in_the_text_is_credited_whatever_its_reason_says() -> None:
    page = read_article(_CREDITED_PAGE)
    assert (page.outlet, page.outlet_kind) == ("Delta Courier Weekly", "credit")
    flags = ";".join(page.metadata_flags)
    url = "https://islandsreport.net/ferry"
    fields = outlet_from_url(url, page.outlet, "", page.outlet_source, flags, page.outlet_kind)
    assert (fields["outlet"], fields["credited"]) == ("islandsreport.net", "Delta Courier Weekly")
    assert fields["outlet_kind"] == "url"
    # the same evidence, its reason reworded for readers: the same outlet
    reworded = "line 9: the paper this story names as where it came from"
    again = outlet_from_url(url, page.outlet, "", reworded, flags, page.outlet_kind)
    assert again == {**fields, "outlet_source": again["outlet_source"]}
    # a reason that reads like a credit does not make the site's own name one
    own = outlet_from_url(url, page.outlet, "", "line 9: credit line 'X'", flags, "site")
    assert own is None  # the site's own name read in the text stays the outlet


def test_every_setter_records_its_kind() -> None:
    bracketed = article(
        ("title", "(The Harbour Policy Review) Ferry Line Reopens"), ("lede", "Text.")
    )
    refine_outlet(bracketed, RULES)
    assert (bracketed.outlet, bracketed.outlet_kind) == ("The Harbour Policy Review", "credit")
    imprint = article(
        ("boilerplate", "Published by:"),
        ("boilerplate", "Riverside Policy Institute, 30 Heng Road"),
        ("lede", "Text of the report."),
    )
    refine_outlet(imprint, RULES)
    assert (imprint.outlet, imprint.outlet_kind) == ("Riverside Policy Institute", "publisher")
    tag = article(
        ("lede", "(UPDATES) VIENTIANE, Laos — The talks went on."),
        outlet="UPDATES",
        outlet_kind="credit",
        metadata_flags=[UNLISTED],
    )
    refine_outlet(tag, RULES)
    assert (tag.outlet, tag.outlet_kind) == ("", "")


def test_the_address_a_saving_tool_printed_names_a_listed_outlet() -> None:
    """Held-out 64: a Wayback Machine capture that names no outlet takes the archived
    page's site; an unlisted host names nothing."""
    art = article(
        (
            "chrome",
            "The Wayback Machine - https://web.archive.org/web/20160412031544/http://english.vietnamnet.vn/fms/x.html",
        ),
        ("", "Hanoi offers to host talks on Mekong sand mining"),
        ("body", "Vietnam has proposed a meeting of the four lower Mekong countries."),
    )
    refine_outlet(art, RULES)
    assert art.outlet == "VietNamNet"
    assert art.outlet_kind == "url"
    other = article(
        ("chrome", "Clipped from: https://www.unlisted-site-example.info/x.html"),
        ("body", "Vietnam has proposed a meeting of the four lower Mekong countries."),
    )
    refine_outlet(other, RULES)
    assert other.outlet == ""


def test_a_print_copys_address_names_the_site_over_a_closing_credit() -> None:
    """Held-out 64's Firefox print copy: the header prints the site and its address, so
    the closing "Source: VNA" is a credit, not the outlet (misses64)."""
    header = (
        "Treaty with Uzbekistan on legal aid takes effect | Vietnam Law & Legal Forum    "
        "https://vietnamlawmagazine.vn/treaty-with-uzbekistan-49137.html"
    )
    art = article(
        ("caption", header),
        ("title", "Treaty with Uzbekistan on legal aid takes effect"),
        ("lede", "A treaty on mutual legal assistance has come into force."),
        ("credit", "Source: VNA"),
        outlet="Vietnam News Agency",
        outlet_kind="credit",
    )
    refine_outlet(art, RULES)
    assert (art.outlet, art.outlet_kind) == ("Vietnam Law & Legal Forum", "url")
    assert art.credited == "Vietnam News Agency"
    unprinted = article(
        ("title", "Treaty with Uzbekistan on legal aid takes effect"),
        ("lede", "A treaty on mutual legal assistance has come into force."),
        ("credit", "Source: VNA"),
        outlet="Vietnam News Agency",
        outlet_kind="credit",
    )
    refine_outlet(unprinted, RULES)
    assert unprinted.outlet == "Vietnam News Agency"


def test_a_copied_pages_unlisted_address_is_named_by_the_name_that_spells_it() -> None:
    """Held-out 64's Wayback capture of an embassy's page: the masthead under the toolbar
    spells the archived site's domain in another word order (misses64)."""
    wayback = (
        "The Wayback Machine - https://web.archive.org/web/20150203121537/"
        "http://www.vietnamembassy-argentina.org/en/nr070521165956/ns140922101529"
    )
    art = article(
        ("chrome", wayback),
        ("boilerplate", "Embassy of Vietnam in Argentina"),
        ("title", "Embassy opens Vietnamese language classes in Cordoba"),
        ("lede", "The embassy has started weekend classes in Vietnamese."),
    )
    refine_outlet(art, RULES)
    assert (art.outlet, art.outlet_kind) == ("Embassy of Vietnam in Argentina", "site")
    other = article(
        ("chrome", wayback),
        ("boilerplate", "Embassy of Vietnam in Chile"),
        ("lede", "The embassy has started weekend classes in Vietnamese."),
    )
    refine_outlet(other, RULES)
    assert other.outlet == ""


def test_a_headline_ending_with_a_listed_outlets_name_names_a_siteless_copys_source():
    """(held-out 106) A repost copied with the page title it took ("<headline> – The
    Diplomat"), no site and no credit on the page: the suffix's outlet. Negatives: a tail
    that names no outlet, a headline of two words, and the name closing a sentence of the
    text leave the page without an outlet."""
    body = (
        "\n\nOfficials again delayed a decision on the river gauges last autumn, choosing "
        "to repair the old ones first and to review the plan next year.\n\n"
        "The choice reflects a familiar caution about spending before the rainy season.\n"
    )
    article = read_article("Why the delta waits for new river gauges – The Diplomat" + body)
    assert article.title == "Why the delta waits for new river gauges"
    assert (article.outlet, article.outlet_kind) == ("The Diplomat", "credit")
    assert read_article("Why the delta waits for new river gauges – Part two" + body).outlet == ""
    assert read_article("River gauges" + body).outlet == ""
    closing = body.replace("rainy season.", "rainy season, as argued in The Diplomat.")
    assert read_article("Why the delta waits for new river gauges" + closing).outlet == ""


def test_a_forwards_subject_opened_by_a_listed_outlet_names_the_storys_source():
    """(held-out 106) "Subject: SCMP: <headline>" in a forward's header over an article
    that names no site: the sender's label of the story's source. Negatives: a subject
    opened by a word that names no outlet, the same row outside a forward's header, and a
    headline in the text opened by an outlet's name and a colon."""
    forward = (
        "---------- Forwarded message ---------\n"
        "From: Ha Minh Tuan <tuan.ha@example.org>\n"
        "Date: Wed, 6 Mar 2024 at 19:05\n"
        "Subject: SCMP: ferry crews train together\n"
        "To: Desk <desk@example.org>\n\n\n"
        "Ferry crews of two provinces train together for the flood season\n"
        "Published: 6:30pm, 6 Mar 2024\n"
        "Ferry crews from two delta provinces began a week of joint drills on Wednesday, "
        "practising rescues from capsized boats in fast water.\n"
    )
    article = read_article(forward)
    assert (article.outlet, article.outlet_kind) == ("South China Morning Post", "credit")
    assert read_article(forward.replace("SCMP: ferry", "Reading: ferry")).outlet == ""
    bare = forward.split("\n", 1)[1]  # no separator: no forward's header
    assert read_article(bare).outlet != "South China Morning Post"
