"""A headline glued to the address of the document it names: split where its copy ends.

A document host's text of a PDF opens with the document's title run into the file's
address and a cut copy of the title ("Ferries, Fish and Frontiers on the Gulf of
Tonkinapjjf.org/-Name/2741/article.pdf · Ferries, Fish...", held-out 77's fdocuments
page). The line reads as running text, so the page seems to open with its text and no
headline. Where the title ends inside the glued word is told by the document's own text
below, which prints the title again in full: the longest opening of the line that stands
again there as whole words (``TITLE_COPY_REACH`` paragraphs, at least ``MIN_TITLE_WORDS``
words) is the headline, and the rest of the line (the address and the cut copy) is
furniture.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph

#: A file's address ending in ".pdf", its host glued to the word before it or not.
_PDF_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/\S*?\.pdf\b", re.I)

#: How many paragraphs under the line are read for the title's copy.
TITLE_COPY_REACH = 5

#: How far into the line the address must start (a title's length and a host).
ADDRESS_REACH = 400

#: The fewest words of a title read this way.
MIN_TITLE_WORDS = 3


def glued_title_end(text: str, below: str) -> int:
    """The length of the longest opening of ``text``, before its ".pdf" address ends, that
    ``below`` prints again as whole words (a space, a stop or the end after it); 0 when
    ``text`` holds no such address or no opening of ``MIN_TITLE_WORDS`` words stands again.

    >>> glued_title_end("Rice and Rivers of Laosx.org/a.pdf · Rice", "1 Rice and Rivers of Laos A")
    23
    >>> glued_title_end("Rice and Rivers of Laos", "Rice and Rivers of Laos")
    0
    """
    address = _PDF_ADDRESS.search(text[:ADDRESS_REACH])
    if address is None:
        return 0
    for end in range(address.end(), 0, -1):
        head = text[:end]
        if not head[-1].isalnum() or head not in below or len(head.split()) < MIN_TITLE_WORDS:
            continue
        if re.search(rf"{re.escape(head)}(?=[\s.,;:]|$)", below):
            return end
    return 0


def split_glued_title(paras: list[Paragraph]) -> None:
    """Split, in place, the page's first line when a title is glued to a PDF's address
    (``glued_title_end``): the title stays unlabelled (a headline candidate), the address
    and what follows it become boilerplate."""
    if not paras or paras[0].kind:
        return
    below = " ".join(p.text for p in paras[1 : 1 + TITLE_COPY_REACH])
    end = glued_title_end(paras[0].text, below)
    if end:
        split_paragraph(paras, 0, raw_offset(paras[0], end), ("", "boilerplate"))
