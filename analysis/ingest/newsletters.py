"""The sender of an e-mail newsletter shown on a mailing platform's archive page.

A page on a mailing platform (``url_domains.mailing_hosts`` of ``data/outlets.yaml``:
"myemail.constantcontact.com", "us5.campaign-archive.com") is one sender's newsletter;
its headline names the sender before the newsletter's name ("AmCham Vietnam Weekly Update
- 41st Week of 2020 - October 11, 2020"), and that sender is the outlet, as a document on
a document host names its publisher. The platform's domain names the outlet only when the
page names no sender. A newsletter whose headline names none still signs its footer with
the sender's copyright notice ("Copyright © 2024 Mekong Policy Forum, All rights
reserved.", the form mailing platforms print under every campaign): that holder is the
sender (``copyright_sender``, held-out 99).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file


@cache
def _mailing_rules() -> tuple[frozenset[str], re.Pattern[str]]:
    """The mailing hosts and the newsletter-name pattern of ``data/outlets.yaml``: a
    sender's name in title case (one to five words) at the start of a line, then a
    newsletter's name (``newsletter_names``), then the end of the line or a separator."""
    url_rules = load_data_file("outlets.yaml").get("url_domains", {})
    names = "|".join(f"(?:{n})" for n in url_rules.get("newsletter_names", [])) or "(?!)"
    word = r"[A-Z][\w&.'’-]*"
    pattern = re.compile(
        rf"^\s*(?P<sender>{word}(?: (?:of |for |and |the |&\s)?{word}){{0,4}}?)"
        rf" (?i:{names})(?=\s*$|\s+[-–—|:]\s)"
    )
    return frozenset(url_rules.get("mailing_hosts", [])), pattern


def mailing_host(domain: str) -> bool:
    """Whether ``domain`` (a registrable domain, "constantcontact.com") is a mailing
    platform's (``url_domains.mailing_hosts``)."""
    return domain in _mailing_rules()[0]


def newsletter_name(text: str) -> str:
    """The newsletter's name opening ``text`` ("AmCham Vietnam Weekly Update" of "AmCham
    Vietnam Weekly Update - 41st Week of 2020 - ..."), or ""."""
    found = _mailing_rules()[1].match(text)
    return found.group(0).strip() if found else ""


def newsletter_sender(names: Sequence[str]) -> str:
    """The sender named by the first of ``names`` that is a newsletter's name ("AmCham
    Vietnam" of "AmCham Vietnam Weekly Update"), or ""."""
    for name in names:
        found = _mailing_rules()[1].match(name)
        if found:
            return found.group("sender")
    return ""


#: A copyright notice's holder before "All rights reserved": "Copyright © 2024 Mekong Policy
#: Forum, All rights reserved.", "© 2021 EuroCham Vietnam. All rights reserved."; the
#: holder opens with a letter and runs to the comma, stop or bar before the phrase.
_COPYRIGHT_HOLDER = re.compile(
    r"^\s*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*"
    r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?"
    r"(?P<name>[^\W\d_][^,|©]{2,60}?)\s*[,.|]\s*all rights reserved\b",
    re.I,
)


def copyright_sender(texts: Sequence[str]) -> str:
    """The holder the first copyright notice among ``texts`` names, or "".

    >>> copyright_sender(["Read more", "Copyright © 2024 Harbour Forum, All rights reserved."])
    'Harbour Forum'
    >>> copyright_sender(["The forum reserved all rights to the name in 2024."])
    ''
    """
    for text in texts:
        found = _COPYRIGHT_HOLDER.match(text) if "reserved" in text.casefold() else None
        if found:
            return found.group("name").strip()
    return ""
