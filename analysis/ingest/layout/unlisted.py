"""The outlet of the article: the best listed outlet, else one ``outlets.yaml`` does not
list (a publication note's publisher, the agency in the lede's dateline, the site's
name line), with the flag ``outlet_unlisted``."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.date_scoring import MONTHS, absolute_dates
from analysis.ingest.layout.about_blocks import about_block_name
from analysis.ingest.layout.asset_hosts import asset_host
from analysis.ingest.layout.lines import (
    BY_OUTLET_STAFF,
    FEED_DATELINE,
    Article,
    Paragraph,
    lede_paren,
)
from analysis.ingest.layout.mastheads import MASTHEAD_ROLE
from analysis.ingest.layout.outlets import best_outlet, outlet_evidence
from analysis.ingest.layout.site_name_lines import _site_name_text, site_name_line
from analysis.ingest.layout.title import (
    NAME_GLUED_DATE,
    SOURCE_REPORTS,
    TITLE_SEP,
)
from analysis.ingest.layout.title_page_features import AGENCY_DATELINE
from analysis.ingest.layout.unbylined_authors import WRITES_FOR
from analysis.ingest.layout.wiki_taglines import wiki_tagline_outlet
from analysis.ingest.page_rules import Rules, scoring_of
from analysis.ingest.places import place_names


def _read_unlisted_outlet(article: Article, first_prose: int, rules: Rules) -> None:
    """No listed outlet named: an unlisted one, else a note on the lede's dateline."""
    paras = article.paragraphs
    unlisted = unlisted_outlet(paras, first_prose, rules)
    if unlisted is not None:
        article.outlet, article.outlet_kind = unlisted[0], unlisted[2]
        article.outlet_source = f"{unlisted[1]}, an outlet missing from data/outlets.yaml"
        article.metadata_flags.append("outlet_unlisted")
        return
    lede = paras[first_prose].text if 0 <= first_prose < len(paras) else ""
    paren = lede_paren(lede)
    if paren and len(paren.group("inner")) <= 30:  # too short to guess ("NV")
        article.outlet_source = (
            f"not named; the lede's dateline credits {paren.group('inner')!r}, "
            "an agency or outlet missing from data/outlets.yaml"
        )


def read_outlet(
    article: Article, first_prose: int, last_prose: int, from_lede: str, rules: Rules
) -> None:
    """Fill ``article.outlet``, ``credited`` and ``outlet_source`` from the outlet evidence."""
    paras = article.paragraphs
    evidence = outlet_evidence(paras, first_prose, last_prose, rules)
    if not evidence:
        _read_unlisted_outlet(article, first_prose, rules)
        return
    best, credited = best_outlet(evidence)
    article.outlet, article.credited, article.outlet_kind = best[2], credited, best[5]
    if best[5] == "site" and not article.credited:  # the site named itself
        agency = next((e for e in evidence if e[0] in (4.0, 5.0) and e[2] != best[2]), None)
        article.credited = agency[2] if agency else ""  # the source the site's lede credits
    article.outlet_source = f"line {paras[best[1]].line}: {best[4]}"
    others = sorted({e[2] for e in evidence if e[0] >= 3 and e[2] != best[2]})
    if others:
        article.outlet_source += f"; also named: {', '.join(others)}"
    if from_lede and from_lede != article.outlet:
        article.outlet_source += f"; lede marker names {from_lede}"


#: "Source: Lao Tribune", "Nguồn: X": a credit line naming where the story comes from.
_SOURCE_LINE = re.compile(
    r"^\(?\s*(?:source|sources|nguồn|courtesy(?: of)?)\s*:?\s*(?P<name>[^()]{2,60})\)?$", re.I
)


#: An agency's marker closing the text after its last sentence: "... he said. (KPL)",
#: "... the sea. — ANTARA", "... in May.-(XYZ/ABC)".
_END_MARKER = re.compile(
    r"(?<=[.!?\"”’])\s*[-–—]{0,2}\s*(?:\((?P<a>[A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?)\)"
    r"|(?<=[-–—]\s)(?P<b>[A-Z]{2,10}))\s*$"
)


