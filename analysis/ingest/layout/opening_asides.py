"""Paragraphs at a page's opening that read as running text but are not the article's:
a pull quote above the headline, and a profile's blurb at the top of an author's or a
publication's page (fix33a).

An author's or a publication's page on an aggregator prints its name, then a blurb about
it, then its items, each a headline over its deck: "The Harbour Review" / "The Harbour
Review is the port city's weekly magazine of ..." / "Why small ports train together" /
"Joint drills let ...". The blurb is the first paragraph long enough to be text, so it
was read as the lede and the items' headlines fell below the header. It opens with the
name on the page's first line (``NAME_MAX_WORDS`` words at most) and "is" or
"was" and an article ("... is the ...", "... was a ..."), on its own or as the last cell
of a bar of counts ("212 Flips | 9 Followers | @handle | <Name> is the ..."), and the next
unlabelled paragraph is no running text but a headline-length line: the first item. A
news story whose lede opens with the name on the first line ("Harbour Board" / "Harbour
Board is the port's owner and ...") goes on with more running text, and keeps its lede.
The blurb names the profile, so the name on the first line is a name the opening text
gives (``blurb_start``; title feature ``named_in_text``), no headline.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import TITLE_MAX_WORDS, Paragraph, is_prose

#: The most words of the profile's name on the page's first line.
NAME_MAX_WORDS = 6

#: A name: capitalised words (letters, apostrophes, ampersands, dots and hyphens; no
#: digits, commas or brackets).
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*(?: (?:[^\W\d_]|['’&.-])+)*")

#: The verb and article after the name that open a blurb.
_BLURB_VERB = r" (?:is|was) (?:a|an|the)\b"


def pull_quote(text: str) -> bool:
    """A paragraph that is one quotation from end to end: a pull quote above the headline."""
    return text[:1] in '“"«' and text.rstrip()[-1:] in '”"»' and text.count("“") <= 1


def profile_blurb(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` is a profile's blurb (see the module's docstring)."""
    name = _profile_name(paras, i)
    if not name:
        return False
    text = normalize_text(paras[i].text)
    cell = text.rsplit(" | ", 1)[-1].strip()
    if not re.match(re.escape(name) + _BLURB_VERB, cell):
        return False
    nxt = next((p for p in paras[i + 1 :] if not p.kind and p.text.strip()), None)
    return (
        nxt is not None and not is_prose(nxt.text) and 0 < count_words(nxt.text) <= TITLE_MAX_WORDS
    )


def blurb_start(paras: list[Paragraph], first_prose: int) -> int:
    """The index of a profile's blurb above ``first_prose`` (the page's first text), else
    ``first_prose``: the blurb names the profile, so its name on the first line is read as
    a name the opening text gives, no headline (``title._named_in_text``)."""
    reach = range(1, min(first_prose, len(paras)))
    return next((i for i in reach if not paras[i].kind and profile_blurb(paras, i)), first_prose)


def _profile_name(paras: list[Paragraph], i: int) -> str:
    """The page's first line, above ``i``, when it can be a profile's name
    (``NAME_MAX_WORDS`` words at most, capitalised, no digit, comma, bracket, closing stop
    or colon; a site's
    name may already be labelled as its credit), else ""."""
    if i == 0:
        return ""
    name = normalize_text(paras[0].text).strip()
    if len(name.split()) > NAME_MAX_WORDS or not name[:1].isupper() or not _NAME.fullmatch(name):
        return ""
    return "" if name[-1] in ".!?:" else name


def opening_aside(paras: list[Paragraph], i: int) -> bool:
    """Paragraph ``i`` is a pull quote or a profile's blurb, not the page's first text."""
    return pull_quote(paras[i].text) or profile_blurb(paras, i)
