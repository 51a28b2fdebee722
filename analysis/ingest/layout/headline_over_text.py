"""Where a page's running text begins: the first line of running text, and the lines that
read as prose by their length but stand as headlines over it (a question over its byline,
a long first line without any stop over the lede, a line quoted again below)."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.colon_titles import colon_title_over_text
from analysis.ingest.layout.intro_notes import intro_note
from analysis.ingest.layout.keyword_paragraphs import keyword_paragraph
from analysis.ingest.layout.lines import HEADER_REACH, TITLE_MAX_WORDS, Paragraph, is_prose
from analysis.ingest.layout.opening_asides import opening_aside
from analysis.ingest.layout.post_titles import title_over_date
from analysis.ingest.layout.restated_headlines import (
    LEDE_REACH,
    restated_by_lede,
    restated_by_next_paragraph,
)
from analysis.ingest.layout.set_apart_headlines import CLAUSE_CLOSED, set_apart_headline
from analysis.ingest.layout.text import opens_next_paragraph, sentence_over_marked_lede
from analysis.ingest.layout.twice_printed import breadcrumb_trail, printed_twice
from analysis.ingest.page_rules import Rules
from analysis.ingest.title_shapes import quoted_again, title_case_question


def first_text_line(paras: list[Paragraph], rules: Rules) -> int:
    """The index of the first unlabelled line of running text that is no pull quote nor
    profile's blurb (``opening_asides``) and no headline over text (a question right over
    its byline, ``headline_over_text``)."""
    return next(
        (
            i
            for i, p in enumerate(paras)
            if not p.kind
            and (is_prose(p.text) or intro_note(p.text))
            and not opening_aside(paras, i)  # a pull quote, a profile's blurb (fix33a)
            and not breadcrumb_trail(p.text)  # "Main » News » 2023 » Title" (twice_printed)
            and not keyword_paragraph(p.text)  # a content farm's search keywords (fix38a)
            and not headline_over_text(paras, i, rules)
        ),
        len(paras),
    )


def headline_over_text(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """A line that reads as prose by its length but stands as a headline: a question over
    its byline, a long first line without any stop over the lede, a line quoted again
    below ('Download "Title"'), or a sentence over a lede opened by a wire marker."""
    quoted = quoted_again([p.text for p in paras[: HEADER_REACH + 1]], i) if i < 3 else False
    over = _question_over_byline(paras, i) or _long_headline_first(paras, i) or quoted
    over = over or opens_next_paragraph(paras, i) or restated_by_next_paragraph(paras, i)
    over = over or title_over_date(paras, i)  # a ministry's long post title
    over = over or restated_by_lede(paras, i, _next_prose(paras, i))  # over labels (b87)
    over = over or printed_twice(paras, i)  # the headline and its copy (twice_printed)
    over = over or colon_title_over_text(paras, i)  # "Title: subtitle." (colon_titles)
    over = over or set_apart_headline(paras, i)  # over a wider gap (fix35a)
    return over or sentence_over_marked_lede(paras, i, rules)


def _next_prose(paras: list[Paragraph], i: int) -> int:
    """The index of the first unlabelled paragraph of running text after ``i`` within
    ``LEDE_REACH`` paragraphs, else ``len(paras)``."""
    reach = range(i + 1, min(len(paras), i + 1 + LEDE_REACH))
    return next((j for j in reach if not paras[j].kind and is_prose(paras[j].text)), len(paras))


def _long_headline_first(paras: list[Paragraph], i: int) -> bool:
    """The page's first line, one clause without any stop (no ". ", no closing stop, no
    comma at its end) of ``TITLE_MAX_WORDS`` words at most, over a paragraph of running text
    that closes a sentence: a portal's long headline, not its lede. A clickbait headline cut
    with "…" twice or more ("... pact with Vietnam on…, next in line is…") counts, its
    ellipses and the commas after them left aside; so does one question in title case."""
    text = paras[i].text.strip()
    if text.count("…") >= 2:
        text = re.sub(r"…,?", " ", text).strip()
    return (
        i == 0
        and len(paras) > 1
        and count_words(text) <= TITLE_MAX_WORDS
        and (not CLAUSE_CLOSED.search(text) or title_case_question(text))
        and not paras[1].kind
        and is_prose(paras[1].text)
        and bool(re.search(r"[.!?…][\"”’)]*$", paras[1].text.strip()))
    )


#: The most words of a headline set as a question over its byline.
QUESTION_TITLE_MAX_WORDS = 25


def _question_over_byline(paras: list[Paragraph], i: int) -> bool:
    """A single question (one sentence ending with "?", up to ``QUESTION_TITLE_MAX_WORDS``
    words) right over a byline the page already labelled ("Can X remain ...?" / "Author(s):
    A, B"): a paper's headline, not its text."""
    text = paras[i].text.strip()
    return (
        i + 1 < len(paras)
        and paras[i + 1].kind == "byline"
        and text.endswith("?")
        and count_words(text) <= QUESTION_TITLE_MAX_WORDS
        and not re.search(r"[.!?]\s", text)
    )