#: The outlet in a byline's staff credit: "By: Marcus Stone, Taiwan News, Staff Writer".
_STAFF_OUTLET = re.compile(
    r",\s*(?P<outlet>[^,]{2,40}?),?\s+(?:senior\s+|staff\s+)?(?:writer|reporter|correspondent)s?\s*$",
    re.I,
)


def _site_note(p: Paragraph, rules: Rules) -> tuple[str, str]:
    """The site or publisher a chrome or note line names (``site_notes`` of
    ``data/header_scoring.yaml``: "Published online by X:", "Subscribe to X to ..."), or
    the story's source (``source_notes``: "Read full article on X:", "© 2024 X."), and
    its ``OutletKind``; ("", "") for none."""
    if p.kind in ("lede", "body") or count_words(p.text) > 40:
        return "", ""
    text = normalize_text(p.text)
    scoring = scoring_of(rules)
    notes = [(x, "site") for x in scoring.site_notes] + [
        (x, "credit") for x in scoring.source_notes
    ]
    for pattern, kind in notes:
        found = pattern.match(text)
        if found and 1 <= count_words(found.group("name")) <= 6:
            return found.group("name").strip(" .,"), kind
    return "", ""


def _unlisted_name(text: str) -> str:
    """A credit line's source as an outlet name: 1 to 6 words opening with a capital, or a
    host name; "" otherwise."""
    text = normalize_text(text).strip(" .,;")
    text = re.split(r"\s*[|;,]\s*|\s[-–—]\s", text)[0]
    host = re.fullmatch(r"(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?", text)
    if host:
        return host.group(1).casefold()
    words = text.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d", text):
        return ""
    return text if words[0][:1].isupper() else ""


_AGENCY_NAME = re.compile(r"^(?:[A-Z][A-Za-z&.-]{2,15})(?:\s[A-Z0-9][\w&.-]{1,15}){0,3}$")


#: A site's own label opening the lede: "WNAM REPORT: ..." (initials in capitals and a word
#: such as REPORT) or "PanARMENIAN.Net - ..." (a site's name written as a host).
_LEDE_SITE_LABEL = re.compile(
    r"^(?:(?P<name>[A-Z][A-Z0-9&]{1,11})\s(?:REPORT|NEWS|ONLINE|DESK|WIRE)\s?:\s"
    r"|(?P<host>[A-Z][\w-]*(?:\.[A-Za-z]{2,6})+)\s[-–—]\s"
    # "ASTANA. KAZINFORM – ": a city and an agency, both in capitals, a stop between
    r"|[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}\.\s(?P<agency>[A-Z][A-Z0-9&]{2,14})\s[-–—]\s"
    # "ANN/PHILIPPINE DAILY INQUIRER – ": a news network and its member paper, in capitals
    r"|[A-Z]{2,8}/(?P<paper>[A-Z][A-Z'&.-]{0,20}(?: [A-Z][A-Z'&.-]{0,20}){0,5})\s[-–—]\s)"
)


#: An unlisted outlet as (name, where it was read, how: an ``OutletKind``).
Found = tuple[str, str, str]


def _lede_text(paras: list[Paragraph], first_prose: int) -> str:
    return paras[first_prose].text if 0 <= first_prose < len(paras) else ""


#: The most words a publisher a publication note names may have ("Department of Foreign
#: Affairs of the Republic of the Philippines published this content on ...").
_NOTE_OUTLET_MAX_WORDS = 12


#: A series named after its publisher ("East-West Center's Asia Pacific Bulletin"): the
#: possessive and the series' name after it, dropped so that the publisher is credited.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\s.*")


def _publication_note_outlet(
    paras: list[Paragraph], first_prose: int, rules: Rules
) -> Found | None:
    for p in paras:
        note = rules.publication_note.match(p.text) if p.kind == "credit" else None
        if note and note.groupdict().get("outlet"):
            name = _POSSESSIVE.sub("", normalize_text(note.group("outlet")).strip(" .,"))
            if 1 <= count_words(name) <= _NOTE_OUTLET_MAX_WORDS:
                reason = f"line {p.line}: publication note {p.text!r}"
                return _site_name_text(name), reason, "credit"
    return None


