"""Mastheads: a writer's name glued to the paper's, and a journal's name over its ISSN.

A network's site prints the byline of a story from one of its regional papers as the
writer's name run into the paper's name with no space: "Jodie MarshallSouth Western Times".
The name is the writer; the paper is the source the story is credited to (a masthead
ends with one of ``masthead_words`` of ``data/page_layout.yaml``: Times, Herald, Gazette
...). A journal's name on the line right above its ISSN or its volume and issue
(``periodical_id_lines``) is its masthead: the outlet, never the headline. Only header
lines are read (``HEADER_REACH`` paragraphs from the top). A document copy's first line
'<Document> - <Issuer>' naming a publishing body (``site_name.not_outlet_words`` of
``data/header_scoring.yaml``: ministry, department, embassy ...) over its headline gives the
issuer as the outlet. A logo's alt text at the top ("The Militant (logo)") is the site's
name: its masthead, never a writer.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import (
    NAME_WORD,
    Article,
    Paragraph,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.page_rules import Rules, layout_alternation, outlet_named, scoring_of
from analysis.ingest.places import place_names

#: How many paragraphs from the top may hold a glued byline.
HEADER_REACH = 8

#: The role of the masthead's piece once split off (read by ``layout/unlisted.py``).
MASTHEAD_ROLE = "masthead"


@cache
def _glued_masthead() -> re.Pattern[str]:
    """'<Name><Paper>' on a whole line: two to four name words, the last run straight into
    a capitalised paper's name of up to five words ending with a masthead word."""
    ends = layout_alternation("masthead_words")
    return re.compile(
        rf"^(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}})"
        rf"(?<=[a-zà-ỹ])(?P<paper>(?:The )?[A-Z][\w'’&.-]{{0,30}}(?: [A-Z][\w'’&.-]{{0,30}}){{0,3}}"
        rf" (?:{ends}))$"
    )


#: '<Name> <Site.com>': two to four name words, then the site's name written as its web
#: domain ("Dimas Prakoso Suara.Com", a portal's byline under the headline).
_NAME_THEN_DOMAIN = re.compile(
    rf"^(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}}) "
    r"(?P<paper>[A-Za-z][\w-]{1,30}\.[A-Za-z]{2,6}(?:\.[A-Za-z]{2,3})?)$"
)


def glued_masthead(text: str, rules: Rules) -> tuple[str, str] | None:
    """(writer, paper) of a line that runs a person's name into a paper's masthead, or None:
    "Jodie MarshallSouth Western Times" -> ("Jodie Marshall", "South Western Times"), "Dimas
    Prakoso Suara.Com" -> ("Dimas Prakoso", "Suara.Com") (the site as its domain); not a
    listed outlet's own name with inner capitals ("Korea JoongAng Daily") nor a name that
    opens with a place ("Korea Joong")."""
    match = _glued_masthead().match(text.strip()) or _NAME_THEN_DOMAIN.match(text.strip())
    if not match or outlet_named(text.strip(), rules):
        return None
    name = match.group("name")
    if name.split()[0].casefold() in place_names() or not looks_like_name(name, rules):
        return None
    return name, match.group("paper")


def split_glued_mastheads(paras: list[Paragraph], rules: Rules) -> None:
    """Split a header line '<Name><Paper>' into the writer's byline and the paper's credit."""
    for i, p in enumerate(paras[:HEADER_REACH]):
        found = None if p.kind else glued_masthead(p.text, rules)
        if found:
            split_paragraph(paras, i, raw_offset(p, len(found[0])), ("byline", "credit"))
            paras[i].role, paras[i + 1].role = "author", MASTHEAD_ROLE
            return


@cache
def _periodical_id() -> re.Pattern[str]:
    """``periodical_id_lines`` of ``data/page_layout.yaml``, searched at a line's start."""
    return re.compile("^(?:" + layout_alternation("periodical_id_lines") + ")", re.I)


#: The most words a journal's name over its ISSN may have.
PERIODICAL_NAME_MAX_WORDS = 14

#: Small words a journal's name may keep in lower case.
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def _periodical_name(text: str) -> bool:
    """A journal's name: up to ``PERIODICAL_NAME_MAX_WORDS`` capitalised words (small words
    aside), no digits, no closing stop."""
    words = text.split()
    return (
        0 < len(words) <= PERIODICAL_NAME_MAX_WORDS
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", "?", "!", ":", ","))
        and all(w[:1].isupper() or w.casefold() in _SMALL for w in words)
    )


