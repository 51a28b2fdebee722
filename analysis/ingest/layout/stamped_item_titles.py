"""A listing saved with each item on one line closed by its stamp: the first item's title.

Each line of such a page (``item_stamps``, held-out 129) runs the item's title into its
teaser with only a space: "Border posts agree on night clearance Authorities of the two
towns agreed on ... 16:42 | 15/03/2023". The zoo's listing rule titles the page by its first
item. The title ends where a word in capitals follows a word in small letters that joins
no name ("clearance Authorities"; not "Ninh and Guangxi", "guards of Mong Cai"): the
teaser's first word, the title being in sentence case. Both the first item and the next
must split so, after ``MIN_TITLE_WORDS`` words at least and with a sentence's stop in the
teaser, and the loader must have found no title; a headline in title case ("Ports Agree
On ...") gives no such point and is left alone.
"""

from __future__ import annotations

from analysis.ingest.layout.item_stamps import MIN_STAMPED_ITEMS, closing_stamp, stamped_items
from analysis.ingest.layout.lines import Article

#: The fewest and most words of an item's title.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 4, 16

#: Small words that join the words of a name or a title ("Mong Cai and Dongxing").
_JOINERS = frozenset("a an and as at by for from in into of on or over the to with vs".split())


def item_head(text: str) -> str:
    """The title opening one stamped item's line (the module's docstring), else "".

    >>> item_head("Ports of Ha and Lo agree on night clearance Officials met. 9:05 | 1/3/2023")
    'Ports of Ha and Lo agree on night clearance'
    >>> item_head("Ports Agree On Night Clearance Officials agreed. 16:42 | 15/03/2023")
    ''
    """
    words = text.strip()[: -len(closing_stamp(text)) or None].split()
    for k in range(MIN_TITLE_WORDS, min(MAX_TITLE_WORDS, len(words) - 1) + 1):
        before, word = words[k - 1], words[k]
        if not (word[:1].isupper() and before[:1].islower() and before.isalpha()):
            continue
        if before in _JOINERS:
            continue
        teaser = " ".join(words[k:])
        return " ".join(words[:k]) if any(c in teaser for c in ".!?") else ""
    return ""


def stamped_item_title(article: Article) -> None:
    """The first stamped item's title as the page's, in place, when the loader found none
    and the first two items split into title and teaser (the module's docstring)."""
    items = stamped_items(article.paragraphs)
    if article.title or len(items) < MIN_STAMPED_ITEMS:
        return
    heads = [item_head(p.text) for p in items[:MIN_STAMPED_ITEMS]]
    if not all(heads):
        return
    article.title = heads[0]
    article.title_source = f"line {items[0].line}: a listing's first stamped item's title"
    if "no_headline" in article.metadata_flags:
        article.metadata_flags.remove("no_headline")
