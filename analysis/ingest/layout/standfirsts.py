"""How long a header's standfirst may be (fix78).

``dates.header_end`` moves the start of the text past a standfirst to the last dateline
or byline of the header. A standfirst is one short paragraph (the zoo's run to 44 words);
a paragraph of running text much longer than that above the date is the story itself (an
aggregator's item: the story's paragraphs, then its timestamp, then the next item), so the
text starts where the prose begins and no paragraph of it is hidden as header.
"""

from __future__ import annotations

from analysis.ingest.layout.lines import is_prose

#: How many paragraphs of running text a header's standfirst holds at most: a dateline or
#: byline after more of them dates or signs an item of the text (a running page of
#: reports, "Advocacy Updated on February 21, 2023" under the first report, held-out 54),
#: so the text starts at the first of them.
STANDFIRST_MAX_PARAGRAPHS = 2

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


def not_a_standfirst(texts: list[str]) -> bool:
    """Whether the unlabelled paragraphs above a header's last dateline or byline are the
    text's own: more than ``STANDFIRST_MAX_PARAGRAPHS`` of them are prose, or one prose
    paragraph is too long for a standfirst."""
    prose = [text for text in texts if is_prose(text)]
    return len(prose) > STANDFIRST_MAX_PARAGRAPHS or longer_than_standfirst(prose)
