"""Contact blocks under a press release's text (held-out 68): a label such as "Media
contact:", "Contacts" or "For media enquiries, please contact:" (``contact_labels`` of
``data/page_layout.yaml``) over a press officer's name, an e-mail address and a telephone
number. The name there is whom to call, not who wrote the release, so the block's lines
are page furniture and never bylines.

(held-out 111) An event page may close with its contact unlabelled: a name, the person's
post and a telephone number on the last lines ("<Name>" / "Research Assistant, <Programme>"
/ "+44 (0) 20 7946 0000"). A writer's name closing a text is
followed by no telephone number, so a short name line and a short post line right above a
line holding only a telephone number are the same furniture (``label_phone_contacts``)."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import layout_alternation


@cache
def _contact_label() -> re.Pattern[str]:
    """A whole line that labels a contact block."""
    return re.compile(rf"^\s*(?:{layout_alternation('contact_labels')})\s*$", re.I)


def contact_label(text: str) -> bool:
    """Whether ``text`` alone labels a contact block.

    >>> contact_label("Media contact:"), contact_label("Contacts"), contact_label("Media:")
    (True, True, True)
    >>> contact_label("The ministry said it would contact exporters.")
    False
    """
    return bool(_contact_label().match(text))


def label_contact_blocks(paras: list[Paragraph], last_prose: int) -> None:
    """Below the text (after ``last_prose``), label a contact block's label and the
    unlabelled lines that follow it in the same block (no blank line between) boilerplate;
    then an unlabelled name and post over a telephone number (``label_phone_contacts``)."""
    block = None
    for p in paras[last_prose + 1 :]:
        if contact_label(p.text):
            block, p.kind = p.block, p.kind or "boilerplate"
        elif block is not None and p.block == block and not p.kind:
            p.kind, p.role = "boilerplate", "contact"
        elif p.block != block:
            block = None
    label_phone_contacts(paras, last_prose)


#: A line holding only a telephone number, maybe labelled: "+44 (0) 20 7946 0000",
#: "Tel: 024 3826 4000", "Fax: ...", "Mobile: ..." (a separator required: "12.05.2021" or
#: "20240512" is no number).
_PHONE_LINE = re.compile(
    r"^\s*(?:(?:tel(?:ephone)?|phone|fax|mobile|t|f|m)\.?\s*:?\s*)?"
    r"\+?[\d().-]+(?:[ ().-]+\d+){2,6}\s*$",
    re.I,
)
#: A year of the last two centuries: a run of years ("2023 - 2024 - 2025") is no number.
_YEAR = re.compile(r"(?:19|20)\d\d")

#: The fewest digits of a telephone number.
PHONE_MIN_DIGITS = 7

#: The most words of the name line and of the post line over the number.
CONTACT_LINE_MAX_WORDS = 8


def phone_line(text: str) -> bool:
    """Whether ``text`` is a telephone number alone.

    >>> phone_line("+44 (0) 20 7946 0000"), phone_line("Tel: 024 3826 4000")
    (True, True)
    >>> phone_line("Telephone: 024 3826 4000"), phone_line("Fax: (024) 3826 4001")
    (True, True)
    >>> phone_line("12.05.2021"), phone_line("2024"), phone_line("Room 12, Block 4")
    (False, False, False)
    >>> phone_line("2023 - 2024 - 2025"), phone_line("1 2 3 4 5 6 7")
    (False, False)
    """
    groups = re.findall(r"\d+", text)
    if sum(map(len, groups)) < PHONE_MIN_DIGITS or max(map(len, groups)) < 3:
        return False  # too few digits, or no group of three ("1 2 3 4 5 6 7")
    if all(_YEAR.fullmatch(g) for g in groups):
        return False  # a run of years
    dated = re.fullmatch(r"\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*", text)
    return bool(_PHONE_LINE.match(text)) and not dated


def label_phone_contacts(paras: list[Paragraph], last_prose: int) -> None:
    """Below the text, label an unlabelled name line and post line right above a telephone
    number alone (and the number) boilerplate, role ``contact``."""
    tail = [p for p in paras[last_prose + 1 :] if p.text.strip()]
    for k, p in enumerate(tail):
        if k < 2 or p.kind or not phone_line(p.text):
            continue
        above = tail[k - 2 : k]
        short = all(count_words(x.text) <= CONTACT_LINE_MAX_WORDS for x in above)
        if short and not any(x.kind or is_prose(x.text) for x in above):
            for x in [*above, p]:
                x.kind, x.role = "boilerplate", "contact"
