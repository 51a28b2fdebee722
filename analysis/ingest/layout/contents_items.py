"""A periodical issue's table of contents printed as the page (held-out 88: a journal's
print view of its issue). Its lines are the contents items, "3. NAME IN CAPITALS: Title of
the article" (the page number, the writers in capitals, a colon, the title; two writers
joined by " - "), under section heads in capitals ("THEORY RESEARCH"). Such a page has no
paragraph of running text, so every line was left as furniture; the items and the heads
between them are the page's text.

``label_contents_items`` runs after ``text.label_text``, only on a page with no lede or
body, and only when ``MIN_ITEMS`` lines or more are contents items."""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

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
