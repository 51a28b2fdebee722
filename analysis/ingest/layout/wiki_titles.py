"""A wiki's title over its tagline: the headline.

A MediaWiki page prints the article's title, then the skin's tagline naming the site
("From Leftypedia", "From Wikipedia, the free encyclopedia") over the skip links
("Jump to navigation Jump to search") or a redirect note (``wiki_taglines``). The title
is short and title-case, named again in the lead ("Sino-Vietnamese War"), and the
header scorer took it for the site's furniture over a tagline it could not read (held-out
139's Leftypedia: no headline). When the page opens with the title, the line right over
the tagline, a short line of words with no sentence's end, is the headline. A line over
the title (a blog's own post title over a copied article, held-out 132) leaves the
choice to the scorer.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.wiki_taglines import wiki_tagline
from analysis.ingest.metadata import Candidate, Scoring

#: The feature the headline over a wiki's tagline carries.
WIKI_TITLE_FEATURE = "over_wiki_tagline"

#: The most words of a wiki's title.
WIKI_TITLE_MAX_WORDS = 14


def wiki_title(paras: Sequence[Paragraph], scoring: Scoring) -> Candidate | None:
    """The line right over a wiki's tagline as the headline, else None."""
    found = wiki_tagline(paras)
    if found is None or found[0] != 1:  # the page opens with the title (not a blog's over it)
        return None
    k = 0
    text = normalize_text(paras[k].text).strip()
    words = count_words(text)
    if not 0 < words <= WIKI_TITLE_MAX_WORDS or text.endswith((".", ":", "!", "?")):
        return None
    return Candidate(k, text, scoring.title_min, (WIKI_TITLE_FEATURE,), text)
