"""A mirror's copy stored from its text: the page's text, then the post's block (its date
line, its headline, its "by" line), then the text again (held-out 123: a WordPress
mirror's copy of a statement saved from the statement's first line, the post's date,
title and "by <Organisation> • <tags>" in the middle, the statement printed again under
them). The page's opening lines stand again right under the post's block, so the line
between the block's date line and its "by" line (or the copy) is the page's headline,
not the place-and-date line the page opens with, and the block's date line is the
page's date when no other was read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import (
    TITLE_MAX_WORDS,
    Article,
    Paragraph,
    dateline_date,
    is_prose,
)
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import load_rules

#: The title feature of a headline found between a post's date line and a second copy.
POST_BLOCK_FEATURE = "post_block_over_copy"

#: How many opening lines must stand again, in order, for the text to count as printed
#: twice; one of them at least is running text (a repeated pair of chrome lines, a credit
#: printed twice, is no copy of the text).
COPIED_LINES = 3

#: A post's "by" line: "by <Organisation> • <tags>", "By Name".
_BY_LINE = re.compile(r"^by\s+\S", re.IGNORECASE)


def _key(p: Paragraph) -> str:
    return normalize_text(p.text).strip().casefold()


def second_copy(paras: Sequence[Paragraph]) -> int:
    """The index where the page's first ``COPIED_LINES`` lines, one of them running text,
    stand again, in order, or -1."""
    opening = [_key(p) for p in paras[:COPIED_LINES]]
    if len(opening) < COPIED_LINES or not any(is_prose(p.text) for p in paras[:COPIED_LINES]):
        return -1
    for j in range(COPIED_LINES, len(paras) - COPIED_LINES + 1):
        if [_key(p) for p in paras[j : j + COPIED_LINES]] == opening:
            return j
    return -1


def post_block_headline(paras: Sequence[Paragraph], scoring: Scoring) -> Candidate | None:
    """The post's headline of a page whose text stands twice (``second_copy``): the short
    line (no running text) right over the copy, or over a "by" line right over it, with a
    date line right above; None when the page has no such block."""
    j = second_copy(paras)
    k = j - 1
    if k > 0 and (paras[k].kind == "byline" or _BY_LINE.match(paras[k].text.strip())):
        k -= 1
    if j < 0 or k < 1 or paras[k - 1].kind != "dateline":
        return None
    text = paras[k].text
    if is_prose(text) or not 0 < count_words(text) <= TITLE_MAX_WORDS:
        return None
    return Candidate(k, text, scoring.title_min, (POST_BLOCK_FEATURE,), text)


def post_block_date(article: Article) -> bool:
    """Date a page with no date at all, in place, by the post block's date line when the
    headline stands right under it, over the text's second copy (``second_copy``): the date
    line stands in the middle of the page, outside the header the date scorer reads.
    Whether it did."""
    paras = article.paragraphs
    if article.header_date is not None or article.footer_date is not None:
        return False
    k = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    if k < 1 or paras[k - 1].kind != "dateline" or second_copy(paras) <= k:
        return False
    found = dateline_date(paras[k - 1].text, load_rules())
    if found is None:
        return False
    article.header_date, article.header_evidence = found, paras[k - 1].text
    article.date_reason = f"line {paras[k - 1].line}: the post's date over its headline"
    return True
