"""Outlet evidence: the outlets named by credits, markers, the lede's dateline and the
page's own references (``outlet_evidence``); the outlet fields a page's ``url`` gives are
``layout.url_outlets.outlet_from_url``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.regex_gate import may_match
from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import byline_outlet
from analysis.ingest.date_memo import absolute_dates
from analysis.ingest.layout.citations import journal_hit
from analysis.ingest.layout.lines import (
    AGENCY_BEFORE_LABEL,
    FEED_DATELINE,
    GLUED_AGENCY,
    LEDE_MARKER,
    LEDE_SOURCE,
    SLASH_CREDIT,
    Paragraph,
    before_lede,
    text_span,
)
from analysis.ingest.page_rules import (
    Rules,
    outlet_in_line,
    outlet_named,
    scoring_of,
    site_affix,
)
from analysis.ingest.url_sites import url_outlet

#: One piece of outlet evidence before its paragraph's index is known: (weight, name,
#: credited, reason, kind), the kind an ``OutletKind``.
Hit = tuple[float, str, str, str, str]
#: What a finder returns when a paragraph's kind rules out every later finder.
_NO_OUTLET: Hit = (0.0, "", "", "", "")


@dataclass(frozen=True)
class _Scan:
    """The page being scanned for outlet evidence."""

    paras: list[Paragraph]
    first_prose: int
    last_prose: int
    rules: Rules

    @property
    def header(self) -> int:
        """The index of the first paragraph after the header."""
        return max(self.first_prose, 0)

    def zone(self, i: int) -> bool:
        """Whether paragraph ``i`` is in the header or footer, or an outlet marker."""
        return i < self.header or i > self.last_prose or self.paras[i].role == "marker"


def _site_name_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if not (i < s.header and p.kind in ("credit", "boilerplate")) or before_lede(s.paras, i):
        return None
    hit = outlet_named(p.text, s.rules) if count_words(p.text) <= 6 else None
    if hit is None and site_affix(p.text, s.rules):
        parts = re.split(r"\s[|–—-]\s", normalize_text(p.text))
        hit = outlet_named(parts[-1], s.rules) or outlet_named(parts[0], s.rules)
    return (5.5, *hit, f"site name {p.text!r}", "site") if hit else None


#: A source address naming a listed site: above a credit or an agency's marker (4), under
#: a marker before the lede (5).
_SOURCE_LINK_WEIGHT = 4.5


def _source_link_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    link = _SOURCE_LINK.match(normalize_text(p.text)) if p.kind not in _TEXT_KINDS else None
    found_url = url_outlet(link.group("url"), s.rules) if link else None
    if found_url and found_url[3]:  # "Link: https://en.nhandan.vn/..." names a listed site
        # the site the copy was taken from published it, whatever agency its text credits
        # (as a listed domain in the page's own address does): above a credit line (4)
        reason = f"source address {p.text[:80]!r}"
        return (_SOURCE_LINK_WEIGHT, found_url[0], found_url[1], reason, "credit")
    return None


def _credit_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    hit = _credit_outlet(p, s.rules) if p.kind == "credit" else None
    if not hit:
        return None
    weight = 5.0 if p.role == "marker" and before_lede(s.paras, i) else 4.0
    return (weight, *hit, f"credit line {p.text!r}", "credit")


def _byline_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if p.kind != "byline":
        return None
    hit = byline_outlet(p.text, s.rules) or outlet_in_line(p.text, s.rules)
    return (3.0, *hit, f"byline {p.text!r}", "byline") if hit else None


def _opens_text(s: _Scan, i: int, p: Paragraph) -> bool:
    """The lede, the text's first line or a feed's dateline alone above it ("MADRID, 22 (X)")."""
    feed = i + 1 == s.first_prose and FEED_DATELINE.match(normalize_text(p.text))
    return p.kind == "lede" or i == s.first_prose or bool(feed)


def _glued_agency_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    glued = GLUED_AGENCY.match(p.text) if _opens_text(s, i, p) else None
    hit = outlet_named(glued.group("name"), s.rules) if glued else None  # "Associated PressHANOI"
    return (
        (4.0, *hit, f"agency glued to the lede's dateline {p.text[:40]!r}", "credit")
        if hit
        else None
    )


def _lede_dateline_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    bracketed = dateline_outlet(p.text, s.rules) if _opens_text(s, i, p) else None
    if not bracketed:
        return None
    hit, shown = bracketed
    return (4.0, *hit, f"dateline of the lede {shown!r}", "credit")


def _lede_source_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    source = LEDE_SOURCE.match(p.text) if _opens_text(s, i, p) else None  # "Source: FN The ..."
    hit = source and (
        outlet_named(source.group(1), s.rules) or outlet_named(source.group(2), s.rules)
    )
    return (
        (4.0, *hit, f"source named before the lede {source.group(0)!r}", "credit") if hit else None
    )


def _headline_prefix_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if p.kind != "title" or ":" not in p.text[:40]:
        return None
    prefix = p.text.split(":", 1)[0]
    hit = outlet_named(prefix, s.rules)
    return (3.0, *hit, f"headline prefix {prefix!r}", "site") if hit else None


def _headline_suffix_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    """A listed outlet after a pipe closing the headline, as a page title names its
    source ("Leaders meet in Hanoi | BBC News" on a site copying the broadcaster's video)."""
    parts = re.split(r"\s\|\s", p.text.strip()) if p.kind == "title" else []
    hit = outlet_named(parts[-1], s.rules) if len(parts) > 1 else None
    return (3.0, *hit, f"headline suffix {parts[-1]!r}", "site") if hit else None


def _date_label_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if i >= s.header or not absolute_dates(p.text):
        return None
    if p.kind == "heading" or p.kind == "dateline":  # "July 9, 2020 by vietnamnet.vn"
        after = _DATE_BY_NAME.match(normalize_text(p.text))
        hit = outlet_named(after.group("name"), s.rules) if after else None
        if hit:
            return (3.0, *hit, f"named beside the date {p.text!r}", "credit")
    if p.kind not in ("dateline", "boilerplate"):
        return None
    label = AGENCY_BEFORE_LABEL.match(p.text)  # "Xinhua Published: 2017-11-17"
    hit = outlet_named(label.group(1), s.rules) if label else None
    return (3.0, *hit, f"named before the date label {p.text!r}", "site") if hit else None


#: A blog theme's date line with the poster after it: "July 9, 2020 by vietnamnet.vn". The
#: poster names the outlet only when it is a listed outlet (its name or its address): a
#: copy site posting under its source's name; a person's name there is read as a byline.
_DATE_BY_NAME = re.compile(
    r"^.{6,40}?\d\s+by\s+(?P<name>[^\s,|]{2,40}(?:\s[^\s,|]+){0,3})\s*$", re.I
)


#: A header's date and time with the source's name after it, glued or spaced:
#: "2019-04-16 10:12:00Xinhua", "2019-04-16 10:12 China Daily".
_STAMP_THEN_NAME = re.compile(
    r"^\s*(?:19|20)\d{2}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?P<name>[^\W\d_][^\d|]{1,40})$"
)


def _stamp_name_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    stamp = _STAMP_THEN_NAME.match(p.text) if i < s.header else None
    hit = outlet_named(stamp.group("name"), s.rules) if stamp else None
    return (
        (3.0, *hit, f"named after the header's date and time {p.text!r}", "credit") if hit else None
    )


@cache
def _source_lines() -> tuple[re.Pattern[str], ...]:
    """``source_lines`` of ``data/page_layout.yaml``, each a whole line (case-insensitive)."""
    patterns = load_data_file("page_layout.yaml").get("source_lines", [])
    return tuple(re.compile(rf"^\s*(?:{p})\s*$", re.I) for p in patterns)


def _source_line_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    """A short line of its own crediting a listed outlet as the story's source ("Reuters
    reports."), weighed as a credit line."""
    if count_words(p.text) > _SOURCE_LINE_MAX_WORDS:
        return None
    text = normalize_text(p.text)
    found = next((m for m in (x.match(text) for x in _source_lines()) if m), None)
    hit = outlet_named(found.group("name"), s.rules) if found else None
    return (4.0, *hit, f"source credited on its own line {p.text!r}", "credit") if hit else None


#: The most words a line crediting its source alone may have (its date and time after it).
_SOURCE_LINE_MAX_WORDS = 10


def _self_reference_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if p.kind not in _TEXT_KINDS:
        return None
    hit = _self_reference(p.text, s.rules)
    return (
        (2.0, *hit[:2], f"names itself in the text {hit[2]!r}", "self_reference")
        if hit
        else _NO_OUTLET
    )


def _slash_credit_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    slashed = SLASH_CREDIT.match(normalize_text(p.text)) if s.zone(i) else None
    if not slashed or p.kind not in ("boilerplate", "credit", ""):
        return None
    parts = re.split(r"\s?/\s?", normalize_text(p.text).strip("()"))  # "VOV/VNN": the first
    hit = next((h for h in (outlet_named(x, s.rules) for x in parts) if h), None)
    return (4.0, *hit, f"credit of sources {p.text!r}", "credit") if hit else None


#: The kinds of header and footer line in which an outlet's name is read as a mention.
_MENTION_KINDS = ("boilerplate", "dateline", "byline", "credit", "heading", "")


def _named_in_hit(s: _Scan, i: int, p: Paragraph) -> Hit | None:
    if not s.zone(i) or p.kind not in _MENTION_KINDS:
        return None
    text = _TAG_LIST.split(p.text)[0]  # "Filed Under: x Tags: a, Vietnam news": topics
    hit = outlet_in_line(text, s.rules) if text.strip() else None
    if hit and _ORIGIN.match(p.text):  # "(From X)": where the piece came from
        return (_ORIGIN_WEIGHT, *hit, f"origin of the piece {p.text!r}", "credit")
    return (1.0, *hit, f"named in {p.text!r}", "mention") if hit else None


#: A blog's tag list ("Tags: a, b", "Keywords: ...", also after "Filed Under: x" on the
#: same line): its words are the post's topics, so an outlet's name among them ("Vietnam
#: news") is no evidence of the source. (A category list may name the site's own sections,
#: "Categories: Asia Times News & Features", and is still read.)
_TAG_LIST = re.compile(r"(?:^|\s)(?:tags?|keywords?|topics?)\s*:", re.I)


#: The places that name an outlet, strongest first: the first that names one for a
#: paragraph gives its evidence.
_OUTLET_FINDERS = (
    lambda s, i, p: journal_hit(s.paras, i),
    _site_name_hit,
    _source_link_hit,
    _credit_hit,
    _byline_hit,
    _glued_agency_hit,
    _lede_dateline_hit,
    _lede_source_hit,
    _headline_prefix_hit,
    _headline_suffix_hit,
    _date_label_hit,
    _stamp_name_hit,
    _source_line_hit,
    _self_reference_hit,
    _slash_credit_hit,
    _named_in_hit,
)


def outlet_evidence(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> list[tuple[float, int, str, str, str, str]]:
    """Every place that names the outlet, as (weight, paragraph index, name, credited,
    reason, kind): the site's own name in the header, alone or beside the headline as in a page
    title (5.5: the site publishes what its lede credits), a marker before the lede (5), a
    credit or publication note (4), the agency in the lede's dateline (4), a byline
    "Name / Outlet" or "By <agency>" (3), an outlet's full name inside another header or
    footer line (1)."""
    scan = _Scan(paras, first_prose, last_prose, rules)
    found: list[tuple[float, int, str, str, str, str]] = []
    for i, p in enumerate(paras):
        hit = next((h for h in (f(scan, i, p) for f in _OUTLET_FINDERS) if h is not None), None)
        if hit is not None and hit is not _NO_OUTLET:
            found.append((hit[0], i, *hit[1:]))
    return found


#: A header or footer line naming where a piece came from: "(From East Asia Forum)",
#: "Via X", "Courtesy of X". It names the source, which a name of the site itself
#: elsewhere on the page (its categories, its copyright) outranks; the source is then
#: the ``credited`` one.
_ORIGIN = re.compile(r"^\s*[(\[]?\s*(?:from|via|courtesy(?: of)?)\b", re.I)


_ORIGIN_WEIGHT = 0.9


#: A line giving the source's address: "Link: https://...", "Source: https://...".
_SOURCE_LINK = re.compile(
    r"^\(?\s*(?:link|source|sources|nguồn|original(?: article)?|read (?:more|the original)(?: at)?)"
    r"\s*:?\s*(?P<url>https?://\S+)\)?$",
    re.I,
)


_TEXT_KINDS = ("lede", "body", "heading")


def _self_reference(text: str, rules: Rules) -> tuple[str, str, str] | None:
    """A listed outlet the text names as itself (``self_references`` of
    ``data/header_scoring.yaml``: "Radio Free Asia's call to ... went unanswered", "...
    in an interview with StratNews Global Editor ..."), as (name, credited, the words), or
    None. The first and longest run of words of the group ``name`` naming an outlet counts."""
    text = normalize_text(text)
    for pattern in scoring_of(rules).self_references:
        if not may_match(pattern, text):  # lacks the pattern's words: it cannot match
            continue
        for found in pattern.finditer(text):
            words = found.group("name").split()  # may start with words before the name
            for start in range(len(words)):
                for end in range(len(words), start, -1):
                    hit = outlet_named(" ".join(words[start:end]), rules)
                    if hit:
                        return hit[0], hit[1], found.group(0)
    return None


def _credit_outlet(p: Paragraph, rules: Rules) -> tuple[str, str] | None:
    """The outlet a credit paragraph names (marker, site name, "Source: X", publication note)."""
    text = p.text.rstrip(" -–—:")
    for name, credited, start, end, alone in rules.outlets:
        if alone.match(text) or end.search(" ." + text) or start.match(p.text + " X"):
            return name, credited
    named = outlet_named(text, rules)
    if named:
        return named
    note = rules.publication_note.match(p.text)
    if note and (note.groupdict().get("outlet") or "").strip():  # a note may name none
        wanted = normalize_text(note.group("outlet")).lower()
        for name, credited, *_ in rules.outlets:
            if _word_within(name.lower(), wanted) or _word_within(wanted, name.lower()):
                return name, credited
    return None


def _word_within(part: str, whole: str) -> bool:
    """Whether ``part`` stands in ``whole`` as whole words ("rt" is not in "department")."""
    found = part in whole and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole)  # perf31
    return bool(part) and bool(found)


def find_outlet(paras: list[Paragraph], rules: Rules) -> tuple[str, str]:
    """Outlet and credited agency: the strongest evidence of ``outlet_evidence``."""
    first_prose, last_prose = text_span(paras)
    evidence = outlet_evidence(paras, first_prose, last_prose, rules)
    if not evidence:
        return "", ""
    best, credited = best_outlet(evidence)
    return best[2], credited


def best_outlet(
    evidence: list[tuple[float, int, str, str, str, str]],
) -> tuple[tuple[float, int, str, str, str, str], str]:
    """The strongest evidence (the earlier line on a tie) and the outlet it credits; when
    the site names itself and a line names where the piece came from ("(From X)"), X."""
    best = max(evidence, key=lambda e: (e[0], -e[1]))
    origin = [e for e in evidence if e[0] == _ORIGIN_WEIGHT and e[2] != best[2]]
    if origin and not best[3]:  # the site named itself; the piece came from another outlet
        return best, origin[0][2]
    return best, best[3]


#: A bracketed part of a lede's opening: "(VNA)", "(NNN-Bernama)", "(X / Y - 25th Oct, 2022)".
_BRACKETED = re.compile(r"\((?P<inner>[^()]{2,80})\)")


#: How far into the lede a bracket counts as the dateline's without a dash after it.
_DATELINE_REACH = 60


def dateline_outlet(text: str, rules: Rules) -> tuple[tuple[str, str], str] | None:
    """The outlet named in a bracket of the lede's dateline, and that bracket: any bracket
    opening within ``_DATELINE_REACH`` characters, or one followed by a dash further on
    (a caption glued before it: "(Photo: VNA) HCM City (VNA) – "); each part of it split
    at "/", "," and "-" is tried in turn, so a news network's prefix or a place does not
    hide the agency ("HANOI (Vietnam), July 21 (NNN-Bernama) — ")."""
    for bracket in _BRACKETED.finditer(text[:200]):
        if bracket.start() > _DATELINE_REACH and not LEDE_MARKER.match(text, bracket.start()):
            continue
        for part in re.split(r"\s*[/,-]\s*", bracket.group("inner")):
            hit = outlet_named(part, rules) if part else None
            if hit:
                return hit, bracket.group(0)
    return None
