"""A photo caption opening the page above the headline: no start of the text.

A picture's caption in a navy's or an agency's form, a place in capitals and the day in
brackets before the caption's sentence ("GULF OF THAILAND (March 9, 2011) Cmdr. Name,
commanding officer of ..., welcomes ..."), can stand as the page's first line when the
site sets its lead picture over the headline (held-out 77's Encyclopedia Geopolitica page).
Read by its length it is running text, so the header would end before the headline. A
lede never stands above its own headline: when the line under it is shaped as a headline
(no closing stop, ``HEADLINE_MAX_WORDS`` words at most), the opening line is the caption.

A caption with a photo's marker (a person's place in the picture, "(R)", "(left)"; a
closing "(Photo: VNA)"; ``caption_markers`` of ``data/header_scoring.yaml``) can also stand
first with no headline at all, right over the running text, when the page was copied from
its lead picture down (held-out 101's 2017 agency page: "Deputy Minister Name (R) shakes
hands with Name, director of ..." over "– Vietnam will send ..."). Long as a sentence and
marked as a caption, it is no headline (``label_caption_over_text``). The same marked
caption standing over a line shaped as a headline is the lead picture's caption over it
(fix32b, held-out 97's briefing book: "... two pilots. From left: ... [Source, Report, p.
14]" over "The Ferry Commission Papers").
"""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose

#: A caption's opening: a place in capitals (a country after a comma allowed) and a full
#: date in brackets, then the caption's words: "GULF OF THAILAND (March 9, 2011) Cmdr.",
#: "DA NANG, Vietnam (Sept. 12, 2019) Sailors ...".
_CAPTION_OPENING = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30})?\s+"
    r"\([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\)\s+\S"
)

#: The most words of the line under the caption for it to be read as a headline.
HEADLINE_MAX_WORDS = 20

#: The fewest words of a marked caption over the text: a headline is shorter.
CAPTION_MIN_WORDS = 12

#: A letter or digit: a line without one ("![]() |", an empty image cell) is no caption.
_WORD = re.compile(r"[^\W_]")

#: A line closing a sentence, a clause or a bracket: no headline.
_CLOSED = re.compile(r"[.!?,;:)\]]\s*$")


def caption_opening(text: str) -> bool:
    """Whether ``text`` opens as a dated photo caption: a place in capitals, a full date in
    brackets, then words ("GULF OF THAILAND (March 9, 2011) Cmdr. ...").

    >>> caption_opening("GULF OF THAILAND (March 9, 2011) Sailors stand on the deck.")
    True
    >>> caption_opening("HANOI (Reuters) - Officials met on Monday.")
    False
    """
    return _CAPTION_OPENING.match(text.strip()) is not None


def _headline_shaped(text: str) -> bool:
    text = text.strip()
    return 0 < count_words(text) <= HEADLINE_MAX_WORDS and not _CLOSED.search(text)


def label_opening_caption(paras: list[Paragraph]) -> None:
    """Label ``caption``, in place, the page's first unlabelled line when it opens as a
    dated photo caption (``caption_opening``) and the next unlabelled line is shaped as a
    headline (see the module's docstring)."""
    first = next((i for i, p in enumerate(paras) if not p.kind), None)
    if first is None or not caption_opening(paras[first].text):
        return
    below = next((p for p in paras[first + 1 :] if not p.kind), None)
    if below is not None and _headline_shaped(below.text):
        paras[first].kind = "caption"


def label_caption_over_text(paras: list[Paragraph], caption_marker: re.Pattern[str] | None) -> None:
    """Label ``caption``, in place, the page's first unlabelled line when it carries a photo
    caption's marker (``caption_marker``: "(R)", "(left)", "(Photo: VNA)"), runs to
    ``CAPTION_MIN_WORDS`` words or more, and the next unlabelled line is running text or
    shaped as a headline: a caption over the text of a page copied from its lead picture,
    or over the headline under that picture; no headline itself."""
    first = next((i for i, p in enumerate(paras) if not p.kind and _WORD.search(p.text)), None)
    if first is None or caption_marker is None:  # an empty image cell over it: no line (fix42a)
        return
    text = paras[first].text.strip()
    if count_words(text) < CAPTION_MIN_WORDS or not caption_marker.search(text):
        return
    below = next((p for p in paras[first + 1 :] if not p.kind), None)
    if below is not None and (is_prose(below.text) or _headline_shaped(below.text)):
        paras[first].kind = "caption"
