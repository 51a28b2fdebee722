"""A repository's suggested citation: the writers and the full title of a cover page.

Institutional repositories serve an article's PDF behind a cover page of their own: the
journal's name, a volume line, the year, the title (often with its punctuation lost in the
PDF's text: "Partnership Old Ties an New Tests"), the writer's name alone on a line, then a
suggested citation: 'Recommended Citation Name (2020) "Full Title," Journal: Vol. 6 ...'
(labels in ``citation_labels`` of ``data/page_layout.yaml``). The names before the year are
the writers when the page gave none; the quoted title replaces a headline that is the same
title with punctuation or a letter lost.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Article
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
