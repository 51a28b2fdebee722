"""(fix36c) A site's numeric id joined to an address's slug is no word of the headline.

Many sites build an article's address from its headline and join a number to it: the
article's id after the slug ("/peru-and-vietnam-agree-to-share-data-3669412.html",
"/Australia-Vietnam-to-share-satellite-data--29354812/") or a page's id before it
("/policycenters/61-maritime-safety-center"). The headline's line holds no id, so the
slug's words never stood in order in it and ``slug_titles`` could not find it. The numbers
at either end of a slug read as a headline's (one number at most among its words) are left
out before it is matched; a number inside it ("vietnam-to-buy-2-submarines") stays, and so
does a slug that is only numbers. A slug closed by a day and a year
("/pia-news-dispatch-wednesday-may-9-2012") is still no headline's: on a blog it names a
dated dispatch whose first item's headline is the page's title (the zoo's listing rule).
"""

from __future__ import annotations


def without_edge_ids(words: list[str]) -> list[str]:
    """``words`` without the numbers opening and closing them (ids); unchanged when nothing
    but numbers would be left.

    >>> without_edge_ids(["peru", "and", "vietnam", "agree", "3669412"])
    ['peru', 'and', 'vietnam', 'agree']
    >>> without_edge_ids(["61", "maritime", "safety", "center"])
    ['maritime', 'safety', 'center']
    >>> without_edge_ids(["vietnam", "to", "buy", "2", "submarines"])
    ['vietnam', 'to', 'buy', '2', 'submarines']
    >>> without_edge_ids(["2024", "05"])
    ['2024', '05']
    """
    start, end = 0, len(words)
    while start < end and words[start].isdigit():
        start += 1
    while end > start and words[end - 1].isdigit():
        end -= 1
    return words[start:end] if start < end else words
