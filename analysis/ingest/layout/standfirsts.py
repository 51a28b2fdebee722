"""How long a header's standfirst may be (fix78).

``dates.header_end`` moves the start of the text past a standfirst to the last dateline
or byline of the header. A standfirst is one short paragraph (the zoo's run to 44 words);
a paragraph of running text much longer than that above the date is the story itself (an
aggregator's item: the story's paragraphs, then its timestamp, then the next item), so the
text starts where the prose begins and no paragraph of it is hidden as header.
"""

from __future__ import annotations

#: The most words a standfirst paragraph holds; a longer paragraph is the text's own.
STANDFIRST_MAX_WORDS = 60


def longer_than_standfirst(texts: list[str]) -> bool:
    """Whether any of ``texts`` (the prose paragraphs above a header's last dateline) is
    too long to be a standfirst.

    >>> longer_than_standfirst(["A short standfirst of a few words."])
    False
    >>> longer_than_standfirst(["word " * 61])
    True
    """
    return any(len(text.split()) > STANDFIRST_MAX_WORDS for text in texts)
