"""A broadcast transcript's correspondent: the name its "BYLINE" label gives.

A radio network's transcript names each speaker in capitals before a colon, with a role
after a comma where the speaker works for the network: "ANNA LEE, HOST:" over the host's
introduction, then "OWEN PRATT, BYLINE: The port chief is ..." opening the correspondent's
report (held-out 90, a public radio station's page of a network transcript). The
correspondent is the story's writer, as a byline credits one; the host introduces the
story and is not. When no byline gave a writer, the first paragraph opened by a speaker's
name in capitals and ", BYLINE:" names the writer; other roles (HOST, guests' bare names)
never do.
"""

from __future__ import annotations

import re

from analysis.ingest.bylines import clean_author, looks_like_name
from analysis.ingest.layout.lines import Article
from analysis.ingest.page_rules import Rules

#: A speaker's name in capitals (two to five words) and the role label "BYLINE", then a
#: colon: "OWEN PRATT, BYLINE:" (the text may follow on the same line).
_BYLINE_LABEL = re.compile(
    r"^(?P<name>[A-ZÀ-Ỹ][A-ZÀ-Ỹ'’.-]*(?: [A-ZÀ-Ỹ][A-ZÀ-Ỹ'’.-]*){1,4}), BYLINE:(?:\s|$)"
)


def transcript_writer(text: str, rules: Rules) -> str:
    """The correspondent's name when ``text`` opens with a transcript's "NAME, BYLINE:"
    label, in title case; "" otherwise."""
    found = _BYLINE_LABEL.match(text.strip())
    if found is None or not looks_like_name(found.group("name"), rules):
        return ""
    return clean_author(found.group("name").title(), rules)


def transcript_writers(article: Article, rules: Rules) -> None:
    """Fill an article no byline gave a writer from its transcript's first "NAME, BYLINE:"
    label (see the module's docstring)."""
    if article.author:
        return
    for p in article.paragraphs:
        name = transcript_writer(p.text, rules)
        if name:
            article.author = name
            article.author_source = f"line {p.line}: transcript label {p.text[:40]!r}"
            return
