"""A credit's label joined to its names by a CJK vertical bar, read as the label's colon
(held-out 92).

Chinese state television's and papers' English pages, and the aggregators that translate
them, print the crew's credits as "Reporter丨Wang Lei, Zhao Min", "Producer丨Chen Yong",
"Video editor｜Name": the bar is U+4E28 "丨" (a CJK radical typed for a bar) or U+FF5C "｜"
(the full-width vertical line), with no space either side. The byline reader knows the
labels only before a colon or a space ("Reporter: Name", ``byline_prefixes``), and the
credit labels only before a colon ("Producer: Name", ``credits``), so the bar left the
label glued to the first name ("Reporter丨Wang Lei" read as a writer's name, the producer
too). ``colon_label_bars`` rewrites such a line's text, before the lines are read, as the
label, a colon and the names; a bar inside a line of text, or after anything but a label of
one to three words, is left alone.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: A label of one to three Latin words opening the line, then a CJK bar and the names.
_LABEL_BAR = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*){0,2})\s*[丨｜]\s*(?=\S)"
)


def label_bar_text(text: str) -> str:
    """``text`` with the CJK bar after its opening label read as a colon, else unchanged.

    >>> label_bar_text("Reporter丨Wang Lei, Zhao Min")
    'Reporter: Wang Lei, Zhao Min'
    >>> label_bar_text("Video editor｜Li Na")
    'Video editor: Li Na'
    >>> label_bar_text("The barges run twice a week丨twice a month.")
    'The barges run twice a week丨twice a month.'
    """
    found = _LABEL_BAR.match(text)
    return f"{found.group('label')}: {text[found.end() :]}" if found else text


def colon_label_bars(paras: list[Paragraph]) -> None:
    """Rewrite, in place, the text of each line opened by a label and a CJK bar
    (``label_bar_text``); the raw text is kept."""
    for p in paras:
        if "丨" in p.text or "｜" in p.text:
            p.text = label_bar_text(p.text)
