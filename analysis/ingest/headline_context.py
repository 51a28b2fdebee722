"""Where a header line stands among the page's other lines, as the title features read it:
how often it stands again on the page (``page_keys``, ``_copies``: a headline's copies in
the page title, a caption or a breadcrumb) and whether it sits where a site's motto does
(``_motto_position``: under a short site name, over another headline-length line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.mid_phrase_lines import goes_on_below
from analysis.ingest.metadata import Para, Scoring
from analysis.ingest.name_mentions import mentioned_name

_QUOTES = "\"“‘'«"


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", normalize_text(text).casefold()).strip()


def page_keys(paras: Sequence[Para], limit: int = 400) -> list[str]:
    """Comparison keys of the paragraphs (casefolded words), for finding repeated lines;
    paragraphs past ``limit`` (deep in a long body) get an empty key, and a long paragraph
    is keyed by its first 300 characters (a headline copy stands at its start)."""
    return [_key(p.text[:300]) if i < limit else "" for i, p in enumerate(paras)]


def _copies(paras: Sequence[Para], index: int, keys: Sequence[str] | None = None) -> int:
    """How often the text of paragraph ``index`` stands again on the page: as another
    line, at the start of a caption, or at the end of a breadcrumb (``keys``: the
    paragraphs' comparison keys, computed once per page)."""
    keys = keys if keys is not None else [_key(p.text) for p in paras]
    key = keys[index]
    if len(key) < 12:
        return 0
    n = 0
    for j, p in enumerate(paras):
        if j == index:
            continue
        other = keys[j]
        if other == key or (
            p.kind in ("caption", "boilerplate", "")
            and (other.startswith(key) or other.endswith(key))
            and not (other.startswith(key) and _continues_headline(p.text, key))
            and not mentioned_name(p.text, key)  # "Site Name puts ...", "Name, Site Name"
        ):
            n += 1
    return n


def _continues_headline(text: str, key: str) -> bool:
    """``text`` is itself shaped like a headline (25 words or fewer, no full stop at its
    end) and runs on past the line keyed ``key`` without a separator ("Minister Le Van A"
    / "Minister Le Van A dies at 80"): the shorter line is a fragment of it (a caption
    naming the person the headline is about), not a copy of the headline. A page title
    ("Headline | Site", "Headline - Site") or a caption that ends a sentence still counts."""
    line = normalize_text(text).rstrip(_QUOTES + "”’» ")
    if count_words(line) > 25 or line.endswith((".", "!", ":", ";", ",")):
        return False
    words = key.split()
    rest = re.match(r"\W*" + r"\W+".join(map(re.escape, words)) + r"(.*)$", line.casefold())
    return bool(rest) and not re.match(r"\s*[-–—|:·•»/(\[]", rest.group(1))


def _motto_position(paras: Sequence[Para], scoring: Scoring, is_prose: bool) -> bool:
    """Paragraph 1 sits where a site's motto does: under a short site name (an outlet
    marker, or a line that is no section label, menu or byline) and above another
    headline-length line without a date or a full stop."""
    if is_prose or len(paras) < 3 or paras[2].kind:
        return False
    top, below = normalize_text(paras[0].text), normalize_text(paras[2].text)
    site = (paras[0].kind == "credit" and paras[0].role == "marker") or (
        not paras[0].kind
        and count_words(top) <= 5
        and not scoring.section_label.match(top)
        and not scoring.chrome.match(top)
        and not re.search(r"[/|>»:\d]|^by\b", top, re.I)
        # a section's name in any language ("Nacionales", "World News") names no site
        and not all(w.casefold() in scoring.site_name_generic for w in top.split())
    )
    # a standfirst's first wrapped piece is no headline under a motto (mid_phrase_lines)
    return site and _headline_under_motto(top, below) and not goes_on_below(paras, 2)


def _headline_under_motto(top: str, below: str) -> bool:
    """``below`` can be the headline under a motto: headline-length, without a date or a
    full stop, and not ``top`` again (the same line over and under a line is names framing
    a headline, "Wang Lifen & Zhou Hao", held-out 73, not a site's name over its motto)."""
    return (
        3 <= count_words(below) <= 25
        and not below.endswith(".")
        and not re.search(r"\d", below)
        and top.casefold() != below.casefold()
    )
