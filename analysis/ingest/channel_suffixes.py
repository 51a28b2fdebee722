"""A video's or podcast's title as its platform prints it, with the channel's name after a
spaced dash ("VIETNAM vs. THAILAND: the Race for Mekong Investment – GeoBrief EN"): a
repost of the video carries that whole title, and the channel's name stands again on the
page as the one who published it ("GeoBrief EN published this video item, entitled
“...”", "GeoBrief EN YouTube Channel", held-out 99). The suffix is the source's name, not
part of the headline: it is dropped and kept among the page's site names.

The evidence is a line of the page (not the title's own) that opens with the suffix,
followed by one of ``channel_credit_words`` of ``data/header_scoring.yaml`` (a verb of
publishing or a platform's word for a channel), and either quoting the title's head (the
repost's note) or being a short label (the name and at most ``LABEL_EXTRA_WORDS`` words).
A suffix the page names nowhere else, only inside a sentence ("... says Vietnam"), or as
the subject of an unrelated sentence ("Vietnam published its white paper in 2019."),
stays."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.page_rules import alternation

#: The most words a channel's label line adds to its name ("<Name> YouTube Channel").
LABEL_EXTRA_WORDS = 3

#: A title and a short suffix after a spaced dash or bar: the head has three words or more,
#: the suffix one to four (a channel's name, maybe with its language, "GeoBrief EN").
_SUFFIX = re.compile(r"^(?P<head>\S+(?: \S+){2,}?)\s[|–—-]\s(?P<tail>\S+(?: \S+){0,3})$")


@cache
def _credit_words() -> str:
    return alternation(load_data_file("header_scoring.yaml").get("channel_credit_words") or [])


def channel_suffix(title: str, lines: list[str]) -> str:
    """The suffix of ``title`` that one of ``lines`` credits as the channel, else "".

    >>> channel_suffix("Ports Race Ahead – GeoBrief EN", ["GeoBrief EN YouTube Channel"])
    'GeoBrief EN'
    >>> channel_suffix("Ports Race Ahead – GeoBrief EN", ["Ports race ahead, GeoBrief EN says."])
    ''
    """
    found = _SUFFIX.match(normalize_text(title).strip())
    if not found:
        return ""
    head, tail = found.group("head").casefold(), found.group("tail")
    credit = re.compile(rf"^{re.escape(tail)}\s+(?:{_credit_words()})\b", re.I)
    key = normalize_text(title).strip().casefold()
    for line in lines:
        text = normalize_text(line).strip()
        if text.casefold() == key or not credit.match(text):
            continue
        if head in text.casefold() or count_words(text) <= count_words(tail) + LABEL_EXTRA_WORDS:
            return tail
    return ""
