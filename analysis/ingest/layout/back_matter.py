"""A page's back matter under a label of its own (held-out 147): the works a summary or an
essay cites, listed under a heading alone on its line below the text ("References",
"Bibliography", "Further reading", "Sources", "Notes"; ``back_matter_labels`` of
``data/page_layout.yaml``). Each line under it names a cited work ("Aug 2021 ASPI <title>",
"Sep 2021 The Diplomat <title>"), never the page's own header: a reference's source and
title read as no byline, and the label above them as no headline (an air force reading
site's summary with no headline of its own took 'References' for its title and the
reference line under it for a byline, 'ASPI Vietnam').

``label_back_matter`` labels the heading and every line after it boilerplate when the
heading stands below a paragraph of running text (``is_prose``): above the text such a
word is a menu's or a section's, left alone. The heading is set apart from the line above
it by a blank, or follows running text: a contents list's "REFERENCES" right under
"CONCLUSION" is an entry of the list (a book store's page, ``dokumen_pub_...``)."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import layout_alternation


@cache
def _label() -> re.Pattern[str]:
    """A back matter's heading alone on its line, a colon allowed (any letter case)."""
    return re.compile(rf"^\s*(?:{layout_alternation('back_matter_labels')})\s*:?\s*$", re.I)


def back_matter_start(paras: list[Paragraph]) -> int:
    """The index of the first back matter heading below a paragraph of running text, else -1.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Summary\\n\\nThe pact grew out of long talks between the three "
    ...     "governments over two years.\\n\\nReferences\\n\\nAug 2021 ASPI A paper\\n")
    >>> back_matter_start(paras)
    2
    >>> back_matter_start(split_lines("References\\n\\nA list of papers\\n"))
    -1
    >>> back_matter_start(paras[:2] + split_lines("CONCLUSION\\nREFERENCES\\n"))
    -1
    """
    prose = False
    for i, p in enumerate(paras):
        if prose and _label().match(p.raw) and _set_apart(paras, i):
            return i
        prose = prose or is_prose(p.text)
    return -1


def _set_apart(paras: list[Paragraph], i: int) -> bool:
    """Paragraph ``i`` has a blank line above it, or running text right above it."""
    above = paras[i - 1]
    return above.line < paras[i].line - 1 or is_prose(above.text)


def label_back_matter(paras: list[Paragraph]) -> None:
    """Label the back matter (``back_matter_start`` to the end) boilerplate, in place."""
    start = back_matter_start(paras)
    if start < 0:
        return
    for p in paras[start:]:
        p.kind = "boilerplate"
