"""The writer as a reader view or a read-later app prints it (held-out 64).

Firefox's and Safari's reader views print the writer's name alone over the reading time
("Linh Pham" / "4–5 minutes", ``reading_time_lines`` of ``data/header_scoring.yaml``);
Instapaper prints the site's host, a dash and the writer ("eastasiaforum.org — Ha Hoang
Hop", ``host_bylines``). Neither says "By", so neither was read as a byline. An RSS
reader prints the host, "by" and the writer, then the entry's age ("vietnamnews.vn / by
Minh Anh / 3h", held-out 99): what follows the name is split off as boilerplate.
"""

from __future__ import annotations

import re

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.page_rules import Rules, outlet_named, scoring_of


def _host_byline(text: str, rules: Rules) -> re.Match[str] | None:
    """The first of ``host_bylines`` (the scoring tables) that ``text`` matches whole."""
    found = (p.fullmatch(text.strip()) for p in scoring_of(rules).host_bylines)
    return next((m for m in found if m), None)


def _free(p: Paragraph) -> bool:
    """A line no step has read as anything but a heading."""
    return p.kind in ("", "heading")


def _writer(text: str, rules: Rules) -> bool:
    return looks_like_name(text, rules) and not outlet_named(text, rules)


def _name_over_reading_time(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Line ``i`` is a name right over a reading time ("Linh Pham" / "4–5 minutes")."""
    below = paras[i + 1] if i + 1 < len(paras) else None
    return bool(
        below is not None
        and (reading := scoring_of(rules).reading_time_line) is not None
        and reading.match(below.text.strip())
        and _free(paras[i])
        and _writer(paras[i].text.strip(), rules)
    )


def label_reader_bylines(paras: list[Paragraph], first_prose: int, rules: Rules) -> None:
    """Label, in the header (above ``first_prose``), a name over a reading time a byline,
    and split a host-dash-name line into the host (boilerplate) and the writer (byline)."""
    for i in range(min(first_prose, len(paras)) - 1, -1, -1):  # splitting moves what is below
        p = paras[i]
        if _name_over_reading_time(paras, i, rules):
            p.kind, p.role = "byline", "author"
            continue
        host = _host_byline(p.text, rules) if _free(p) else None
        name = host.group("name").strip() if host and host.group("name") else ""
        if name and _writer(name, rules):
            start = p.text.index(name)
            tail = p.text[start + len(name) :].strip()
            split_paragraph(paras, i, raw_offset(p, start), ("boilerplate", "byline"))
            paras[i + 1].role = "author"
            if tail:  # an entry's age after the name ("/ 3h"): the reader's, not the writer's
                byline = paras[i + 1]
                at = raw_offset(byline, byline.text.rindex(tail))
                split_paragraph(paras, i + 1, at, ("byline", "boilerplate"))
                paras[i + 1].role = "author"
