"""A short name that another line mentions, not a copy of a headline (``title_scoring``).

The title feature ``repeated`` counts the lines that stand again on the page, whole or at
the start or end of another line (a caption, a page title "Headline | Site"). A site's or
an institution's name of a few words is also mentioned by other lines in their own
grammar: as the subject of the site's blurb ("History News Network puts the news of the
day in historical context ...", held-out 77's HNN) or as a writer's affiliation after a
comma ("Name, University of Wollongong", a repository's record). Such a mention repeats
no headline, and a name counted as repeated would outrank the real headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.metadata import Para

#: The most words of a name whose mentions are told from copies.
NAME_MAX_WORDS = 4


def _words_pattern(key: str) -> str:
    return r"\W+".join(map(re.escape, key.split()))


def mentioned_name(text: str, key: str) -> bool:
    """Whether line ``text`` mentions the short name keyed ``key`` (casefolded words, at
    most ``NAME_MAX_WORDS``) in a sentence of its own rather than repeating it: the name
    opens the line and a word in lower case follows it with no separator (the name as a
    sentence's subject), or the name closes the line after a comma (an affiliation) or
    after a word in lower case ("... the views of the University of Wollongong.").

    >>> mentioned_name("History News Network puts the news in context.", "history news network")
    True
    >>> mentioned_name("Jane Roe, University of Wollongong", "university of wollongong")
    True
    >>> mentioned_name("... the views of the University of Wollongong.", "university of wollongong")
    True
    >>> mentioned_name("Talks in Hanoi | Hanoi Daily", "hanoi daily")
    False
    >>> mentioned_name("Talks in Hanoi. (Photo: VNA)", "talks in hanoi")
    False
    >>> mentioned_name("Hanoi hosts summit on Monday.", "hanoi hosts summit")
    False
    """
    words = key.split()
    if not words or len(words) > NAME_MAX_WORDS:
        return False
    line = normalize_text(text).strip()
    pattern = _words_pattern(key)
    subject = re.match(rf"\W*(?P<name>{pattern})\s+[a-z]", line, re.I)
    if subject and line[subject.end() - 1].islower() and _proper(subject.group("name")):
        return True
    closing = re.search(rf"(?:,|\b[a-z]+)\s+(?P<name>{pattern})\W*$", line, re.I)
    opener = closing.group(0)[0] if closing else ""
    return bool(closing) and (opener == "," or opener.islower()) and _proper(closing["name"])


#: The small words a name printed in title case keeps in lower case.
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def _proper(printed: str) -> bool:
    """Whether the name as the other line prints it is a proper name: every word
    capitalised but the small joining words ("University of Wollongong"), unlike a
    headline in sentence case run into a caption ("Hanoi hosts summit on Monday")."""
    return all(w[:1].isupper() or w in _NAME_JOINERS for w in printed.split())


#: How many paragraphs under a "Name: Title" line are read for the writer's note.
WRITER_NOTE_REACH = 3


def writer_label(paras: Sequence[Para], index: int) -> bool:
    """Whether line ``index`` opens with a label ("Name: Title, ...") that one of the next
    ``WRITER_NOTE_REACH`` paragraphs introduces as a person ("[Name is Professor of
    ...]", "Name is a historian ..."): an op-ed site's headline led by its writer's name,
    not a label over a list ("Sources: A, B")."""
    found = re.match(r"^([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})\s?:\s", paras[index].text)
    if not found:
        return False
    name = re.escape(found.group(1))
    below = paras[index + 1 : index + 1 + WRITER_NOTE_REACH]
    return any(re.match(rf"^\W?{name}\s(?:is|was)\s", p.text) for p in below)
