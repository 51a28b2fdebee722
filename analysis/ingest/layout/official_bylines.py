"""An official's article signed under its introduction: the writer's name alone on a line,
over a line of state or party posts, over the text ("Tran Van Hoang" / "Politburo member,
Deputy Prime Minister" / "When I visit schools ...", an agency's translation of a Deputy
Prime Minister's article, held-out 76). The posts line is the evidence: a name alone is a
heading or a speaker, a name over its holder's posts and the text is the signature. The
posts are ``official_posts`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.metadata import fold_word
from analysis.ingest.page_rules import Rules

#: The most words of one post between commas ("Minister of Natural Resources and
#: Environment" has six).
_POST_MAX_WORDS = 9

#: The fewest words of the paragraph under the posts line: the text, not a caption.
_TEXT_MIN_WORDS = 20


#: A transcript's turn opening the paragraph: "DANIEL FERRIS, PRIME MINISTER: Thank you
#: ..." (a speech page's speaker over the posts is no writer, held-out 63).
_SPEAKER = re.compile(r"^[^.!?:]{2,80}:\s")


@cache
def _posts() -> frozenset[str]:
    """The post words, folded (``official_posts``)."""
    words = load_data_file("page_layout.yaml").get("official_posts") or []
    return frozenset(fold_word(word) for word in words)


def posts_line(text: str) -> bool:
    """Whether ``text`` is a run of posts between commas, each naming a post word and
    opening with a capital ("Politburo member, Deputy Prime Minister").

    >>> posts_line("Politburo member, Deputy Prime Minister"), posts_line("Hanoi, Vietnam")
    (True, False)
    """
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    return all(
        part[:1].isupper()
        and count_words(part) <= _POST_MAX_WORDS
        and any(fold_word(word) in _posts() for word in part.split())
        for part in parts
    )


def _signature(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` is a bare name (no post in it: "Prime Minister Name" over posts
    is whom a speech page is about) over a posts line over the text, the text no
    transcript's turn."""
    if i + 2 >= len(paras) or any(q.kind for q in paras[i : i + 3]):
        return False
    name, posts, text = (q.text.strip() for q in paras[i : i + 3])
    return (
        2 <= count_words(name) <= 4
        and not any(fold_word(word) in _posts() for word in name.split())
        and looks_like_name(name, rules)
        and not _SPEAKER.match(text)
        and posts_line(posts)
        and count_words(text) >= _TEXT_MIN_WORDS
    )


def label_official_bylines(paras: list[Paragraph], rules: Rules) -> None:
    """Label a name over a posts line over the text, near the top, as the byline (the name
    the writer, the posts line its affiliation)."""
    for i in range(min(len(paras), HEADER_REACH + 6)):
        if _signature(paras, i, rules):
            paras[i].kind, paras[i].role = "byline", "author"
            paras[i + 1].kind, paras[i + 1].role = "byline", "affiliation"
            return
