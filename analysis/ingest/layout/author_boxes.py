"""The writer an "About the author" box presents: the paragraph right under that heading
opens with the writer's name, a title or rank before it and a degree after a comma maybe,
then a verb of a biography ("Commander Pham Minh Hai, PhD is Vice Dean of ...", a naval
paper's text on a document host, held-out 75). ``bylines.note_names`` reads only "Name is
a/an/the <role>"; a box's heading says the note is the writer's, so any post may follow.
The heading is ``author_box_headings`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: Authors read from a box: (names, where they were read).
Authors = tuple[list[str], str]

#: The box's first sentence: a name of two to six capitalised words (a title or rank among
#: them), a degree after a comma maybe, then the biography's verb.
_BIO_OPENING = re.compile(
    r"^(?P<name>[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){1,5})"
    r"(?:,\s[A-Z][\w.]{1,6}\.?)?\s(?:is|was|has|holds|serves|teaches|works)\s"
)


@cache
def _box_heading() -> re.Pattern[str]:
    """The heading of an author's box, the whole line (case-insensitive)."""
    return re.compile(rf"^\s*(?:{layout_alternation('author_box_headings')})\s*:?\s*$", re.I)


def box_writer(text: str, rules: Rules) -> list[str]:
    """The writer a box's first paragraph opens with, titles and ranks dropped, or [].

    >>> from analysis.ingest.page_rules import load_rules
    >>> box_writer("Commander Pham Minh Hai, PhD is Vice Dean of the faculty.", load_rules())
    ['Pham Minh Hai']
    """
    found = _BIO_OPENING.match(normalize_text(text))
    return byline_names(found.group("name"), rules)[:1] if found else []


def _name_card(heading: str, bio: str) -> bool:
    """Whether ``heading`` is the very name the biography under it opens with: an author's
    card ("<Name>" / "<Name> is a senior fellow at ..." / "More >"). The biography is read
    only when it starts with the heading's words (a cheap test for every line of a page)."""
    name = normalize_text(heading).strip()
    if not name or not normalize_text(bio).lstrip().startswith(name):
        return False
    found = _BIO_OPENING.match(normalize_text(bio))
    return bool(found) and name == found.group("name")


def author_box(paras: list[Paragraph], last_prose: int, rules: Rules) -> Authors | None:
    """The writer presented right under an "About the author" heading, or on an author's
    card whose name line the biography under it opens with (held-out 111: a think tank's
    post with the card spliced into its text), with the reason. A name line marked as the
    person interviewed (``interview_headlines``) is no author's card."""
    heading = _box_heading()
    for i, p in enumerate(paras[:-1]):
        card = p.role != "interviewee" and _name_card(p.text, paras[i + 1].text)
        if not (card or heading.match(normalize_text(p.text))):
            continue
        names = box_writer(paras[i + 1].text, rules)
        if names:
            line = paras[i + 1].line
            return names, f"writer presented under {p.text.strip()!r}, line {line}"
    return None
