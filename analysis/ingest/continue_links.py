"""(held-out 93) A blog's excerpt closed by its "Continue reading <title>" link (and, held-out
105, a tag page's 'Read More "<title>"').

WordPress themes close a post's excerpt on a tag, category or home page with a link whose
text names the post: "... at the busy crossing on … Continue reading Ferry Fares Rise as
Two Provinces Share a New Landing." (some themes put the title in quotation marks or add
an arrow). A page saved from the excerpt down has no headline line at all; the link's
text is then its title. It is read only when the layout found no headline, from the first
``CONTINUE_REACH`` paragraphs of text, when the link's text opens with a capital and has
``CONTINUE_MIN_WORDS`` words or more ("Continue reading the main story", a paywall's
"To continue reading, log in" and a bare "Continue reading →" name no post).
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import TITLE_MAX_WORDS
from analysis.ingest.line_evidence import PageArticle

#: How many paragraphs of text are searched for the link.
CONTINUE_REACH = 6

#: The fewest words of a post's title in the link.
CONTINUE_MIN_WORDS = 3

#: The link closing an excerpt: "Continue reading", the title (maybe quoted), an arrow
#: or a full stop.
_CONTINUE = re.compile(
    r"\bContinue reading\s+(?:→\s*)?[\"“]?(?P<title>[A-ZÀ-ÝĐ0-9][^\"“”→\n]{2,300}?)[\"”]?"
    r"\s*(?:→|\.)?\s*$"
)

#: (held-out 105) A tag page's link in the same place with the title always in quotes:
#: "... could go astray in a ministry… Read More \"Title\"" (an unquoted "Read more" names
#: no post).
_READ_MORE = re.compile(r"\bRead [Mm]ore\s+[\"“](?P<title>[A-ZÀ-ÝĐ0-9][^\"“”\n]{2,300}?)[\"”]\s*$")


def continue_link_title(text: str) -> str:
    """The post's title the excerpt's closing "Continue reading <title>" link names, or "".

    >>> continue_link_title("... on … Continue reading Ferry Fares Rise on the River.")
    'Ferry Fares Rise on the River'
    >>> continue_link_title("... the landings. Continue reading “Why the ports matter” →")
    'Why the ports matter'
    >>> continue_link_title("Traders say the rules are simpler. Continue reading")
    ''
    >>> continue_link_title("Continue reading the main story")
    ''
    >>> continue_link_title('... in a ministry… Read More "The Keepers of Con Son"')
    'The Keepers of Con Son'
    >>> continue_link_title("... in a ministry. Read more")
    ''
    """
    line = normalize_text(text)
    found = _CONTINUE.search(line) or _READ_MORE.search(line)
    if found is None:
        return ""
    title = found.group("title").strip()
    return title if CONTINUE_MIN_WORDS <= count_words(title) <= TITLE_MAX_WORDS else ""


def title_from_continue_link(article: PageArticle) -> None:
    """A page without a headline takes the title its first excerpt's "Continue reading"
    link names (see the module's docstring), in place."""
    if article.title:
        return
    text = [p for p in article.paragraphs if p.kind in ("lede", "body")][:CONTINUE_REACH]
    for p in text:
        title = continue_link_title(p.text)
        source = f"line {p.line}: the excerpt's link 'Continue reading ...'"
        if not title and p is text[0]:  # a bare link: the item's title over its excerpt
            title = _title_over_excerpt(article, p)
            source = f"the line over line {p.line}'s excerpt closed by 'Continue reading'"
        if title:
            article.title, article.title_source = title, source
            article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
            return


#: (fix41c) A bare link closing the excerpt: "... on the beach in … Continue reading".
_BARE_CONTINUE = re.compile(r"(?:…|\.\.\.)\s*Continue reading\s*(?:→|\.\.\.)?\s*$")

#: The kinds the item's title over its excerpt may have been given by the header's reader.
_TITLE_KINDS = ("", "heading", "boilerplate")


def _title_over_excerpt(article: PageArticle, excerpt: object) -> str:
    """(fix41c, held-out 139) A category or home page saved from its first item down: the
    item's title, a short line with no sentence's end right over the first excerpt closed
    by a bare "… Continue reading", is the page's title; else ""."""
    paras = article.paragraphs
    k = paras.index(excerpt) - 1
    if k < 0 or not _BARE_CONTINUE.search(normalize_text(paras[k + 1].text)):
        return ""
    line = normalize_text(paras[k].text).strip()
    short = 0 < count_words(line) <= TITLE_MAX_WORDS and not line.endswith((".", ":", "?", "!"))
    return line if short and paras[k].kind in _TITLE_KINDS else ""


#: (held-out 115) An aggregator's notice closing a cached copy of a story: "<headline> have
#: 268 words, post on vietnamnews.vn at October 6, 2021. This is cached page on VietMaz."
#: (aggregators sharing one template). The page's own headline is often lost in the copy;
#: the notice names it.
_CACHED_NOTICE = re.compile(
    r"^(?P<title>[A-ZÀ-ÝĐ0-9].{8,300}?) have \d{1,6} words, post on [\w.-]+\.[a-z]{2,} at "
    r"[^.]{6,40}\. This is cached page on "
)


def title_from_cached_notice(article: PageArticle) -> None:
    """The headline an aggregator's cached-page notice names (``_CACHED_NOTICE``) is the
    title, in place: the notice is written from the story's own headline, so it outranks
    a header line chosen by shape."""
    for p in reversed(article.paragraphs):
        found = _CACHED_NOTICE.match(normalize_text(p.text))
        title = found.group("title").strip() if found else ""
        if title and count_words(title) <= TITLE_MAX_WORDS:
            for q in article.paragraphs:
                q.kind = "boilerplate" if q.kind == "title" else q.kind
            article.title = title
            article.title_source = f"line {p.line}: the cached page's notice names it"
            article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
            return
