"""A photo credit glued to the end of a paragraph of text, not a caption's credit.

A city magazine's interview opens with its introduction, two sentences, and the credit of
the portrait above it glued to the last one: "Between a school opening in Lao Cai and a
flight to Warsaw, Agnieszka Zielinska answered our ten questions. Her Polish foundation
... since 2009. Photo by Tuan Vu" (held-out 60). A credit closing a line makes it a caption
(``photo_credit_end`` of ``data/page_layout.yaml``), which hid the introduction. A caption
is a line or a sentence about a picture; a paragraph of two sentences or more closed by a
bare credit, the credit a sentence of its own after a full stop (no brackets), is text:
``lines._photo_caption`` leaves it, and ``glued_credits.split_glued_credits`` splits the
credit off as a caption of its own. A caption that says which picture it describes
("Right:  Sailors ... 2016. The school ... DoD photo by Name.", ``caption_openings``)
stays a caption.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.core.data_files import load_data_file
from analysis.core.regex_gate import may_match
from analysis.ingest.bylines import byline_names
from analysis.ingest.page_rules import Rules, load_rules

#: The end of a sentence followed by the next one's capital (or the paragraph's end).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"“‘']?[A-ZÀ-Ỹ]|\s*$)")

#: The fewest sentences before the credit for a paragraph of text, not a caption.
MIN_SENTENCES = 2

#: How far from the paragraph's end a credit is looked for (as ``lines._photo_caption``).
_TAIL_CHARS = 240


def credit_at_end(tail: str, rules: Rules) -> re.Match[str] | None:
    """``photo_credit_end``'s match in ``tail``, searched only where its literal gate
    (``regex_gate.may_match``) lets it: most lines hold none of the literals a credit
    needs, and the search tries every position of the tail. Memoised for the last few
    tails: a line's caption test asks it twice (``credit_tail_start`` and
    ``lines._photo_caption``).

    >>> from analysis.ingest.page_rules import load_rules
    >>> credit_at_end("Talks in Hanoi. Photo by Tuan Vu", load_rules()).start()
    15
    """
    return _gated_search(rules.photo_credit_end, tail)


@lru_cache(maxsize=16)
def _gated_search(pattern: re.Pattern[str], tail: str) -> re.Match[str] | None:
    """``pattern.search(tail)`` where ``may_match`` lets it, else None."""
    return pattern.search(tail) if may_match(pattern, tail) else None


def credit_tail_start(text: str, rules: Rules) -> int:
    """Where a bare photo credit glued after two sentences or more of text starts in
    ``text`` (its first character, the space before it excluded); -1 when the paragraph is
    no such text (one sentence, a credit in brackets, a caption's opening label).

    >>> from analysis.ingest.page_rules import load_rules
    >>> rules = load_rules()
    >>> intro = "Ms Lan answered our ten questions. Her group has opened 140 rooms since 2009."
    >>> credit_tail_start(intro + " Photo by Tuan Vu", rules) == len(intro) + 1
    True
    >>> credit_tail_start("Ms Lan at a school in Lao Cai. Photo by Tuan Vu", rules)
    -1
    >>> credit_tail_start("Right: " + intro + " Photo by Tuan Vu", rules)
    -1
    """
    tail = text[-_TAIL_CHARS:]
    found = credit_at_end(tail, rules)
    if found is None or rules.caption_opening.match(text):
        return -1
    start = len(text) - len(tail) + found.start()
    head, credit = text[:start].rstrip(), text[start:].strip()
    if "(" in credit or ")" in credit or not credit[:1].isupper():
        return -1
    if not _SENTENCE_END.search(head[-4:]) or len(_SENTENCE_END.findall(head)) < MIN_SENTENCES:
        return -1
    return len(text) - len(text[start:].lstrip())


#: The most words of a writer's credit before the credit joined after it.
BYLINE_MAX_WORDS = 8


@cache
def _credit_join() -> re.Pattern[str]:
    """The marks between the writer's credit and the next credit on one line
    (``credit_joins`` of ``data/page_layout.yaml``)."""
    joins = load_data_file("page_layout.yaml").get("credit_joins") or ["(?!)"]
    return re.compile("|".join(f"(?:{j})" for j in joins))


def _writer_credit(text: str, label_end: int) -> str:
    """``text`` before the first credit join after its byline label (the whole text when
    no other credit is joined to it)."""
    found = _credit_join().search(text, label_end)
    return text[: found.start()] if found else text


def writer_credit_first(text: str, rules: Rules) -> bool:
    """Whether ``text`` opens with the writer's credit, other credits (the photographer's,
    the designer's, the project's) perhaps joined after it on the same line: a byline, not
    a caption or a menu of links. The line opens with a byline label, and either the label
    closes with its colon ("Text: A - Photos: B/VNP" and "Story: A; Photos: B; Design: C",
    held-out 69; "Nhóm tác giả: A và cộng sự | Thiết kế và hướng dẫn: B | Dự án C",
    held-out 53) or the writer's credit before a join of ``credit_joins`` is a few words
    that name a writer ("Written by Lan Anh. Photo by Tom Becker.", held-out 71; the site's
    own name, "Written by Saigoneer. Photo by Minh Khoa.", names none).

    >>> from analysis.ingest.page_rules import load_rules
    >>> rules = load_rules()
    >>> writer_credit_first("Text: Minh Anh - Photos: Thanh Hoa/VNP", rules)
    True
    >>> writer_credit_first("Written by Lan Anh. Photo by Tom Becker.", rules)
    True
    >>> writer_credit_first("Delegates at the meeting. Photo by Tom Becker.", rules)
    False
    >>> writer_credit_first("Written by Saigoneer. Photo by Minh Khoa.", rules)
    False
    >>> writer_credit_first("Photos: Thanh Hoa/VNP", rules)
    False
    """
    prefix = rules.byline_prefix.match(text)
    if prefix is None:
        return False
    if ":" in text[: prefix.start("name")]:
        return True
    head = _writer_credit(text, prefix.start("name"))
    return (
        head != text
        and len(head.split()) <= BYLINE_MAX_WORDS
        and bool(byline_names(head, rules))  # "Written by Saigoneer." names no writer
    )


def first_credit(text: str, rules: Rules) -> str:
    """The writer's credit of a line that opens with it (``writer_credit_first``), the
    credits joined after it left out: "Nhóm tác giả: A và cộng sự | Thiết kế và hướng dẫn:
    B | Dự án C" -> "Nhóm tác giả: A và cộng sự"; any other line as it is."""
    if not writer_credit_first(text, rules):
        return text
    return _writer_credit(text, rules.byline_prefix.match(text).start("name"))


def caption_rest(rest: str, image_alt: re.Pattern[str]) -> bool:
    """``rest``, what a longer line adds after a headline's words, makes it a caption: a
    bracket, a picture's alt text (``image_alt``) or a photo credit closing it ("<Headline>
    Photo: Name/AGENCY", "<Headline> Fotoğraf: Name/AA"; fix34a). A headline printed again
    as its lead picture's caption is a copy, not a longer headline the line would cut.

    >>> caption_rest(" photo: tran an/vna", re.compile("(?!)"))
    True
    >>> caption_rest(" as talks resume", re.compile("(?!)"))
    False
    """
    credit = credit_at_end(rest, load_rules())
    return "(" in rest or bool(image_alt.search(rest)) or credit is not None