def label_periodical_masthead(paras: list[Paragraph]) -> None:
    """Mark a journal's name right above its ISSN or volume line as its masthead, or the
    name opening a running head before a comma and its volume ("Journal of X, Vol 2, No 1
    (2016) 45-63": the name is split off as the masthead, the rest is furniture)."""
    for i, p in enumerate(paras[: min(HEADER_REACH, len(paras)) - 1]):
        below = paras[i + 1].text.strip()
        if not p.kind and _periodical_id().match(below) and _periodical_name(p.text.strip()):
            p.kind, p.role = "boilerplate", MASTHEAD_ROLE
            return
        head = _RUNNING_HEAD.match(p.text.strip()) if not p.kind and "," in p.text else None
        if head and _periodical_id().match(head.group("id")) and _periodical_name(head.group(1)):
            at = raw_offset(p, p.text.find(head.group(1)) + len(head.group(1)))
            split_paragraph(paras, i, at, ("boilerplate", "boilerplate"))
            paras[i].role = MASTHEAD_ROLE
            return


#: A logo's alt text on its own line, the word in brackets: "The Militant (logo)".
_LOGO_ALT = re.compile(r"^(?P<name>\S.{1,60}?)\s*\(\s*logo\s*\)$", re.I)


def label_logo_alt(paras: list[Paragraph]) -> None:
    """Mark a logo's alt text among the header lines ("The Militant (logo)") as the site's
    masthead: the name is split off as a line of its own with the masthead role (read as
    the outlet, never as a writer), the word "logo" is furniture."""
    for i, p in enumerate(paras[: min(HEADER_REACH, len(paras))]):
        # "logo" before the pattern: l, o, g fold to no other letter under re.I (perf30)
        alt = _LOGO_ALT.match(p.text.strip()) if not p.kind and "logo" in p.text.lower() else None
        if alt and _periodical_name(alt.group("name")):
            at = raw_offset(p, p.text.find(alt.group("name")) + len(alt.group("name")))
            split_paragraph(paras, i, at, ("boilerplate", "boilerplate"))
            paras[i].role = MASTHEAD_ROLE
            return


def label_mastheads(paras: list[Paragraph]) -> None:
    """Mark the page's masthead: a journal's name over its ISSN or volume line
    (``label_periodical_masthead``), a logo's alt text (``label_logo_alt``)."""
    label_periodical_masthead(paras)
    label_logo_alt(paras)


#: A journal's running head: its name, a comma, then its volume line.
_RUNNING_HEAD = re.compile(r"^([^,]{3,120}),\s+(?P<id>\S.*)$")


#: "<Document> - <Issuer>": the issuer after the last spaced dash of a document's title line.
_ISSUER_SUFFIX = re.compile(r"^(?P<doc>.{2,80}?)\s[-–—]\s(?P<issuer>[^-–—]{4,80})$")

#: The most words of the headline under a document's title line.
HEADLINE_MAX_WORDS = 15


def _headline_like(text: str) -> bool:
    """A short line without a closing stop: a headline standing under a title line."""
    return 0 < len(text.split()) <= HEADLINE_MAX_WORDS and not text.rstrip().endswith(".")


def split_document_issuer(paras: list[Paragraph], rules: Rules) -> None:
    """Split the issuer off a document copy's first line "Vietnam - Ministry of External
    Affairs" when a headline stands under it: the document's name is chrome, the issuer
    (a publishing body, capitalised words) is the masthead, read as the outlet."""
    if len(paras) < 2 or paras[0].kind or not _headline_like(paras[1].text):
        return
    match = _ISSUER_SUFFIX.match(paras[0].text.strip())
    issuer = match.group("issuer").strip() if match else ""
    body = scoring_of(rules).site_name_not_outlet
    if not issuer or body is None or not body.match(issuer) or not _periodical_name(issuer):
        return
    if len(issuer.split()) < 2:  # "... Supplies - Ministry": a headline's source, no issuer
        return
    split_paragraph(
        paras, 0, raw_offset(paras[0], paras[0].text.find(issuer)), ("boilerplate", "credit")
    )
    paras[1].role = MASTHEAD_ROLE


#: Small words kept in lower case when an issuer's name in capitals is written in title case.
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to"})


def document_issuer(article: Article, rules: Rules) -> None:
    """An official document (its headline read by ``document_headings.document_heading``) that names
    no outlet is issued by the body whose name in capitals opens the page ("MINISTRY OF
    INDUSTRY AND TRADE" above the state's name and motto): a ministry, committee,
    government or other publishing body of ``site_name.not_outlet_words``; the outlet is
    that name in title case, flagged ``outlet_unlisted``."""
    scoring = scoring_of(rules)
    first = next((p for p in article.paragraphs if p.text.strip("-–—|· ")), None)
    text = normalize_text(first.text) if first else ""
    body = scoring.site_name_not_outlet
    if article.outlet or not (2 <= count_words(text) <= 10 and text.upper() == text):
        return
    if body is None or not body.search(text) or not text[:1].isalpha():
        return
    words = text.casefold().split()
    article.outlet = " ".join(
        w if k and w in _SMALL_WORDS else w.capitalize() for k, w in enumerate(words)
    )
    article.outlet_source = f"line {first.line}: the body issuing the official document"
    article.outlet_kind = "issuer"
    article.metadata_flags.append("outlet_unlisted")