def _source_line_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    for p in paras:
        source = _SOURCE_LINE.match(normalize_text(p.text)) if p.kind == "credit" else None
        name = source and _unlisted_name(source.group("name"))
        if name:
            return name, f"line {p.line}: credit line {p.text!r}", "credit"
    return None


def _masthead_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    for p in paras[: max(first_prose, 0)]:
        if p.role == MASTHEAD_ROLE:  # "Jodie MarshallSouth Western Times", a journal's name
            return p.text.strip(), f"line {p.line}: masthead {p.text!r}", "site"
    return None


def _writes_for_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    for p in [q for q in paras if q.kind in ("lede", "body", "heading")][:2]:
        writes = WRITES_FOR.search(p.text)
        if writes:
            return (
                writes.group("outlet").rstrip(".,"),
                f"line {p.line}: {writes.group(0)!r}",
                "site",
            )
    return None


def _page_title_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    """ "Headline | ... - Site", or a source glued to its date: "Bangkok Post19-07-2025"."""
    title = next((normalize_text(p.text) for p in paras if p.kind == "title"), "")
    for p in paras[: max(first_prose, 0)]:
        text = normalize_text(p.text)
        suffix = (
            text[len(title) :] if title and p.kind != "title" and text.startswith(title) else ""
        )
        site = re.split(r"\s[|–—-]\s", suffix)[-1].strip() if TITLE_SEP.match(suffix) else ""
        site = "" if asset_host(site) else site  # "— Static01.nyt.com": a picture's host
        if site and 1 <= count_words(site) <= 5 and all(w[:1].isupper() for w in site.split()):
            return site, f"line {p.line}: the page title {p.text!r}", "site"
        glued = NAME_GLUED_DATE.match(text)
        if glued:
            reason = f"line {p.line}: source glued to its date {p.text!r}"
            return glued.group("name"), reason, "credit"
    return None


def _header_match(
    paras: list[Paragraph],
    first_prose: int,
    pattern: re.Pattern[str],
    group: str,
    what: tuple[str, str],
) -> Found | None:
    """The ``group`` of ``pattern`` matched at the start of the first header line (before
    the text) that it matches, the reason naming the line as ``what`` (its words, its
    ``OutletKind``); or None."""
    for p in paras[: max(first_prose, 0)]:
        found = pattern.match(normalize_text(p.text))
        if found:
            return found.group(group), f"line {p.line}: {what[0]} {p.text!r}", what[1]
    return None


def _agency_dateline_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    # "Baku, March 3, AZERTAC"; a feed's "LISBOA, 22 (LUSA)" alone over the text
    what = ("agency dateline", "credit")
    feed = _header_match(paras, first_prose, FEED_DATELINE, "agency", what)
    found = _header_match(paras, first_prose, AGENCY_DATELINE, "name", what)
    return found or (feed if feed and feed[0] else None)


def _quoted_source_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    quoted = SOURCE_REPORTS.match(normalize_text(_lede_text(paras, first_prose)))
    if quoted and quoted.group("name").casefold() not in place_names():  # 'X News reports: "'
        reason = f"line {paras[first_prose].line}: the text quotes {quoted.group(0)!r}"
        return quoted.group("name"), reason, "credit"
    return None


def _lede_label_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    label = _LEDE_SITE_LABEL.match(_lede_text(paras, first_prose))  # "WNAM REPORT: ..."
    if label:
        reason = f"line {paras[first_prose].line}: the lede opens with {label.group(0)!r}"
        found = label.group("name") or label.group("host") or label.group("agency")
        return found or _site_name_text(label.group("paper")), reason, "credit"
    return None


