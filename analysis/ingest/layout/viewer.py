"""A magazine or newsletter read on a page viewer (Issuu, Joomag, Calameo ...): the viewer
prints the publication's name and issue above each page ("Harbour Review Magazine Delta
Post Feb-Mar 2019 | Page 12"; "Delta Post March 2023" over a line "Page 1"). The line is split into
the publication's name (a credit: the outlet when the text names none), the issue (a
dateline) and the page number (boilerplate). The page's text comes as one line, its
headline run into it: in capitals after a kicker ("COMMENT FERRIES OF THE DELTA
Passengers ..."), or in mixed case before a kicker and the writer in capitals ("Ferries of
the Delta FEATURE LENA OKAFOR T he ferries ...", the lede's drop cap lost)."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.date_scoring import MONTHS
from analysis.ingest.layout.lines import (
    Article,
    Paragraph,
    dateline_date,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.page_rules import Rules, outlet_named, scoring_of

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

#: The page number a viewer prints after the issue: " | Page 12".
_PAGE_AFTER = re.compile(r"\s*\|\s*page\s+\d{1,4}\s*$", re.I)

#: A viewer's page line of its own: "Page 1".
_PAGE_LINE = re.compile(r"page\s+\d{1,4}", re.I)

#: The issue closing the line: "Feb-Mar 2019", "March 2023", "2021".
_ISSUE = re.compile(
    rf"\s(?P<issue>(?:(?:{_MONTH})\.?(?:\s*[-–/]\s*(?:{_MONTH})\.?)?\s+)?(?:19|20)\d{{2}})$",
    re.I,
)

#: A publisher's name before the publication's own: "Harbour Review Magazine Delta Post".
_PUBLISHER = re.compile(
    r"^.+?\s(?:magazine|newsletter|journal|publishing|media)\s(?P<title>.+)$", re.I
)

#: How many of the page's first paragraphs may hold the viewer's line; the most words of
#: the publication's name.
_REACH, _NAME_MAX_WORDS = 3, 6


def _viewer_line(paras: list[Paragraph], i: int) -> tuple[int, int] | None:
    """Offsets in paragraph ``i``'s text of its issue and of its page number (the text's
    end when the page number stands on the next line), or None."""
    text = paras[i].text
    page = _PAGE_AFTER.search(text)
    below = i + 1 < len(paras) and _PAGE_LINE.fullmatch(normalize_text(paras[i + 1].text))
    if not (page or below):
        return None
    end = page.start() if page else len(text)
    issue = _ISSUE.search(text[:end])
    if issue is None or not 1 <= count_words(text[: issue.start()]) <= _NAME_MAX_WORDS:
        return None
    return issue.start("issue"), end


def split_viewer_line(paras: list[Paragraph]) -> None:
    """Split, in place, a page viewer's line (see the module's docstring) into the name
    (kind ``credit``, role ``viewer``), the issue (``dateline``) and the page number."""
    for i in range(min(_REACH, len(paras))):
        found = None if paras[i].kind else _viewer_line(paras, i)
        if found is None:
            continue
        issue, end = found
        p = paras[i]
        if end < len(p.text):
            split_paragraph(paras, i, raw_offset(p, end), ("", "boilerplate"))
        split_paragraph(paras, i, raw_offset(paras[i], issue), ("credit", "dateline"))
        paras[i].role = "viewer"
        return


def viewer_fields(article: Article, rules: Rules) -> None:
    """The publication a page viewer names is the outlet when the text named none or only
    guessed one (flag ``outlet_unlisted``); its issue ("Feb-Mar 2019": the first month)
    is the date when the text gave none."""
    paras = article.paragraphs
    at = next((i for i, p in enumerate(paras) if p.role == "viewer"), None)
    if at is None:
        return
    issue = dateline_date(paras[at + 1].text, rules) if at + 1 < len(paras) else None
    if article.header_date is None and article.footer_date is None and issue is not None:
        article.header_date, article.header_evidence = issue, paras[at + 1].text
        article.date_reason = f"line {paras[at].line}: the issue a page viewer names"
    if not article.outlet or "outlet_unlisted" in article.metadata_flags:
        _viewer_outlet(article, paras[at], rules)
    opening = next((p for p in paras if p.kind == "lede"), None)
    if opening is not None:  # beats a header line (a contents strip) taken as the headline
        _page_headline(article, opening, rules)


#: Two words or more in capitals opening the page's line, up to a word in mixed case.
_CAPITALS_OPENING = re.compile(r"(?:[A-Z][A-Z'’,:&-]*\s+){2,}(?=[A-Z][a-z])")

#: A headline in mixed case, then words in capitals (a kicker, the writer), then the next
#: word: "Ferries of the Delta FEATURE LENA OKAFOR T he".
_MIXED_THEN_CAPITALS = re.compile(
    r"(?P<title>[A-Z][^\n]{2,120}?)\s+(?P<caps>(?:[A-Z][A-Z'’-]+\s+){2,})(?P<next>\S+)"
)

#: How much of the page's line is read for its headline.
_OPENING_CHARS = 400


def _without_kicker(words: list[str], rules: Rules) -> list[str]:
    """``words`` without the section labels opening them (the kicker)."""
    label = scoring_of(rules).section_label
    k = 0
    while k < len(words) and label.match(words[k].strip(",:")):
        k += 1
    return words[k:]


def _page_headline(article: Article, opening: Paragraph, rules: Rules) -> None:
    """Read the headline (and the writer) run into the page's one line (see the module's
    docstring); the kicker must be there, so a lede opening in capitals is left alone."""
    text = opening.text[:_OPENING_CHARS]
    run = _CAPITALS_OPENING.match(text)
    title, writer = "", ""
    if run:
        words = run.group(0).split()
        rest = _without_kicker(words, rules)
        title = " ".join(rest).strip(",:") if 2 <= len(rest) < len(words) else ""
    else:
        mixed = _MIXED_THEN_CAPITALS.match(text)
        caps = mixed.group("caps").split() if mixed else []
        rest = _without_kicker(caps, rules)
        if mixed and len(rest) < len(caps):
            title = mixed.group("title")
            lede_word = mixed.group("next")[:1].islower()  # "ORTY trade": the lede's first word
            writer = " ".join(rest[:-1] if lede_word else rest)
    if title:
        for p in article.paragraphs:
            p.kind = "boilerplate" if p.kind == "title" else p.kind
        article.title = title
        article.title_source = f"line {opening.line}: the headline run into a viewer's page"
        article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
    names = byline_names(writer, rules) if writer and not article.author else []
    if names:
        article.author = names[0]
        article.author_source = f"line {opening.line}: the writer in capitals after the kicker"


def _viewer_outlet(article: Article, line: Paragraph, rules: Rules) -> None:
    """Name the outlet after the publication of the viewer's ``line``."""
    name = normalize_text(line.text).strip(" |-–")
    publisher = _PUBLISHER.match(name)
    name = publisher.group("title") if publisher else name
    listed = outlet_named(name, rules)
    flags = [f for f in article.metadata_flags if f != "outlet_unlisted"]
    article.metadata_flags[:] = flags if listed else [*flags, "outlet_unlisted"]
    article.outlet = listed[0] if listed else name
    article.outlet_source = f"line {line.line}: the publication a page viewer names"
    article.outlet_kind = "site"
