"""A headline that is an e-mail's subject line, as a pool report archive, a mailing list's
web archive or a pasted message prints it: the mail program's forward and reply markers
before the subject ("Fwd: Travel pool report #4 - ...", "RE: FW: Port visit notes") are
no part of the headline (held-out 89, whitehousepool.report's forwarded pool reports).

The markers are ``mail_subject_prefixes`` of ``data/page_layout.yaml`` (English, French,
German and Scandinavian mail programs' abbreviations), each closed by a colon, any number
of them in a row; the subject after them must keep ``SUBJECT_MIN_WORDS`` words, so a
headline that is only "Re: Vietnam" or names a "Fwd" of its own is left whole."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words
from analysis.ingest.page_rules import layout_alternation

#: The fewest words of the subject left after the markers.
SUBJECT_MIN_WORDS = 3


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(rf"^(?:\s*(?:{layout_alternation('mail_subject_prefixes')})\s*:\s*)+", re.I)


def without_mail_markers(title: str) -> str:
    """The headline without the forward and reply markers opening an e-mail's subject.

    >>> without_mail_markers("Fwd: Travel pool report #4 - visit to the crane yard")
    'Travel pool report #4 - visit to the crane yard'
    >>> without_mail_markers("RE: FW: Notes from the port visit")
    'Notes from the port visit'
    >>> without_mail_markers("Re: Vietnam")
    'Re: Vietnam'
    >>> without_mail_markers("Trade: Exports of rice rise again")
    'Trade: Exports of rice rise again'
    """
    found = _markers().match(title)
    rest = title[found.end() :] if found else ""
    return rest if count_words(rest) >= SUBJECT_MIN_WORDS else title
