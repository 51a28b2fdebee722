"""(held-out 116) A paper's introduction naming the article it prints, in quotation marks:
"Lao Dong respectfully introduces the article "People's Diplomacy in a New Period" by
Politburo Member, President of the ... Committee Nguyen Van A:" over the text. Vietnamese
papers print a leader's article under such a line, and a page saved from it has no other
headline; the quoted title is the article's. The line opens with up to
``INTRODUCER_MAX_WORDS`` words (the paper's name), then one of ``introducing_verbs`` of
``data/header_scoring.yaml`` ("introduces", "presents"), the kind of text
(``introduced_works``: "the article", "the full text of the speech"), maybe a colon, and
the title in quotation marks (``TITLE_MIN_WORDS`` words or more). It stands among the
page's first ``INTRODUCTION_REACH`` paragraphs of text. The quoted title is taken when the
layout found no headline, or found one below the introduction (a subheading of the text:
a headline stands over the line that introduces its article, never under it)."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import TITLE_MAX_WORDS
from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.page_rules import alternation

#: How many paragraphs of text (from the page's top) are searched for the introduction.
INTRODUCTION_REACH = 3

#: The most words before the verb: the introducing paper's name ("NDO - Nhan Dan Online").
INTRODUCER_MAX_WORDS = 8

#: The fewest words of the quoted title.
TITLE_MIN_WORDS = 3

#: Before the kind of text: "the", and the version printed ("the full text of the", "the
#: translation of the").
_VERSION = r"(?:the\s+)?(?:(?:full\s+text|translation|english\s+version)\s+of\s+(?:the\s+)?)?"


@cache
def _introduction() -> re.Pattern[str]:
    data = load_data_file("header_scoring.yaml")
    verbs = alternation(data.get("introducing_verbs") or ["(?!)"])
    works = alternation(data.get("introduced_works") or ["(?!)"])
    return re.compile(
        rf"^(?:\S+\s+){{1,{INTRODUCER_MAX_WORDS}}}?(?:{verbs})\s+{_VERSION}(?:{works})\s*:?\s*"
        r"[\"“](?P<title>[^\"“”]{8,400}?)[\"”]",
        re.I,
    )


def introduced_title(text: str) -> str:
    """The title an introduction names in quotation marks (see the module's docstring),
    or "".

    >>> introduced_title('Lao Dong respectfully introduces the article "Ports of the '
    ...     'Delta: Bridges of Trade" by Deputy Minister Tran Van A:')
    'Ports of the Delta: Bridges of Trade'
    >>> introduced_title('The agency introduces the translation of the article: “EVERY '
    ...     'PORT NEEDS A PIER”.')
    'EVERY PORT NEEDS A PIER'
    >>> introduced_title('The minister said the article "Ports of the Delta" was wrong.')
    ''
    >>> introduced_title('Lao Dong introduces the article "Ports" by Tran Van A:')
    ''
    """
    found = _introduction().match(normalize_text(text).strip())
    title = found.group("title").strip() if found else ""
    return title if TITLE_MIN_WORDS <= count_words(title) <= TITLE_MAX_WORDS else ""


#: The kinds of paragraph read as the page's text for the introduction.
_TEXT_KINDS = ("lede", "body", "")


def title_from_introduction(article: PageArticle) -> None:
    """The page takes the title its introduction quotes (see the module's docstring), in
    place, when it has no headline or its headline stands below the introduction."""
    paras = article.paragraphs
    title_at = next((i for i, p in enumerate(paras) if p.kind == "title"), None)
    text = [(i, p) for i, p in enumerate(paras) if p.kind in _TEXT_KINDS]
    for i, p in text[:INTRODUCTION_REACH]:
        title = introduced_title(p.text)
        if not title or (article.title and (title_at is None or title_at < i)):
            continue  # no introduction, or a headline over it (or from elsewhere) kept
        if title_at is not None:
            paras[title_at].kind = "heading"  # a subheading of the text read as the headline
        article.title = title
        article.title_source = f"line {p.line}: the introduction quotes the article's title"
        article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
        return
