"""A label alone on its line over the writers' names, one name a line, without a colon or
bullets ("Authors" / "Maria Santos" / "Ben Lim", a think tank's page header): the names
under it are bylines. The labels are ``author_list_labels`` of ``data/page_layout.yaml``
(whole lines, case-insensitive); a label with a colon or over a bulleted list is read by
``layout.bylines.label_listed_bylines``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules, alternation

#: How many lines under the label are read for names.
_REACH = 6


@cache
def _label() -> re.Pattern[str]:
    labels = alternation(load_data_file("page_layout.yaml").get("author_list_labels") or [])
    return re.compile(rf"^(?:{labels})$", re.I)


def label_author_lists(paras: list[Paragraph], rules: Rules) -> None:
    """Label the names right under an unlabelled header line that is an author list's
    label ("Authors") as bylines, and the label as their label; the run of names ends at
    the first line that is no name. Nothing changes when no name follows the label."""
    for i, p in enumerate(paras[: HEADER_REACH + 6]):
        if p.kind or not _label().match(normalize_text(p.text).strip()):
            continue
        names = []
        for q in paras[i + 1 : i + 1 + _REACH]:
            if q.kind or not looks_like_name(normalize_text(q.text).strip(), rules):
                break
            names.append(q)
        for q in names:
            q.kind, q.role = "byline", "author"
        if names:
            p.kind, p.role = "byline", "label"