def _lede_paren_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    paren = lede_paren(_lede_text(paras, first_prose))
    if not paren or _writer_before(paren.group(0)[: paren.start("inner") - 1], paras):
        return None
    inner = re.split(r"\s*[/,]\s*", paren.group("inner").strip())[0]
    place = inner.casefold() in place_names()  # "(MANILA)": a dateline's city
    place = place or inner.split()[0].casefold().strip(".") in MONTHS  # "(January 26)"
    if _AGENCY_NAME.match(inner) and not absolute_dates(inner) and not place:
        reason = f"line {paras[first_prose].line}: dateline of the lede {paren.group(0)!r}"
        return inner, reason, "credit"
    return None


def _writer_before(before: str, paras: list[Paragraph]) -> bool:
    """Whether the lede's words before its bracket are the byline's writer: "Name (Can Tho
    University) argues ..." gives his affiliation, not an agency's dateline."""
    name = before.strip(" ,")
    return bool(name) and any(name in q.text for q in paras if q.kind == "byline")


def _paper_staff_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    # "by New Worker correspondent"
    return _header_match(
        paras, first_prose, BY_OUTLET_STAFF, "outlet", ("byline of the paper's staff", "byline")
    )


def _staff_byline_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    for p in paras:
        staff = _STAFF_OUTLET.search(normalize_text(p.text)) if p.kind == "byline" else None
        if staff and _AGENCY_NAME.match(staff.group("outlet")):
            return staff.group("outlet"), f"line {p.line}: byline {p.text!r}", "byline"
    return None


def _end_marker_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    last = max((i for i, p in enumerate(paras) if p.kind in ("body", "lede", "")), default=-1)
    end = _END_MARKER.search(paras[last].text[-40:]) if last >= 0 else None
    if end:
        reason = f"line {paras[last].line}: agency marker ending the text {end.group(0).strip()!r}"
        return end.group("a") or end.group("b"), reason, "credit"
    return None


def _site_note_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    for p in paras:
        name, kind = _site_note(p, rules)
        if name:
            return name, f"line {p.line}: the site named in {p.text[:80]!r}", kind
    return None


def _site_name_line_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    site = site_name_line(paras, first_prose, rules)
    if site is None:
        return None
    p = paras[site]
    # "From Green Left Weekly" over a repost names the source, not the site
    kind = "credit" if normalize_text(p.text).casefold().startswith("from ") else "site"
    name = _site_name_text(p.text, scoring_of(rules))
    return name, f"line {p.line}: site-name line {p.text!r}", kind


def _wiki_tagline_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    return wiki_tagline_outlet(paras)  # "From Leftypedia" over "Jump to navigation" (b139)


def _about_block_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    found = about_block_name(paras, rules)  # "About TCS News" / "TCS News was founded ..."
    if found is None:
        return None
    return found[1], f"line {paras[found[0]].line}: the site's 'About' block", "site"


#: Where an unlisted outlet is read, in order of trust: the first that names one wins.
_UNLISTED_FINDERS = (
    _publication_note_outlet,
    _source_line_outlet,
    _masthead_outlet,
    _wiki_tagline_outlet,
    _writes_for_outlet,
    _page_title_outlet,
    _agency_dateline_outlet,
    _quoted_source_outlet,
    _lede_label_outlet,
    _lede_paren_outlet,
    _paper_staff_outlet,
    _staff_byline_outlet,
    _end_marker_outlet,
    _site_note_outlet,
    _site_name_line_outlet,
    _about_block_outlet,
)


def unlisted_outlet(paras: list[Paragraph], first_prose: int, rules: Rules) -> Found | None:
    """An outlet that ``data/outlets.yaml`` does not list, as (name, where, kind): the publisher
    a publication note names ("A report of the X"), a credit line's source ("Source: Lao
    Tribune"), the agency in the lede's dateline brackets ("Hanoi, Nov 25 (IANS) ..."), an
    agency's marker after the text's last sentence ("... he said. (KPL)", "... - ANTARA"),
    or the site's name line (``site_name_line``)."""
    found = (finder(paras, first_prose, rules) for finder in _UNLISTED_FINDERS)
    return next((f for f in found if f is not None), None)
