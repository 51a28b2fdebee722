"""A writer credited by posts and name in the standfirst: "VGP – The following is an
article by Minister of Natural Resources and Environment Nguyen Minh Quang on the occasion
of ..." (the Government portal's page of a minister's article, held-out 76). The credit
phrase (``standfirst_credit_phrases`` of ``data/page_layout.yaml``) names the text that
follows, so the person it credits is the writer. Posts and name are both in title case:
the name is the closing run of two to four capitalised words that opens with a Vietnamese
family name (``vietnamese_family_names``), so the posts before it are left out. Read only
when no byline names a writer.

A paper's introduction of a leader's article names it in quotation marks and sets the
posts apart by commas ("Lao Dong respectfully introduces the article "<title>" by
Politburo Member, President of the ... Committee Nguyen Duc Thanh:", fix35b, held-out
116): the credit runs over the commas, and the name closes one of its comma-set parts
(``posts_and_name``)."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.metadata import fold_word
from analysis.ingest.page_rules import Rules, layout_alternation, scoring_of

#: How many paragraphs from the top the standfirst may stand (a menu may come first).
_REACH = 8


@cache
def _credit() -> re.Pattern[str]:
    """The credit phrase, then the posts and the name up to "on", "to mark" or a stop."""
    phrases = layout_alternation("standfirst_credit_phrases")
    return re.compile(
        rf"\b(?i:{phrases})\s+(?P<credit>[A-ZÀ-Ỹ][^.;:!?()]{{3,160}}?)"
        r"(?=\s+(?:on|to mark|at|in)\b|\s*[.;:(]|\s*$)"
    )


def credited_name(credit: str, rules: Rules) -> str:
    """The name closing a credit of posts and name: the first run of two to four
    capitalised words to the end that opens with a Vietnamese family name; "" if none."""
    words = credit.split()
    family = scoring_of(rules).family_names
    for i, word in enumerate(words):
        tail = words[i:]
        if fold_word(word) in family and 2 <= len(tail) <= 4 and all(w[:1].isupper() for w in tail):
            name = " ".join(tail)
            return name if looks_like_name(name, rules) else ""
    return ""


def posts_and_name(credit: str, rules: Rules) -> str:
    """The name closing a credit whose posts may be set apart by commas ("Politburo
    Member, President of the ... Committee Nguyen Duc Thanh"): the first comma-set part
    that closes with a name (``credited_name``), so a clause after the name ("Name, who
    ...") is left out; "" if none."""
    return next((n for part in credit.split(",") if (n := credited_name(part.strip(), rules))), "")


def standfirst_credit(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer a standfirst's credit phrase names, with the reason, or None."""
    for p in paras[:_REACH]:
        if p.kind in ("title", "caption"):
            continue
        found = _credit().search(normalize_text(p.text))
        name = posts_and_name(found.group("credit"), rules) if found else ""
        if name:
            return [
                name
            ], f"writer credited in the standfirst, line {p.line}: {found.group(0)[:80]!r}"
    return None
