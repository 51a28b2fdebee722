"""The end mark "./." of a Vietnamese news item (a full stop, a slash, a full stop) is no
byline's slash: on a digest's hard-wrapped line the next item's headline follows it
("... at Lach Huyen port./. Quang Binh" / "plants mangroves ...", held-out 76), and the
"Name / Outlet" test read the words after it as a writer's outlet and the place as the
writer. ``name_outlet_byline`` is that test with the end mark refused.

(held-out 102) Nor is a day in round brackets an outlet: a listing's item title closed by its
date ("Public Libraries and Climate Information in Rural Vietnam (23/06/2022)", a journal
issue page's item) is no "Name (Outlet)" byline.

(fix43d) Nor is a count of a gallery's or a listing's items closing the line ("Mekong Dam -
Laos Thailand Cambodia Vietnam (45 images)", "Hanoi street food (12 photos)"): a heading
over the items, no "Name - Outlet" byline."""

from __future__ import annotations

import re

from analysis.ingest.bylines import NAME_OUTLET

#: A numeric day alone in the brackets: "23/06/2022", "2022-06-23", "23.06.2022".
_NUMERIC_DAY = re.compile(r"^\s*\d{1,4}(?:[/.-]\d{1,2}){1,2}(?:[/.-]\d{2,4})?\s*$")


#: A count of items in round brackets closing the line: "(45 images)", "(12 Photos)".
_ITEM_COUNT = re.compile(
    r"\(\s*\d[\d,.]*\s+(?:images?|photos?|photographs?|pictures?|pics|videos?|items?|files?"
    r"|posts?|articles?|stories|results?|entries|documents?)\s*\)\s*$",
    re.IGNORECASE,
)


def name_outlet_byline(text: str) -> re.Match[str] | None:
    """``NAME_OUTLET``'s match of a "Name / Outlet" byline, or None when the line's slash is
    an item's end mark "./." (no byline) or the line has no such form.

    >>> name_outlet_byline("Hoang Minh / VNA") is not None
    True
    >>> name_outlet_byline("... its depots at the port./. Quang Binh") is None
    True
    >>> name_outlet_byline("Storm Shelters in Central Vietnam (23/06/2022)") is None
    True
    >>> name_outlet_byline("Mekong Dam - Laos Thailand Cambodia Vietnam (45 images)") is None
    True
    """
    if _ITEM_COUNT.search(text):
        return None
    found = NAME_OUTLET.match(text)
    if found is not None and _NUMERIC_DAY.match(found.group("paren") or ""):
        return None
    if found is None or found.group("outlet") is None:
        return found
    slash = text.rfind("/", 0, found.start("outlet"))
    before, after = text[:slash].rstrip(), text[slash + 1 :].lstrip()
    return None if before.endswith(".") and after.startswith(".") else found
