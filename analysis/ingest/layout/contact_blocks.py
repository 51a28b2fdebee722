"""Contact blocks under a press release's text (held-out 68): a label such as "Media
contact:", "Contacts" or "For media enquiries, please contact:" (``contact_labels`` of
``data/page_layout.yaml``) over a press officer's name, an e-mail address and a telephone
number. The name there is whom to call, not who wrote the release, so the block's lines
are page furniture and never bylines."""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.layout.lines import Paragraph
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
    unlabelled lines that follow it in the same block (no blank line between) boilerplate."""
    block = None
    for p in paras[last_prose + 1 :]:
        if contact_label(p.text):
            block, p.kind = p.block, p.kind or "boilerplate"
        elif block is not None and p.block == block and not p.kind:
            p.kind, p.role = "boilerplate", "contact"
        elif p.block != block:
            block = None
