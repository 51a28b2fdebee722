"""A periodical issue's table of contents printed as the page (held-out 88: a journal's
print view of its issue). Its lines are the contents items, "3. NAME IN CAPITALS: Title of
the article" (the page number, the writers in capitals, a colon, the title; two writers
joined by " - "), under section heads in capitals ("THEORY RESEARCH"). Such a page has no
paragraph of running text, so every line was left as furniture; the items and the heads
between them are the page's text.

``label_contents_items`` runs after ``text.label_text``, only on a page with no lede or
body, and only when ``MIN_ITEMS`` lines or more are contents items; ``contents_title``
gives such a page without a headline the header's line naming the issue."""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import TITLE_MAX_WORDS, Article, Paragraph

#: The fewest contents items that make a contents page.
MIN_ITEMS = 3

#: "3. NGUYEN VAN BINH: Reading rooms ...", "29. PHAM THI THU - DO VAN KHOA: Book ...".
CONTENTS_ITEM = re.compile(
    r"\d{1,3}\.\s+(?-i:[A-ZÀ-Ỹ][A-ZÀ-Ỹ.' -]{2,80}?):\s+\S.{3,}",
)

#: A section head in capitals: one to six words, no digits, no stop.
SECTION_HEAD = re.compile(r"(?-i:[A-ZÀ-Ỹ][A-ZÀ-Ỹ'’&,-]*(?: [A-ZÀ-Ỹ][A-ZÀ-Ỹ'’&,-]*){0,5})")


def contents_item(text: str) -> bool:
    """Whether a line is a contents item: a page number, the writers in capitals, a colon
    and the title.

    >>> contents_item("12. TRAN THI HOA: Public libraries as places of civic learning")
    True
    >>> contents_item("12. Public libraries: places of civic learning")
    False
    """
    return CONTENTS_ITEM.fullmatch(text.strip()) is not None


def label_contents_items(paras: list[Paragraph]) -> None:
    """On a page with no running text, label its contents items ``body`` and the section
    heads in capitals between the first and last item ``heading``."""
    if any(p.kind in ("lede", "body") for p in paras):
        return
    items = [i for i, p in enumerate(paras) if contents_item(p.text)]
    if len(items) < MIN_ITEMS:
        return
    for i in range(items[0], items[-1] + 1):
        p = paras[i]
        if i in items:
            p.kind = "body"
        elif SECTION_HEAD.fullmatch(p.text.strip()):
            p.kind = "heading"
    head = items[0] - 1  # the first section's head, right over the first item
    if head >= 0 and SECTION_HEAD.fullmatch(paras[head].text.strip()):
        paras[head].kind = "heading"


#: An issue's number in a header line: "Issue No. 562", "Vol. 12, No. 3", "Number 4".
ISSUE_NUMBER = re.compile(r"\b(?:issue|vol(?:ume)?\.?|no\.|number)\s*\d{1,4}\b", re.IGNORECASE)


def contents_title(article: Article) -> None:
    """Give a contents page that has no headline the header's line naming its issue
    ("Political Theory Journal (Vietnamese Version) Issue No. 562 (Dec.2024)"), the last
    such line above the first contents item; its other header lines (the category, the
    desk's initials, the cover's file name) name no issue."""
    paras = article.paragraphs
    if article.title:
        return
    first = next((i for i, p in enumerate(paras) if p.kind == "body" and contents_item(p.text)), -1)
    if first < 0:
        return
    issue = max((i for i in range(first) if ISSUE_NUMBER.search(paras[i].text)), default=-1)
    if issue < 0 or len(paras[issue].text.split()) > TITLE_MAX_WORDS:
        return
    paras[issue].kind = "title"
    article.title = paras[issue].text.strip()
    article.title_source = f"line {paras[issue].line}: the issue named over a contents page"
    article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
