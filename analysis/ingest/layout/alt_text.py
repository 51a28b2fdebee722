"""A site's logo as its image's alt text: the site's name in capitalised words, then the
word "logo" or "badge" in small letters ("Honolulu Star-Advertiser logo"). The alt text
names the site whole, while its domain often leaves out a word of it (the city of
staradvertiser.com's "Honolulu Star-Advertiser"): when the words at the end of such a name
spell the site's domain, the whole name is the site's. The line itself is chrome
(``chrome`` of ``data/header_scoring.yaml``), never a headline or a writer. An avatar's
alt text ("avatar-alt") stands over the writer's name (``label_avatar_writer``)."""

from __future__ import annotations

import re

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules

#: "<Capitalised Name> logo": one to five capitalised words (a hyphen, a dot or an
#: ampersand inside a word allowed), then "logo" or "badge" in small letters.
_LOGO_ALT = re.compile(
    r"^(?P<name>[A-Z][\w.'’&-]*(?: (?:of |the |and |& )?[A-Z][\w.'’&-]*){0,4}) (?:logo|badge)$"
)


def logo_alt_name(text: str) -> str:
    """The site's name a logo's alt text gives, or "".

    >>> logo_alt_name("Honolulu Star-Advertiser logo")
    'Honolulu Star-Advertiser'
    >>> logo_alt_name("City unveils new logo")
    ''
    """
    found = _LOGO_ALT.match(text.strip())
    return found.group("name") if found else ""


def whole_logo_name(text: str, spelled: str) -> str:
    """The whole name of the logo's alt text ``text`` when ``spelled`` (the words of it
    that spell the site's domain) closes it, else "".

    >>> whole_logo_name("Honolulu Star-Advertiser logo", "Star-Advertiser")
    'Honolulu Star-Advertiser'
    >>> whole_logo_name("Star-Advertiser Weekly logo", "Star-Advertiser")
    ''
    """
    name = logo_alt_name(text)
    return name if spelled and name.endswith(spelled) else ""


#: An avatar's alt text: its placeholder ("avatar-alt") or "Author avatar", "Avatar".
_AVATAR_ALT = re.compile(
    r"^(?:(?:author|writer|user)[-_ ])?avatar(?:[-_ ]?(?:alt|image|photo))?$", re.I
)

#: The most words of the writer's name under an avatar.
_AVATAR_NAME_WORDS = 4


def label_avatar_writer(paras: list[Paragraph], rules: Rules) -> None:
    """Mark the name standing alone right under an avatar's alt text ("avatar-alt" /
    "Daniel Koh") as the writer's byline: a site prints its writer's picture, then the
    name. The name must read as a person's (``looks_like_name``), of two to four words,
    on a line no other rule has claimed (a heading at most: a label read as furniture,
    "Sponsored Content" under a columnist's avatar, stays); the first avatar of the header
    only."""
    for i, p in enumerate(paras[: min(HEADER_REACH, len(paras)) - 1]):
        if not _AVATAR_ALT.match(p.text.strip()):
            continue
        below = paras[i + 1]
        name = below.text.strip()
        free = below.kind in ("", "heading")  # furniture ("Sponsored Content") stays
        if free and 2 <= len(name.split()) <= _AVATAR_NAME_WORDS and looks_like_name(name, rules):
            below.kind, below.role = "byline", "author"
        return
