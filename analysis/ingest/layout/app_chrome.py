"""A social platform's or messaging app's own line above a post, not its headline: a
reaction credit ("Liked by Owen Marsh", "Mar 9, 2023Liked by Owen Marsh" with the post's
date glued before it, "Reposted by Name and 3 others") and a web mirror's prompt to open
the app ("If the open doesn't start, click here", "Open in app"). Such a line stands over
every post or comment of its platform; saved without its buttons, it is the first short
line of the page and was read as the headline (held-out 99).

The patterns are ``app_chrome_lines`` of ``data/header_scoring.yaml`` (whole line, any
case; a reaction's name must be capitalised words ending the line, so a headline such as
"Plan liked by voters passes the assembly" stays). A line they match gives the title
feature ``reader_prompt`` (the site speaking about or to its reader, never the headline);
the line is not dropped, so a date glued to it still dates the post."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import alternation

#: The most characters of such a line (a date, a label and a name or a short prompt).
APP_CHROME_MAX_CHARS = 90


@cache
def _lines() -> re.Pattern[str]:
    patterns = load_data_file("header_scoring.yaml").get("app_chrome_lines") or []
    return re.compile(rf"^(?:{alternation(patterns)})$", re.I)


def app_chrome_line(text: str) -> bool:
    """Whether the header line ``text`` is a platform's reaction credit or app prompt.

    >>> app_chrome_line("Mar 9, 2023Liked by Owen Marsh")
    True
    >>> app_chrome_line("If the open doesn't start, click here")
    True
    >>> app_chrome_line("Plan liked by voters passes the assembly")
    False
    """
    line = normalize_text(text).strip()
    return len(line) <= APP_CHROME_MAX_CHARS and bool(_lines().match(line))


@cache
def _channel_title() -> re.Pattern[str]:
    platforms = load_data_file("header_scoring.yaml").get("channel_platforms") or []
    return re.compile(
        rf"^(?P<name>[^|]{{2,40}}?) (?:{alternation(platforms)})(?: channel)?\s*[|–-]\s*\S.*$", re.I
    )


def channel_page_title(paras: list[Paragraph], i: int) -> list[str]:
    """``["reader_prompt"]`` when header line ``i`` is a channel's page title on a mirror,
    "<Name> <platform> | <tagline>" ("Mekong Diplomat Telegram | DID YOU KNOW?"), and the
    name opens or closes another line of the page ("Date: | Mekong Diplomat", "Mekong
    Diplomat from VN"): the channel's name and motto, not a post's headline. A headline
    naming a platform ("Vietnam bans Telegram | ...") has no such second line."""
    found = _channel_title().match(normalize_text(paras[i].text).strip())
    if not found:
        return []
    name = found.group("name").strip().casefold()
    for j, p in enumerate(paras):
        text = normalize_text(p.text).strip().casefold()
        if j != i and text != name and (text.startswith(name + " ") or text.endswith(" " + name)):
            return ["reader_prompt"]
    return []
