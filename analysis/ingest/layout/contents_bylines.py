"""The posters of a mailing-list digest's later topics are no writer (fix38a, held-out 130).

A list's digest opens with its contents: each topic numbered ("  1) VN Pol. News (Apr.
2-3, 1997)") and, indented under it, its poster with the address ("by Name
<name@host>"), then the messages one after the other. The zoo reads a digest as a listing
of messages, so its writer is its first message's poster alone (the README's listing
rule); the posters of the second and later topics are the writers of other messages
(``later_contents_bylines``: role "item_writer", as a listing's later items' bylines). A
single topic with its poster, and "by" lines without an address, are left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: A numbered topic of the contents: "1) Title", "12. Title".
_TOPIC = re.compile(r"^\d{1,3}[).]\s+\S")

#: A poster's line with the poster's address: 'by Name <name@host>', 'by "Nick" <a@b>'.
_POSTER = re.compile(r"^by\s+\S.{0,60}<[^<>\s@]+@[^<>\s]+>$", re.IGNORECASE)


def later_contents_bylines(paras: Sequence[Paragraph]) -> list[int]:
    """The indices of the poster lines under the second and later numbered topics of a
    digest's contents (two such topics or more), else [].

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("1) Ports\\n  by An Le <a@x.org>\\n2) Quays\\n  by Bo Tran <b@y.org>")
    >>> later_contents_bylines(paras)
    [3]
    """
    posters = [
        i + 1
        for i in range(len(paras) - 1)
        if _TOPIC.match(normalize_text(paras[i].text).strip())
        and _POSTER.match(normalize_text(paras[i + 1].text).strip())
    ]
    return posters[1:] if len(posters) >= 2 else []
