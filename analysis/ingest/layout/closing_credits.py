"""Writers credited after the text's last sentence, where no byline names one: the
reporter after a pipe in the page's own words ("... its next port of call. | ulat ni Mara
Dizon", Filipino for "report by"), a name and an agency's initials glued after the last full
stop ("... commission meeting. Carlo Villanueva/DMS"), and a byline in brackets on a line of
its own under the text ("(By CHHAY Sophal)"). The words that introduce the name are
``closing_credit_words`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, alternation

#: A person's name as closing credits print it: two to four capitalised words (the family
#: name may be in capitals, "CHHAY Sophal").
_NAME = r"(?P<name>[A-ZÀ-Ỹ][\w'’-]+(?:\s[A-ZÀ-Ỹ][\w'’-]+){1,3})"


@cache
def _credits() -> tuple[re.Pattern[str], ...]:
    """The three closing credits: after a pipe, glued with an agency's initials, in brackets."""
    words = alternation(load_data_file("page_layout.yaml").get("closing_credit_words") or [])
    return (
        re.compile(rf"\s\|\s*(?i:{words})\s+{_NAME}\s*$"),
        re.compile(rf"(?<=[.!?\"”])\s+{_NAME}/[A-Z]{{2,6}}\s*$"),
        re.compile(rf"^\(\s*(?i:{words})\s+{_NAME}\s*\)$"),
    )


def closing_credit(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer a credit after the text's last sentence names, with the reason, or None
    (held-out 65: "... port of call. | ulat ni Mara Dizon" names Mara Dizon)."""
    if last_prose < 0:
        return None
    for p in paras[last_prose:]:
        if p.kind in ("title", "caption"):
            continue
        found = next((m for m in (c.search(p.text.strip()) for c in _credits()) if m), None)
        names = byline_names(found.group("name"), rules) if found else []
        if names:
            return names, f"writer credited after the text, line {p.line}: {found.group(0)!r}"
    return None
