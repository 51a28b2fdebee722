"""A portal's back link over its article: the lines above it are the portal's chrome.

A government portal's article view (a Liferay or SharePoint news portlet, a city
department's page) prints, over the article's headline, its side boxes and the name of the
news section, then a link back to the section's list: "Useful information" / "No records" /
"Can Tho Foreign Affairs News" / "« Quay lại" / <headline> (held-out 129). The back link
closes the portal's chrome; the section's name above it is no headline, however much it
looks like one. The link's words are ``back_link_words`` of ``data/page_layout.yaml`` (in
the languages such portals print), alone on the line, with an arrow or guillemet or none.

Read only when the back link stands in the header (before the page's first prose line) and
a short line stands under it before that prose (the headline the chrome is over); a back
link closing the article ("Back" under the text) leaves the header alone.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import TITLE_MAX_WORDS, Paragraph, is_prose
from analysis.ingest.page_rules import layout_alternation

#: The most paragraphs above the back link that can be the portal's chrome.
BACK_LINK_REACH = 12

_ARROWS = r"[«‹<←⟵⇐◄◀]"


@cache
def _back_link() -> re.Pattern[str]:
    """A whole back-link line of ``back_link_words``, with an arrow before or after it."""
    words = layout_alternation("back_link_words")
    return re.compile(rf"(?:{_ARROWS}+\s*)?(?:{words})(?:\s*[»›>→])?", re.I)


def is_back_link(text: str) -> bool:
    """Whether ``text`` is a back link alone on its line.

    >>> is_back_link("« Quay lại"), is_back_link("‹ Back"), is_back_link("Back to the border")
    (True, True, False)
    """
    return bool(_back_link().fullmatch(text.strip()))


def _short_line_below(paras: list[Paragraph], start: int) -> bool:
    """Whether a short line (a headline's length, not prose) follows ``start`` before the
    first prose line."""
    for p in paras[start:]:
        if not p.text.strip() or p.kind:
            continue
        return not is_prose(p.text) and len(p.text.split()) <= TITLE_MAX_WORDS
    return False


def label_over_back_link(paras: list[Paragraph]) -> None:
    """Label the unlabelled lines above the header's back link, and the link, boilerplate,
    when a headline-length line stands under the link before the text."""
    for k, p in enumerate(paras[: BACK_LINK_REACH + 1]):
        if p.kind == "" and is_prose(p.text):
            return  # the text began: a back link further down is the text's own
        if not is_back_link(p.text):
            continue
        if not _short_line_below(paras, k + 1):
            return
        for q in paras[: k + 1]:
            q.kind = q.kind or "boilerplate"
        return


def back_link_features(paras: list[Paragraph], i: int) -> list[str]:
    """``under_back_link`` when the line above paragraph ``i`` (blank lines aside) is a
    back link: the headline the portal's chrome stands over."""
    above = next((p for p in reversed(paras[:i]) if p.text.strip()), None)
    return ["under_back_link"] if above is not None and is_back_link(above.text) else []
