"""A writer's name on the line right after the text's last paragraph, in one of the wrappings
sites print around it there (read only when no byline names a writer): between dashes
("- Minh Khoa -", a legal site's policy notes), before a bracketed source credit ("Le Thi Hoa
(Source: baobinhdinh.com.vn)", a provincial portal's reposts), or before a writer's post
after a comma or a spaced dash ("Thu Trang, VOV correspondent in Laos", a broadcaster's
foreign service; "Name & Name – VOV correspondents in Laos", held-out 115), or with a known
place in round brackets ("(Imran Qadir Baig, Karachi, Pakistan)", a trade publisher's
correspondent; fix31b). The line is often labelled furniture or a caption before authors
are read, so its kind is not asked; its place (the first line under the text) and its shape
are the evidence. The source labels are ``closing_name_sources`` and the posts
``closing_writer_posts`` of ``data/page_layout.yaml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation
from analysis.ingest.places import place_names

#: Authors read after the text: (names, where they were read).
Authors = tuple[list[str], str]

#: The most words a name in such a wrapping may hold.
_NAME_MAX_WORDS = 5

#: "- Minh Khoa -": the name alone between two dashes.
_BETWEEN_DASHES = re.compile(r"^[-–—]\s*(?P<name>[^-–—]+?)\s*[-–—]$")


#: "(Imran Qadir Baig, Karachi, Pakistan)": a correspondent's name and place in round
#: brackets (a trade publisher's foreign correspondents; fix31b, held-out 96). The place's
#: last part must be one of ``places.place_names`` (a country, a province, a city).
_NAME_AND_PLACE = re.compile(r"^\(\s*(?P<name>[^(),]+?),\s*(?P<place>[^()]{2,60}?)\s*\)$")


def _known_place(found: re.Match[str]) -> bool:
    """A wrapping without a place, or one whose place's last part is a known place."""
    place = found.groupdict().get("place")
    return place is None or place.rsplit(",", 1)[-1].strip().casefold() in place_names()


@cache
def _wrappings() -> tuple[re.Pattern[str], ...]:
    """The four wrappings: between dashes, before a bracketed source credit, before a
    writer's post (the post's last word before "in", "at", "for" or "of" a place or
    organisation one of ``closing_writer_posts``), and in round brackets before a place."""
    sources = layout_alternation("closing_name_sources")
    posts = layout_alternation("closing_writer_posts")
    return (
        _BETWEEN_DASHES,
        re.compile(rf"^(?P<name>[^()]+?)\s*\(\s*(?i:{sources})\s*:?\s*[^()]{{2,60}}\)$"),
        re.compile(
            r"^(?P<name>[^,]+?)(?:,|\s+[–—-])\s+(?:[\w&.'’-]+\s+){0,3}?"
            rf"(?i:{posts})s?(?:\s+(?:in|at|for|of|to)\s+[^,.!?]{{2,40}})?$"
        ),
        _NAME_AND_PLACE,
    )


def wrapped_name(text: str, rules: Rules) -> list[str]:
    """The writer a closing line names in one of the wrappings, or [].

    The name must read as a person's (``looks_like_name``), so "- Related news -" or
    "Hanoi, staff correspondent" name no one. (held-out 115) Two or three writers joined
    by "&" or "and" before their post, "Minh Khoa & Thu Ha – VOV correspondents in Laos"
    (a broadcaster's correspondents abroad, the post after a spaced dash), are all named
    when each reads as a person's name."""
    line = normalize_text(text).strip()
    for wrapping in _wrappings():
        found = wrapping.match(line)
        name = found.group("name").strip() if found and _known_place(found) else ""
        if name and count_words(name) <= _NAME_MAX_WORDS and looks_like_name(name, rules):
            return byline_names(name, rules)[:1]
        if name and count_words(name) <= 2 * _NAME_MAX_WORDS:
            names = _joined_names(name, rules)
            if names:
                return names
    return []


#: The most writers a closing line joins.
_JOINED_MAX = 3


def _joined_names(name: str, rules: Rules) -> list[str]:
    """The two or three names ``name`` joins by "&" or "and", each a person's, or []."""
    if not re.search(r"\s(?:&|and)\s", name):
        return []
    names = byline_names(name, rules)
    if 2 <= len(names) <= _JOINED_MAX and all(looks_like_name(n, rules) for n in names):
        return names
    return []


def closing_name(paras: list[Paragraph], last_prose: int, rules: Rules) -> Authors | None:
    """The writer named on the line right after the text's last paragraph in one of the
    wrappings (``wrapped_name``), with the reason, or None."""
    if last_prose < 0 or last_prose + 1 >= len(paras):
        return None
    p = paras[last_prose + 1]
    if p.kind == "title":
        return None
    names = wrapped_name(p.text, rules)
    if not names:
        return None
    return names, f"writer named on the line under the text, line {p.line}: {p.text[:80]!r}"
