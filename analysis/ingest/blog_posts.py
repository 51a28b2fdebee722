"""A blog platform's post page: its furniture, and the post's date header over its headline.

Blogger prints each post under its date header ("Thursday, July 14, 2016") and the post's
headline right under it; a label page opens with "Showing posts with label VIETNAM. Show
all posts" (``blog_post_lines`` of ``data/header_scoring.yaml``, with "Post a Comment",
"Name said...", "Older Post"). A post that copies a press release then prints the
release's own headline and dateline further down (held-out 60). On such a page the post's
headline is the line right under the date header (title feature ``under_post_date``), a
blog line is never the headline (``blog_line``), and the date header right over the
headline is the post's date, not a site's clock (no ``before_headline`` weight).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para, Scoring
from analysis.ingest.page_rules import alternation

#: The longest line compared with the blog's lines (they are short labels).
_BLOG_LINE_MAX_CHARS = 200

#: How many lines below a line a blog's listing heading may stand for the line to be the
#: blog's own (its name, a gadget's title, the heading printed twice).
LISTING_HEADING_REACH = 3

#: The fewest words of the paragraph under a dated post's title (a post's text, not a
#: related headline's).
POST_TEXT_MIN_WORDS = 12


def blog_line(text: str, scoring: Scoring) -> bool:
    """Whether ``text`` is a blog platform's furniture line ("Showing posts with label X.
    Show all posts", "Post a Comment")."""
    pattern = scoring.blog_post_line
    return pattern is not None and bool(pattern.match(normalize_text(text)))


def blog_page(paras: Sequence[Para], scoring: Scoring) -> bool:
    """Whether the page carries a blog platform's post furniture (``blog_line``)."""
    return any(blog_line(p.text, scoring) for p in paras if len(p.text) < _BLOG_LINE_MAX_CHARS)


def under_post_date(paras: Sequence[Para], index: int, scoring: Scoring) -> bool:
    """Whether line ``index`` stands right under a date line on a blog's page: the post's
    headline under its date header."""
    above = paras[index - 1] if index > 0 else None
    return above is not None and above.kind == "dateline" and blog_page(paras, scoring)


def post_date_header(paras: Sequence[Para], index: int, title_index: int, scoring: Scoring) -> bool:
    """Whether date line ``index`` is a blog post's date header: right above the headline
    (line ``title_index``) on a blog's page, or on a page of dated posts (``dated_posts``)."""
    return index == title_index - 1 and (blog_page(paras, scoring) or dated_posts(paras))


def dated_posts(paras: Sequence[Para]) -> bool:
    """Whether the page lists posts each under its own date header: two date lines or more,
    each right above a heading (a line that is no date and no running text) and the post's
    text under it, as a blog's archive page prints its posts ("Thursday, December 4, 2014" /
    post title / paragraphs / "Wednesday, November 19, 2014" / next title / paragraphs;
    held-out 89, a Blogger year archive saved without the platform's furniture). The first
    date header is the top post's date, not a site's clock. A list of dated headlines
    without text under them (a box of related stories) is no such page."""
    headers = [
        i
        for i in range(len(paras) - 2)
        if paras[i].kind == "dateline"
        and paras[i + 1].kind in ("title", "heading")
        and paras[i + 2].kind in ("lede", "body")
        and len(paras[i + 2].text.split()) >= POST_TEXT_MIN_WORDS
    ]
    return len(headers) >= 2


@cache
def _listing_heading() -> re.Pattern[str]:
    headings = load_data_file("header_scoring.yaml").get("blog_listing_headings") or ["(?!)"]
    return re.compile(rf"^(?:{alternation(headings)})", re.I)


def above_blog_heading(paras: Sequence[Para], index: int) -> bool:
    """Whether line ``index`` stands right above (within ``LISTING_HEADING_REACH`` lines) a
    blog's label, search or archive heading ("Showing posts with label X. Show all posts",
    ``blog_listing_headings`` of ``data/header_scoring.yaml``): the blog's name or a
    gadget's title over the page's posts, not the first post's headline (held-out 105)."""
    below = paras[index + 1 : index + 1 + LISTING_HEADING_REACH]
    heading = _listing_heading()
    return any(
        len(p.text) < _BLOG_LINE_MAX_CHARS and heading.match(normalize_text(p.text).strip())
        for p in below
    )
