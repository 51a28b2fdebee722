"""A repository's suggested citation: the writers and the full title of a cover page.

Institutional repositories serve an article's PDF behind a cover page of their own: the
journal's name, a volume line, the year, the title (often with its punctuation lost in the
PDF's text: "Partnership Old Ties an New Tests"), the writer's name alone on a line, then a
suggested citation: 'Recommended Citation Name (2020) "Full Title," Journal: Vol. 6 ...'
(labels in ``citation_labels`` of ``data/page_layout.yaml``). The names before the year are
the writers when the page gave none; the quoted title replaces a headline that is the same
title with punctuation or a letter lost. A publisher's citation line names the journal
after the title, before its volume (", The Pacific Review, 34:6, 1012-1040"): the journal
is outlet evidence of kind ``publisher`` (``journal_hit``, read by ``layout.outlets``), so a
document on a document-sharing host keeps the publisher it names.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: How many paragraphs from the top may hold the citation.
CITATION_REACH = 12

#: How alike (0-1, letters and digits only) a headline and the cited title must be for the
#: cited form to replace the headline.
SAME_TITLE_RATIO = 0.9


@cache
def _citation() -> re.Pattern[str]:
    """The citation's shape after one of ``citation_labels``: names, '(YYYY)', the title in
    quotation marks when the citation quotes it (a publisher's line may not)."""
    label = layout_alternation("citation_labels")
    return re.compile(
        rf"^(?:{label})\s*:?\s+(?P<names>[^()\"“”]{{3,200}}?)\s+\((?:19|20)\d{{2}}\)[.,]?\s+"
        r"(?:[\"“](?P<title>[^\"“”]{5,300}?)[,.]?[\"”])?",
        re.I,
    )


@cache
def _citation_label() -> re.Pattern[str]:
    """A line opening with one of ``citation_labels`` (compiled once, not per line)."""
    return re.compile(rf"(?:{layout_alternation('citation_labels')})\s*:?\s", re.I)


#: The journal a citation names after the title, then its volume (and issue) and pages:
#: ", The Pacific Review, 34:6," or ", Journal of Asian Studies, 12(3),"; or, for an
#: article published online before its issue, its DOI: ", Journal of Contemporary Asia,
#: DOI: 10.1080/..." (held-out 67, a publisher's cover page on a document host).
_JOURNAL = re.compile(
    r",\s+(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|on|in|the|&)){0,8})"
    r",\s+(?:(?:vol\.\s*)?\d{1,4}(?:\s*:\s*\d{1,4}|\s*\(\d{1,4}\))?,|DOI\s*:)"
)

#: How many lines a hard-wrapped citation is read over: a publisher's cover page wraps it
#: over three ("To cite this article: Names (2022): Title" / "..., Journal," / "DOI: ...").
CITATION_LINES = 3

#: The weight of the journal a citation line names, as outlet evidence (a credit's).
JOURNAL_WEIGHT = 4.0


#: A research network's cover page over an uploaded article names its journal and month:
#: "Article in Journal of Asian Political Studies · March 2022" (held-out 56).
_COVER_JOURNAL = re.compile(
    r"^(?:Article|Chapter|Conference Paper|Review) in (?P<journal>[A-Z][^·]{3,120}?)"
    r"\s·\s(?:[A-Z][a-z]+\s)?(?:19|20)\d{2}\s*$"
)


def journal_hit(paras: list[Paragraph], i: int) -> tuple[float, str, str, str, str] | None:
    """The journal named by a citation line opening at ``paras[i]`` (read with the next
    lines, ``CITATION_LINES`` in all, where a hard-wrapped citation goes on), or by a cover
    page's "Article in <journal> · Month YYYY", as outlet evidence (weight, name, credited,
    reason, kind ``publisher``), or None."""
    if i >= CITATION_REACH:
        return None
    cover = _COVER_JOURNAL.match(normalize_text(paras[i].text))
    if cover:
        reason = f"journal named by the cover page on line {paras[i].line}"
        return JOURNAL_WEIGHT, cover.group("journal"), "", reason, "publisher"
    if not _citation_label().match(paras[i].text):
        return None
    text = " ".join(normalize_text(p.text) for p in paras[i : i + CITATION_LINES])
    found = _JOURNAL.search(text)
    if found is None:
        return None
    reason = f"journal named by the citation on line {paras[i].line}"
    return JOURNAL_WEIGHT, found.group("journal"), "", reason, "publisher"


def _alike(a: str, b: str) -> bool:
    def letters(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    return SequenceMatcher(None, letters(a), letters(b)).ratio() >= SAME_TITLE_RATIO


def cited_fields(article: Article, rules: Rules) -> None:
    """Writers and full title from a repository's suggested citation (module docstring):
    the writers only when the page gave none, the title only when it is the same title."""
    for p in article.paragraphs[:CITATION_REACH]:
        cited = _citation().match(normalize_text(p.text))
        if not cited:
            continue
        names = [n.strip() for n in re.split(r"\s*(?:;|,|\band\b|&)\s*", cited.group("names"))]
        names = [n for n in names if 2 <= len(n.split()) <= 5 and looks_like_name(n, rules)]
        if names and not article.author:
            article.author = "; ".join(names)
            article.author_source = f"line {p.line}: the repository's suggested citation"
        title = (cited.group("title") or "").strip(" ,")
        if title and article.title and article.title != title and _alike(article.title, title):
            article.title_source += f"; full form from the citation on line {p.line}"
            article.title = title
        return
